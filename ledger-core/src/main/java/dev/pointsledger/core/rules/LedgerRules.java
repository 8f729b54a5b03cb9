package dev.pointsledger.core.rules;

import static java.util.Objects.requireNonNull;

import dev.pointsledger.core.account.AccountId;
import dev.pointsledger.core.command.Command;
import dev.pointsledger.core.command.CommandType;
import dev.pointsledger.core.error.RejectionCode;
import dev.pointsledger.core.journal.EntryHash;
import dev.pointsledger.core.journal.JournalEntry;
import dev.pointsledger.core.journal.Posting;
import dev.pointsledger.core.program.Program;
import dev.pointsledger.core.store.CommandProcessor;
import dev.pointsledger.core.store.Decision;
import dev.pointsledger.core.store.Footprint;
import dev.pointsledger.core.store.StateView;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Decides every command, in the steps all commands share: idempotency first (the same id with the
 * same contents replays the first outcome, with other contents is refused), then the program, then
 * the ledger's bounds on input ({@link InputBounds}), then the command's own rules in its handler
 * ({@link Handlers} says which), and last a guard that no bounded account goes below zero. A rule
 * of one command belongs in its handler, not here. See the package documentation.
 *
 * <p>This is the one {@link CommandProcessor} there is: the interface is sealed to this class, so a
 * store's writer takes nothing but these rules. The package is not exported by the module; the
 * {@link dev.pointsledger.core.Ledger} builds its rules itself.
 */
public final class LedgerRules implements CommandProcessor {
  /** The zone business dates are taken in, whatever the clock's zone. */
  public static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

  private final Clock clock;
  private final Seam seam;

  /**
   * Where a test of a store reaches into a unit of work without changing what is decided: it may
   * only add names to a command's footprint (more locking never changes a decision) and wait or
   * throw before a command is decided (a delay, or a failure the store must roll back). Package
   * private: only code of this package (the core test-jar's {@code RulesSeam}) builds rules with
   * one; {@link Seam#NONE} everywhere else.
   */
  interface Seam {
    /** No seam: the rules alone. */
    Seam NONE = new Seam() {};

    /**
     * Names to lock beyond the command's own footprint.
     *
     * @param command the command
     * @param facts the facts its footprint was read from
     * @return extra names, none by default
     */
    default Footprint extraNames(Command command, StateView facts) {
      return new Footprint(Set.of());
    }

    /**
     * Runs before the command is decided; may block or throw, never decide.
     *
     * @param command the command about to be decided
     */
    default void beforeDeciding(Command command) {}
  }

  /**
   * Creates the rules on a clock.
   *
   * @param clock where instants come from; only its instant is read, its zone is ignored
   * @throws NullPointerException if the clock is null
   */
  public LedgerRules(Clock clock) {
    this(clock, Seam.NONE);
  }

  /** The rules with a test's seam; see {@link Seam}. */
  LedgerRules(Clock clock, Seam seam) {
    this.clock = requireNonNull(clock, "clock");
    this.seam = requireNonNull(seam, "seam");
  }

  /**
   * Today's business date: the date of the clock's instant in Asia/Taipei, whatever the clock's
   * zone.
   *
   * @return today
   */
  public LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), TAIPEI);
  }

  @Override
  public Instant now() {
    return clock.instant();
  }

  @Override
  public Footprint footprint(Command command, StateView facts) {
    Footprint own = footprintOf(handler(command), command, facts);
    if (seam == Seam.NONE) {
      return own;
    }
    Footprint extra = seam.extraNames(command, facts);
    Set<String> locks = new TreeSet<>(own.locks());
    locks.addAll(extra.locks());
    Set<String> shared = new TreeSet<>(own.shared());
    shared.addAll(extra.shared());
    return new Footprint(locks, shared);
  }

  private static <C extends Command> Footprint footprintOf(
      CommandHandler<C> handler, Command command, StateView facts) {
    Locks locks = new Locks(command, facts);
    handler.footprint(handler.type().cast(command), locks);
    return locks.footprint();
  }

  @Override
  public Decision decide(Command command, StateView state) {
    CommandHandler<?> handler = handler(command);
    seam.beforeDeciding(command);
    return decide(handler, command, state);
  }

  private static CommandHandler<?> handler(Command command) {
    return Handlers.of(CommandType.of(requireNonNull(command, "command")));
  }

  /** The steps every command shares, around its handler's own rules; see the class javadoc. */
  private <C extends Command> Decision decide(
      CommandHandler<C> handler, Command untyped, StateView state) {
    C command = handler.type().cast(untyped);
    Optional<JournalEntry> earlier = state.entry(command.id());
    if (earlier.isPresent()) {
      return replayOrRefuse(handler, command, earlier.get());
    }
    Optional<Program> program = handler.program(command, state);
    if (program.isEmpty()) {
      return Context.refuse(RejectionCode.UNKNOWN_PROGRAM, command.program());
    }
    Context ctx = new Context(state, command, program.get(), today());
    if (handler.bounded()) {
      Optional<Decision> outOfBounds =
          InputBounds.today(ctx).or(() -> handler.bounds(command, ctx));
      if (outOfBounds.isPresent()) {
        return outOfBounds.get();
      }
    }
    Decision decision = handler.decide(command, ctx);
    if (decision instanceof Decision.Accept accept) {
      return guardBounds(accept, state);
    }
    return decision;
  }

  private static <C extends Command> Decision replayOrRefuse(
      CommandHandler<C> handler, C command, JournalEntry earlier) {
    EntryHash fingerprint = command.fingerprint();
    if (earlier.commandFingerprint().equals(fingerprint)) {
      return new Decision.Replay(earlier);
    }
    return handler
        .idInUse(command, earlier)
        .orElseGet(
            () ->
                Context.refuse(
                    RejectionCode.DUPLICATE_ID_DIFFERENT_CONTENT,
                    command.id(),
                    earlier.businessDate(),
                    earlier.type()));
  }

  /**
   * The last line of defence for the bounded accounts (those under the command's footprint, so
   * reading them is cheap): a credit that would overflow 64 bits is refused {@code
   * AMOUNT_OVERFLOW}; a debit below zero is a bug in the rules, which check every balance they
   * take from, and throws. The unbounded pool is never read here; {@link
   * dev.pointsledger.core.program.ProgramPolicy#MAX_GRANT_CAP} keeps it within 64 bits.
   */
  static Decision guardBounds(Decision.Accept accept, StateView state) {
    List<Posting> postings = accept.entry().postings();
    for (int i = 0; i < postings.size(); i++) {
      Posting p = postings.get(i);
      AccountId account = p.account();
      if (!account.type().nonNegative()) {
        continue;
      }
      long after;
      try {
        after = Math.addExact(state.balance(account), p.amount());
      } catch (ArithmeticException e) {
        return Context.refuseAs(RejectionCode.AMOUNT_OVERFLOW, "posting", p.amount(), account);
      }
      if (after < 0) {
        throw new IllegalStateException(
            "rule bug: entry " + accept.entry().id() + " would take " + account + " to " + after);
      }
    }
    return accept;
  }
}
