package dev.pointsledger.core.rules;

import static dev.pointsledger.core.rules.Context.refuse;

import dev.pointsledger.core.command.CarryOverSolution;
import dev.pointsledger.core.command.Command;
import dev.pointsledger.core.command.GrantPoints;
import dev.pointsledger.core.command.ReservePoints;
import dev.pointsledger.core.command.ReviewSolution;
import dev.pointsledger.core.command.SubmitSolution;
import dev.pointsledger.core.error.RejectionCode;
import dev.pointsledger.core.program.ProgramPolicy;
import dev.pointsledger.core.program.SupportedDates;
import dev.pointsledger.core.store.Decision;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The ledger's bounds on a command's values, checked before any rule reads them: every date within
 * {@link SupportedDates} ({@code DATE_OUT_OF_RANGE}), every price within the policy's {@link
 * ProgramPolicy#maxPrice()} and every term within {@link ProgramPolicy#MAX_TERM_MONTHS} ({@code
 * AMOUNT_ABOVE_LIMIT}). Within them no rule's date arithmetic can leave {@link LocalDate}'s range
 * and no total can overflow.
 */
final class InputBounds {
  private InputBounds() {}

  static Optional<Decision> check(Command command, Context ctx) {
    return dates(command, ctx).or(() -> amounts(command, ctx.policy()));
  }

  private static Optional<Decision> dates(Command command, Context ctx) {
    Optional<Decision> today = date("today's business date", ctx.today());
    if (today.isPresent()) {
      return today;
    }
    if (command instanceof GrantPoints c) {
      return date("the application date", c.applicationDate());
    } else if (command instanceof ReservePoints c) {
      return date("the first day of service", c.serviceStart())
          .or(() -> date("the last day of service", c.serviceEnd()));
    } else if (command instanceof ReviewSolution c && c.supplementDeadline().isPresent()) {
      return date("the supplement deadline", c.supplementDeadline().get());
    }
    return Optional.empty();
  }

  private static Optional<Decision> date(String what, LocalDate day) {
    if (SupportedDates.contains(day)) {
      return Optional.empty();
    }
    return Optional.of(
        refuse(
            RejectionCode.DATE_OUT_OF_RANGE,
            what
                + " "
                + day
                + " lies outside the supported dates "
                + SupportedDates.FIRST
                + " .. "
                + SupportedDates.LAST));
  }

  private static Optional<Decision> amounts(Command command, ProgramPolicy policy) {
    if (command instanceof ReservePoints c) {
      return price("the contract's price", c.price(), policy);
    } else if (command instanceof SubmitSolution c) {
      return price("the solution's price", c.price(), policy)
          .or(() -> price("the solution's market price", c.marketPrice(), policy))
          .or(() -> term(c.minimumTermMonths()));
    } else if (command instanceof CarryOverSolution c) {
      return price("the solution's price", c.price(), policy)
          .or(() -> price("the solution's market price", c.marketPrice(), policy));
    }
    return Optional.empty();
  }

  private static Optional<Decision> price(String what, long amount, ProgramPolicy policy) {
    return aboveLimit(
        amount > policy.maxPrice(),
        () ->
            String.format(
                "%s NTD %,d is above the program's highest price NTD %,d",
                what,
                amount,
                policy.maxPrice()));
  }

  private static Optional<Decision> term(int months) {
    return aboveLimit(
        months > ProgramPolicy.MAX_TERM_MONTHS,
        () ->
            String.format(
                "a term of %,d months is above the longest term, %,d months",
                months,
                ProgramPolicy.MAX_TERM_MONTHS));
  }

  private static Optional<Decision> aboveLimit(boolean above, Supplier<String> message) {
    return above
        ? Optional.of(refuse(RejectionCode.AMOUNT_ABOVE_LIMIT, message.get()))
        : Optional.empty();
  }
}
