package dev.pointsledger.core.rules;

import static dev.pointsledger.core.StoreOf.storeOf;
import static dev.pointsledger.core.testing.Fixtures.e;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pointsledger.core.Ledger;
import dev.pointsledger.core.account.AccountId;
import dev.pointsledger.core.command.Command;
import dev.pointsledger.core.command.PurchaseSolution;
import dev.pointsledger.core.id.EntryId;
import dev.pointsledger.core.id.ProgramId;
import dev.pointsledger.core.journal.JournalEntry;
import dev.pointsledger.core.journal.Posting;
import dev.pointsledger.core.journal.References;
import dev.pointsledger.core.program.Program;
import dev.pointsledger.core.state.LedgerRecord;
import dev.pointsledger.core.state.RecordKey;
import dev.pointsledger.core.store.Decision;
import dev.pointsledger.core.store.Footprint;
import dev.pointsledger.core.store.LedgerStore;
import dev.pointsledger.core.store.StateView;
import dev.pointsledger.core.testing.MutableClock;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * A store that runs commands concurrently relies on a command's footprint: every bounded balance an
 * accepted command takes points from, and every record it writes, must be named by one of its locks
 * ({@code manufacturer|program|id}, {@code contract|...}, {@code claim|...}, {@code vendor|...},
 * ...), or two commands could both spend the same points. And every record a purchase reads, which
 * other commands may change (its solution's listing), must be named at least by a shared name, or
 * a purchase and a withdrawal of its solution could be appended in an order that contradicts what
 * each of them saw.
 */
class FootprintProperties {

  @Provide
  Arbitrary<Submission> submissions() {
    return Submission.any(e("the-command"));
  }

  @Property(tries = 1000)
  void everyDebitOfABoundedAccount_andEveryRecordWritten_isUnderTheFootprint(
      @ForAll("submissions") Submission submission) {
    Ledger ledger = submission.ledgerOnItsDay();
    LedgerRules rules = new LedgerRules(MutableClock.at(submission.day()));
    StateView state = new StoreState(storeOf(ledger));
    Command command = submission.command();

    Footprint footprint = rules.footprint(command, state);
    ReadRecorder recorder = new ReadRecorder(state);
    Decision decision = rules.decide(command, recorder);
    if (command instanceof PurchaseSolution) {
      for (RecordKey read : recorder.records) {
        assertHeld(footprint, lockOf(read), command);
      }
    }
    if (decision instanceof Decision.Accept accept) {
      for (Posting p : accept.entry().postings()) {
        if (p.amount() < 0 && p.account().type().nonNegative()) {
          assertLocked(footprint, lockOf(p.account()), command);
        }
      }
      for (LedgerRecord r : accept.records()) {
        assertLocked(footprint, lockOf(r.key()), command);
      }
      assertLocked(footprint, "entry|" + command.id(), command);
    }

    Statistics.collect(decision instanceof Decision.Accept ? "applied" : "refused");
    Statistics.coverage(coverage -> coverage.check("applied").percentage(pct -> pct > 5));
  }

  /**
   * The committed state of a store at its head, as a store hands it to the rules: the property
   * decides its one command on it directly, with no store in between.
   */
  private static final class StoreState implements StateView {
    private final LedgerStore store;
    private final long head;

    StoreState(LedgerStore store) {
      this.store = store;
      this.head = store.headSequence();
    }

    @Override
    public Optional<Program> program(ProgramId id) {
      return store.program(id);
    }

    @Override
    public long balance(AccountId account) {
      return store.balance(account, head);
    }

    @Override
    public Optional<JournalEntry> entry(EntryId id) {
      return store.entry(id);
    }

    @Override
    public Optional<JournalEntry> reversalOf(EntryId target) {
      return store.entries(1, (int) head).stream()
          .filter(e -> target.value().equals(e.references().get(References.REVERSES)))
          .findFirst();
    }

    @Override
    public <R extends LedgerRecord> Optional<R> record(RecordKey key, Class<R> type) {
      return store.record(key, type, head);
    }
  }

  private static void assertLocked(Footprint footprint, String lock, Command command) {
    assertTrue(
        footprint.locks().contains(lock),
        () -> command + " touches " + lock + " outside its footprint " + footprint.locks());
  }

  private static void assertHeld(Footprint footprint, String name, Command command) {
    assertTrue(
        footprint.locks().contains(name) || footprint.shared().contains(name),
        () -> command + " reads " + name + " outside its footprint " + footprint);
  }

  /** The state, noting every record a decision reads. */
  private static final class ReadRecorder implements StateView {
    private final StateView state;
    private final Set<RecordKey> records = new HashSet<>();

    ReadRecorder(StateView state) {
      this.state = state;
    }

    @Override
    public Optional<Program> program(ProgramId id) {
      return state.program(id);
    }

    @Override
    public long balance(AccountId account) {
      return state.balance(account);
    }

    @Override
    public Optional<JournalEntry> entry(EntryId id) {
      return state.entry(id);
    }

    @Override
    public Optional<JournalEntry> reversalOf(EntryId target) {
      return state.reversalOf(target);
    }

    @Override
    public <R extends LedgerRecord> Optional<R> record(RecordKey key, Class<R> type) {
      records.add(key);
      return state.record(key, type);
    }
  }

  /** The lock a bounded account is guarded by: its contract's, else its holder's. */
  private static String lockOf(AccountId account) {
    if (account.type().perContract()) {
      return "contract|" + account.program() + "|" + account.contract();
    }
    String holder = account.type().holderKind().name().toLowerCase(Locale.ROOT);
    return holder + "|" + account.program() + "|" + account.holder();
  }

  private static String lockOf(RecordKey key) {
    return key.kind().name().toLowerCase(Locale.ROOT) + "|" + key.program() + "|" + key.id();
  }
}
