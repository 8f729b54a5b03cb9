package dev.pointsledger.core.audit;

import static dev.pointsledger.core.StoreOf.storeOf;
import static dev.pointsledger.core.testing.Fixtures.M1;
import static dev.pointsledger.core.testing.Fixtures.V1;
import static dev.pointsledger.core.testing.Fixtures.cancel;
import static dev.pointsledger.core.testing.Fixtures.grant;
import static dev.pointsledger.core.testing.Fixtures.reserve;
import static dev.pointsledger.core.testing.Fixtures.reverse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pointsledger.core.Ledger;
import dev.pointsledger.core.command.Command;
import dev.pointsledger.core.journal.EntryDraft;
import dev.pointsledger.core.journal.JournalEntry;
import dev.pointsledger.core.journal.Posting;
import dev.pointsledger.core.program.ProgramPresets;
import dev.pointsledger.core.store.LedgerStore;
import dev.pointsledger.core.testing.Fixtures;
import dev.pointsledger.core.testing.MutableClock;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hash chain shows any change to the journal a store returns: a changed, removed, swapped or
 * re-sealed entry breaks it where it happened, and the audit is then not clean.
 */
class ChainVerifierTest {
  private final MutableClock clock = MutableClock.at(Fixtures.MAY_2);
  private final Ledger ledger = Ledger.inMemory(clock);
  private final long first;

  /** Five point entries (grant, reserve, cancel, reserve, reverse) after V1's listing. */
  ChainVerifierTest() {
    ledger.defineProgram(ProgramPresets.industrialPavilion2022());
    Fixtures.listSolutions(ledger, V1);
    first = storeOf(ledger).headSequence() + 1;
    for (Command command :
        List.of(
            grant("g1", M1, 200_000),
            reserve("r1", "C1", M1, V1, 150_001, 75_000),
            cancel("x1", "C1"),
            reserve("r2", "C2", M1, V1, 20_000, 10_000),
            reverse("rv1", "r2"))) {
      ledger.execute(command);
    }
  }

  /** The store, but its journal as a tamperer changed it. */
  private LedgerStore tampered(UnaryOperator<List<JournalEntry>> change) {
    LedgerStore real = storeOf(ledger);
    List<JournalEntry> journal =
        change.apply(new ArrayList<>(real.entries(1, (int) real.headSequence())));
    return (LedgerStore)
        Proxy.newProxyInstance(
            LedgerStore.class.getClassLoader(),
            new Class<?>[] {LedgerStore.class},
            (proxy, method, args) -> {
              if (method.getName().equals("entries")) {
                int from = (int) Math.min((long) args[0] - 1, journal.size());
                int to = (int) Math.min((long) from + (int) args[1], journal.size());
                return List.copyOf(journal.subList(from, to));
              }
              try {
                return method.invoke(real, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }

  /** An entry with its amounts doubled and its recorded hash kept. */
  private static JournalEntry doubled(JournalEntry e) {
    return new JournalEntry(
        e.sequence(),
        e.id(),
        e.type(),
        e.program(),
        e.businessDate(),
        e.recordedAt(),
        e.postings().stream().map(p -> new Posting(p.account(), p.amount() * 2)).toList(),
        e.references(),
        e.records(),
        e.commandFingerprint(),
        e.previousHash(),
        e.hash());
  }

  /** An entry with its amounts doubled, sealed again with a hash that fits its new content. */
  private static JournalEntry resealed(JournalEntry e) {
    JournalEntry d = doubled(e);
    return new EntryDraft(
            d.id(),
            d.type(),
            d.program(),
            d.businessDate(),
            d.postings(),
            d.references(),
            d.commandFingerprint())
        .seal(d.sequence(), d.recordedAt(), d.previousHash());
  }

  /** A change to the journal, given the index of the reservation r1 in it. */
  private interface Tampering {
    void apply(List<JournalEntry> journal, int reservation);
  }

  /** Each change, and where (counted from the reservation) and how the chain must break. */
  static Stream<Arguments> tamperings() {
    return Stream.of(
        Arguments.of(
            "an amount changed",
            (Tampering) (j, r) -> j.set(r, doubled(j.get(r))),
            0,
            ChainReport.BreakKind.CONTENT_CHANGED),
        Arguments.of(
            "an entry re-sealed after a change",
            (Tampering) (j, r) -> j.set(r, resealed(j.get(r))),
            1,
            ChainReport.BreakKind.LINK_BROKEN),
        Arguments.of(
            "an entry removed",
            (Tampering) (j, r) -> j.remove(r),
            1,
            ChainReport.BreakKind.SEQUENCE_GAP),
        Arguments.of(
            "two entries swapped",
            (Tampering) (j, r) -> j.set(r + 1, j.set(r, j.get(r + 1))),
            1,
            ChainReport.BreakKind.SEQUENCE_GAP));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tamperings")
  void chain_breaksWhereTheJournalWasTamperedWith(
      String what, Tampering change, int brokenAfter, ChainReport.BreakKind kind) {
    long reservation = first + 1;
    LedgerStore store =
        tampered(
            journal -> {
              change.apply(journal, (int) reservation - 1);
              return journal;
            });
    ChainReport report = ChainVerifier.verify(store);
    ChainReport.Break broken = report.firstBreak().orElseThrow(() -> new AssertionError(what));
    assertEquals(reservation + brokenAfter, broken.sequence(), broken::detail);
    assertEquals(kind, broken.kind(), broken::detail);
    assertFalse(LedgerAudit.audit(store).clean());
  }

  @Test
  void untouchedJournal_verifies_fromTheStart_andFromACheckpoint() {
    ChainReport whole = ChainVerifier.verify(tampered(j -> j));
    assertTrue(whole.intact());
    assertEquals(storeOf(ledger).headSequence(), whole.entriesChecked());
    ChainReport rest = ChainVerifier.verifyFrom(storeOf(ledger), whole.head());
    assertTrue(rest.intact());
    assertEquals(0, rest.entriesChecked());
  }
}
