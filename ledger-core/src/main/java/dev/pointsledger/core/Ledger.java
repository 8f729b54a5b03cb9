package dev.pointsledger.core;

import static java.util.Objects.requireNonNull;

import dev.pointsledger.core.audit.LedgerVerifier;
import dev.pointsledger.core.audit.VerificationReport;
import dev.pointsledger.core.audit.VerifyOptions;
import dev.pointsledger.core.command.Command;
import dev.pointsledger.core.command.CommandOutcome;
import dev.pointsledger.core.command.DefineProgram;
import dev.pointsledger.core.error.LedgerRejectedException;
import dev.pointsledger.core.error.LedgerStoreException;
import dev.pointsledger.core.journal.JournalEntry;
import dev.pointsledger.core.memory.InMemoryLedgerStore;
import dev.pointsledger.core.program.Program;
import dev.pointsledger.core.query.LedgerView;
import dev.pointsledger.core.rules.LedgerRules;
import dev.pointsledger.core.store.LedgerStore;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The ledger: define programs, submit commands, read balances ({@link #now()}, {@link
 * #asOf(long)}), verify the chain. Thread-safe; one instance per store is enough for a whole
 * application.
 *
 * <p><b>Time.</b> The ledger reads only the clock's instant; the clock's zone is ignored. Every
 * business date (a command's "today", the date an entry is booked on, every window and deadline
 * it is checked against) is the instant's calendar date in Asia/Taipei, as the program's rules
 * count dates, wherever the application runs: a command at 2022-08-20T16:30Z is decided on
 * 2022-08-21 with {@code Clock.systemUTC()} and with any other zone alike. Record times are the
 * instant itself.
 *
 * <pre>{@code
 * Ledger ledger = Ledger.inMemory(Clock.systemUTC());
 * ledger.defineProgram(ProgramPresets.industrialPavilion2022());
 * JournalEntry grant = ledger.execute(GrantPoints.builder().id(...).program(...) ... .build());
 * long available = ledger.now().manufacturer(program, manufacturer).available();
 * }</pre>
 */
public final class Ledger implements AutoCloseable {
  private final LedgerStore store;
  private final LedgerRules rules;

  private Ledger(LedgerStore store, Clock clock) {
    this.store = requireNonNull(store, "store");
    this.rules = new LedgerRules(requireNonNull(clock, "clock"));
  }

  /**
   * A ledger on a new in-memory store.
   *
   * @param clock where instants come from; business dates are their dates in Asia/Taipei, whatever
   *     the clock's zone
   * @return the ledger
   */
  public static Ledger inMemory(Clock clock) {
    return new Ledger(new InMemoryLedgerStore(), clock);
  }

  /**
   * A ledger on a new in-memory store with room for a number of entries, so that its indexes
   * never rehash while it grows to them (see {@link #inMemory(Clock)}).
   *
   * @param clock where instants come from; business dates are their dates in Asia/Taipei, whatever
   *     the clock's zone
   * @param expectedEntries how many entries to make room for up front
   * @return the ledger
   * @throws IllegalArgumentException if {@code expectedEntries} is negative
   */
  public static Ledger inMemory(Clock clock, int expectedEntries) {
    return new Ledger(new InMemoryLedgerStore(expectedEntries), clock);
  }

  /**
   * A ledger on a store, such as the PostgreSQL store of {@code ledger-jdbc}.
   *
   * @param store the store
   * @param clock where instants come from; business dates are their dates in Asia/Taipei, whatever
   *     the clock's zone
   * @return the ledger
   */
  public static Ledger on(LedgerStore store, Clock clock) {
    return new Ledger(store, clock);
  }

  /**
   * Defines a program: runs {@link DefineProgram} with the id {@code program:<program id>}, so
   * the program and its policy are an entry of the journal and under its hash chain. Defining the
   * same program again is a no-op (a replay).
   *
   * @param program the program
   * @return the program as defined
   * @throws LedgerRejectedException {@code PROGRAM_ALREADY_DEFINED} if the id is taken by a
   *     program with another name or policy
   * @throws LedgerStoreException if the store fails
   */
  public Program defineProgram(Program program) {
    execute(new DefineProgram(DefineProgram.idFor(program.id()), program));
    return program;
  }

  /**
   * Runs one command and returns its entry.
   *
   * @param command the command
   * @return the entry it made, or made before if this is a retry with the same id and contents
   * @throws LedgerRejectedException if a rule refuses it; nothing was written
   * @throws dev.pointsledger.core.error.LedgerOutcomeUnknownException if the store cannot tell
   *     whether the commit happened; submitting the same command again settles it
   * @throws LedgerStoreException if the store fails; nothing was written
   */
  public JournalEntry execute(Command command) {
    return submit(command).orThrow();
  }

  /**
   * Runs one command and returns its outcome without throwing for a refusal.
   *
   * @param command the command
   * @return applied (with its entry) or refused (with the rule it breaks)
   * @throws dev.pointsledger.core.error.LedgerOutcomeUnknownException if the store cannot tell
   *     whether the commit happened; submitting the same command again settles it
   * @throws LedgerStoreException if the store fails; nothing was written
   */
  public CommandOutcome submit(Command command) {
    return store.execute(List.of(command), rules).get(0);
  }

  /**
   * Runs commands in order, as one batch (one transaction in the PostgreSQL store), each with
   * its own outcome; a refused command does not affect the others.
   *
   * @param commands the commands
   * @return one outcome per command, in order
   * @throws dev.pointsledger.core.error.LedgerOutcomeUnknownException if the store cannot tell
   *     whether the commit happened; submitting the same commands again settles it
   * @throws LedgerStoreException if the store fails; nothing of the batch was written
   */
  public List<CommandOutcome> submitAll(List<? extends Command> commands) {
    return store.execute(commands, rules);
  }

  /**
   * What the ledger says now: a view as of the last entry, whose every answer is as of that same
   * entry even while other threads append. Take a new view to see newer entries.
   *
   * @return the view at the head
   * @throws LedgerStoreException if the store fails
   */
  public LedgerView now() {
    return LedgerView.now(store);
  }

  /**
   * What the ledger said as of an entry: the same questions as {@link #now()}, answered from the
   * journal up to that entry.
   *
   * @param sequence an entry sequence number, from 0 (the empty ledger) to the head
   * @return the view
   * @throws LedgerRejectedException {@code SEQUENCE_OUT_OF_RANGE} if {@code sequence} is negative
   *     or beyond the head
   * @throws LedgerStoreException if the store fails
   */
  public LedgerView asOf(long sequence) {
    return LedgerView.asOf(store, sequence);
  }

  /**
   * Verifies the whole ledger from its stored journal, trusting nothing else: every invariant of
   * docs/audit.md ({@link LedgerVerifier}).
   *
   * @return the report; {@link VerificationReport#clean()} for a sound ledger
   * @throws LedgerStoreException if the store cannot be read
   */
  public VerificationReport verify() {
    return LedgerVerifier.verify(store);
  }

  /**
   * Verifies the whole ledger with options: published checkpoints it must extend, the page size.
   *
   * @param options the options
   * @return the report
   * @throws LedgerStoreException if the store cannot be read
   */
  public VerificationReport verify(VerifyOptions options) {
    return LedgerVerifier.verify(store, options);
  }

  /**
   * Today's business date, from the ledger's clock in Asia/Taipei.
   *
   * @return today
   */
  public LocalDate today() {
    return rules.today();
  }

  /**
   * The store underneath, for the core test-jar's {@code StoreOf} (tests read a store through it).
   * Not public: a caller gets no way to a store's writer from a ledger. (The store's writer takes
   * only the ledger's own rules anyway: {@code CommandProcessor} is sealed to them.)
   */
  LedgerStore store() {
    return store;
  }

  /** Closes the store (and the pool it created, if any). */
  @Override
  public void close() {
    store.close();
  }
}
