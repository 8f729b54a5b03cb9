package dev.pointsledger.core.rules;

import static java.util.Objects.requireNonNull;

import dev.pointsledger.core.account.AccountId;
import dev.pointsledger.core.command.ApproveClaim;
import dev.pointsledger.core.command.CancelContract;
import dev.pointsledger.core.command.CarryOverSolution;
import dev.pointsledger.core.command.DefineProgram;
import dev.pointsledger.core.command.Command;
import dev.pointsledger.core.command.FileClaim;
import dev.pointsledger.core.command.GrantPoints;
import dev.pointsledger.core.command.LapsePoints;
import dev.pointsledger.core.command.RegisterVendor;
import dev.pointsledger.core.command.RejectClaim;
import dev.pointsledger.core.command.ReservePoints;
import dev.pointsledger.core.command.ReverseEntry;
import dev.pointsledger.core.command.ReviewSolution;
import dev.pointsledger.core.command.SettleClaims;
import dev.pointsledger.core.command.SubmitSolution;
import dev.pointsledger.core.error.RejectionCode;
import dev.pointsledger.core.journal.EntryHash;
import dev.pointsledger.core.journal.EntryType;
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
import java.util.Optional;

/**
 * Decides every command: idempotency first (the same id with the same contents replays the first
 * outcome, with other contents is refused), then the program, then the command's own rules, and
 * last a guard that no bounded account goes below zero. See the package documentation.
 */
public final class LedgerRules implements CommandProcessor {
  /** The zone business dates are taken in. */
  public static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

  private final Clock clock;

  /**
   * Creates the rules on a clock.
   *
   * @param clock where business dates and record times come from
   */
  public LedgerRules(Clock clock) {
    this.clock = requireNonNull(clock, "clock");
  }

  /**
   * Today's business date: the clock's date in Asia/Taipei.
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
    return Footprints.of(command, facts);
  }

  @Override
  public Decision decide(Command command, StateView state) {
    requireNonNull(command, "command");
    Optional<JournalEntry> earlier = state.entry(command.id());
    if (earlier.isPresent()) {
      return replayOrRefuse(command, earlier.get());
    }
    if (command instanceof DefineProgram c) {
      return ProgramRules.define(c, state, today());
    }
    Optional<Program> program = state.program(command.program());
    if (program.isEmpty()) {
      return Context.refuse(
          RejectionCode.UNKNOWN_PROGRAM, "no program " + command.program() + " is defined");
    }
    Context ctx = new Context(state, command, program.get(), today());
    Optional<Decision> outOfBounds = InputBounds.check(command, ctx);
    if (outOfBounds.isPresent()) {
      return outOfBounds.get();
    }
    Decision decision = dispatch(command, ctx);
    if (decision instanceof Decision.Accept accept) {
      return guardBounds(accept, state);
    }
    return decision;
  }

  private static Decision replayOrRefuse(Command command, JournalEntry earlier) {
    EntryHash fingerprint = command.fingerprint();
    if (earlier.commandFingerprint().equals(fingerprint)) {
      return new Decision.Replay(earlier);
    }
    if (command instanceof DefineProgram c
        && earlier.type() == EntryType.PROGRAM_DEFINED
        && earlier.program().equals(c.program())) {
      return ProgramRules.alreadyDefined(c.definition());
    }
    return Context.refuse(
        RejectionCode.DUPLICATE_ID_DIFFERENT_CONTENT,
        "command id "
            + command.id()
            + " was used on "
            + earlier.businessDate()
            + " by a "
            + earlier.type()
            + " entry with other contents; choose a new id for a new command");
  }

  private static Decision dispatch(Command command, Context ctx) {
    if (command instanceof GrantPoints c) {
      return GrantRules.grant(c, ctx);
    } else if (command instanceof ReservePoints c) {
      return PurchaseRules.reserve(c, ctx);
    } else if (command instanceof CancelContract c) {
      return PurchaseRules.cancel(c, ctx);
    } else if (command instanceof FileClaim c) {
      return ClaimRules.file(c, ctx);
    } else if (command instanceof ApproveClaim c) {
      return ClaimRules.approve(c, ctx);
    } else if (command instanceof RejectClaim c) {
      return ClaimRules.reject(c, ctx);
    } else if (command instanceof SettleClaims c) {
      return ClaimRules.settle(c, ctx);
    } else if (command instanceof LapsePoints c) {
      return ProgramEndRules.lapse(c, ctx);
    } else if (command instanceof ReverseEntry c) {
      return ReversalRules.reverse(c, ctx);
    } else if (command instanceof RegisterVendor c) {
      return SupplyRules.registerVendor(c, ctx);
    } else if (command instanceof SubmitSolution c) {
      return SupplyRules.submitSolution(c, ctx);
    } else if (command instanceof ReviewSolution c) {
      return SupplyRules.review(c, ctx);
    } else if (command instanceof CarryOverSolution c) {
      return SupplyRules.carryOver(c, ctx);
    }
    // DefineProgram is decided before a program is known (see decide)
    throw new IllegalArgumentException("unknown command type " + command.getClass());
  }

  /**
   * The last line of defence for the bounded accounts (those under the command's footprint, so
   * reading them is cheap): a credit that would overflow 64 bits is refused {@code
   * AMOUNT_OVERFLOW}; a debit below zero is a bug in the rules, which check every balance they
   * take from, and throws. The unbounded pool is never read here; {@link
   * dev.pointsledger.core.program.ProgramPolicy#MAX_GRANT_CAP} keeps it within 64 bits.
   */
  static Decision guardBounds(Decision.Accept accept, StateView state) {
    for (Posting p : accept.entry().postings()) {
      AccountId account = p.account();
      if (!account.type().nonNegative()) {
        continue;
      }
      long after;
      try {
        after = Math.addExact(state.balance(account), p.amount());
      } catch (ArithmeticException e) {
        return Context.refuse(
            RejectionCode.AMOUNT_OVERFLOW,
            "posting " + p.amount() + " to " + account + " would overflow its balance");
      }
      if (after < 0) {
        throw new IllegalStateException(
            "rule bug: entry " + accept.entry().id() + " would take " + account + " to " + after);
      }
    }
    return accept;
  }
}
