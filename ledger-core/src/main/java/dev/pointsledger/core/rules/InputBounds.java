package dev.pointsledger.core.rules;

import static dev.pointsledger.core.rules.Context.refuse;
import static dev.pointsledger.core.rules.Context.refuseAs;

import dev.pointsledger.core.error.RejectionCode;
import dev.pointsledger.core.error.Term;
import dev.pointsledger.core.program.ProgramPolicy;
import dev.pointsledger.core.program.SupportedDates;
import dev.pointsledger.core.store.Decision;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The ledger's bounds on a command's values, checked before any rule reads them: every date within
 * {@link SupportedDates} ({@code DATE_OUT_OF_RANGE}), every price within the policy's {@link
 * ProgramPolicy#maxPrice()} and every term within {@link ProgramPolicy#MAX_TERM_MONTHS} ({@code
 * AMOUNT_ABOVE_LIMIT}). Within them no rule's date arithmetic can leave {@link LocalDate}'s range
 * and no total can overflow. Which of a command's values are bounded is said by its handler's
 * {@link CommandHandler#bounds}, with the checks here.
 */
final class InputBounds {
  private InputBounds() {}

  /** Today's business date, checked for every command a program's bounds apply to. */
  static Optional<Decision> today(Context ctx) {
    return date("today", ctx.today());
  }

  /** A date of the command within {@link SupportedDates}; {@code what} names a term. */
  static Optional<Decision> date(String what, LocalDate day) {
    if (SupportedDates.contains(day)) {
      return Optional.empty();
    }
    return Optional.of(
        refuse(
            RejectionCode.DATE_OUT_OF_RANGE,
            Term.of(what),
            day,
            SupportedDates.FIRST,
            SupportedDates.LAST));
  }

  /** A price within the policy's {@link ProgramPolicy#maxPrice()}; {@code what} names a term. */
  static Optional<Decision> price(String what, long amount, ProgramPolicy policy) {
    if (amount <= policy.maxPrice()) {
      return Optional.empty(); // the usual case makes no term, boxes no figure
    }
    return aboveLimit("price", Term.of(what), amount, policy.maxPrice());
  }

  /** A term within {@link ProgramPolicy#MAX_TERM_MONTHS}. */
  static Optional<Decision> term(int months) {
    if (months <= ProgramPolicy.MAX_TERM_MONTHS) {
      return Optional.empty();
    }
    return aboveLimit("term", months, ProgramPolicy.MAX_TERM_MONTHS);
  }

  private static Optional<Decision> aboveLimit(String variant, Object... arguments) {
    return Optional.of(refuseAs(RejectionCode.AMOUNT_ABOVE_LIMIT, variant, arguments));
  }
}
