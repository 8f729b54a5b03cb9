package dev.pointsledger.core.rules;

import static dev.pointsledger.core.rules.Context.refuse;

import com.google.common.collect.ImmutableMap;
import dev.pointsledger.core.account.AccountId;
import dev.pointsledger.core.command.CancelContract;
import dev.pointsledger.core.command.PurchaseSolution;
import dev.pointsledger.core.error.RejectionCode;
import dev.pointsledger.core.journal.EntryType;
import dev.pointsledger.core.journal.Posting;
import dev.pointsledger.core.journal.References;
import dev.pointsledger.core.program.ProgramPolicy;
import dev.pointsledger.core.state.ContractRecord;
import dev.pointsledger.core.state.ContractStatus;
import dev.pointsledger.core.state.ManufacturerRecord;
import dev.pointsledger.core.state.SolutionRecord;
import dev.pointsledger.core.store.Decision;
import dev.pointsledger.core.supply.ReviewStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * R-P1, R-P2, R-V3, R-V4, R-V5: buying a listed solution with points ({@link PurchaseSolution},
 * which reserves them on the contract: a {@code RESERVE} entry), and cancelling before the service
 * ends ({@link CancelContract}).
 */
final class PurchaseHandler {
  /**
   * A purchase debits the manufacturer, writes a new contract and reads the solution's listing; its
   * service dates and price are bounded.
   */
  static final CommandHandler<PurchaseSolution> PURCHASE =
      CommandHandler.of(
              PurchaseSolution.class,
              (c, locks) ->
                  locks
                      .manufacturer(c.manufacturer())
                      .newContract(c.contract())
                      .readsSolution(c.solution()),
              PurchaseHandler::purchase)
          .withBounds(
              (c, ctx) ->
                  InputBounds.date("the first day of service", c.serviceStart())
                      .or(() -> InputBounds.date("the last day of service", c.serviceEnd()))
                      .or(() -> price(c.price(), ctx)));

  /** A cancellation debits the contract's reserved points and credits its manufacturer. */
  static final CommandHandler<CancelContract> CANCEL =
      CommandHandler.of(
          CancelContract.class,
          (c, locks) -> locks.contract(c.contract()),
          PurchaseHandler::cancel);

  private PurchaseHandler() {}

  private static Optional<Decision> price(long price, Context ctx) {
    return InputBounds.price("the contract's price", price, ctx.policy());
  }

  private static Decision purchase(PurchaseSolution c, Context ctx) {
    ProgramPolicy policy = ctx.policy();
    Optional<Decision> invalid =
        Context.requirePositive("the price", c.price())
            .or(() -> Context.requirePositive("the points", c.points()));
    if (invalid.isPresent()) {
      return invalid.get();
    }
    if (c.serviceEnd().isBefore(c.serviceStart())) {
      return refuse(
          RejectionCode.DATES_OUT_OF_ORDER,
          "service ends " + c.serviceEnd() + ", before it starts " + c.serviceStart());
    }
    if (!ProgramPeriod.contains(policy, ctx.today())) {
      return ProgramPeriod.outside("purchase", policy, ctx.today());
    }
    Optional<Decision> backDated = checkServiceStart(c, policy, ctx.today());
    if (backDated.isPresent()) {
      return backDated.get();
    }
    if (ctx.contract(c.contract()).isPresent()) {
      return refuse(
          RejectionCode.CONTRACT_ALREADY_EXISTS,
          "contract " + c.contract() + " already exists in program " + ctx.program().id());
    }
    Optional<SolutionRecord> found = SupplyHandlers.solution(ctx, c.solution());
    if (found.isEmpty()) {
      return SupplyHandlers.unknownSolution(ctx, c.solution());
    }
    SolutionRecord solution = found.get();
    Optional<Decision> unlisted = checkListed(solution, ctx);
    if (unlisted.isPresent()) {
      return unlisted.get();
    }
    LocalDate listedOn = solution.listedOn().orElseThrow();
    if (c.serviceStart().isBefore(listedOn)) {
      return refuse(
          RejectionCode.SERVICE_STARTS_BEFORE_LISTING,
          "service starts "
              + c.serviceStart()
              + ", before solution "
              + solution.id()
              + "'s listing on "
              + listedOn);
    }
    if (c.price() > solution.price()) {
      return refuse(
          RejectionCode.PRICE_ABOVE_LISTED,
          String.format(
              "price NTD %,d is above solution %s's listed price NTD %,d",
              c.price(),
              solution.id(),
              solution.price()));
    }
    LocalDate earliestEnd = policy.earliestEndFor(c.serviceStart(), solution.minimumTermMonths());
    if (c.serviceEnd().isBefore(earliestEnd)) {
      return refuse(
          RejectionCode.TERM_TOO_SHORT,
          "service "
              + c.serviceStart()
              + " .. "
              + c.serviceEnd()
              + " is shorter than solution "
              + solution.id()
              + "'s minimum term; it must last until "
              + earliestEnd
              + " at least");
    }
    Optional<ManufacturerRecord> manufacturer = ctx.manufacturer(c.manufacturer());
    if (manufacturer.isEmpty()) {
      return ctx.unknownManufacturer(c.manufacturer());
    }
    long maxPoints = policy.maxPointsFor(c.price());
    if (c.points() > maxPoints) {
      return refuse(
          RejectionCode.MORE_THAN_HALF_OF_PRICE,
          String.format(
              "%,d points exceed %d%% of the price NTD %,d; at most %,d points, the manufacturer"
                  + " pays the rest",
              c.points(),
              policy.pointsSharePercent(),
              c.price(),
              maxPoints));
    }
    if (c.points() > policy.grantCap()) {
      return refuse(
          RejectionCode.CAP_EXCEEDED,
          String.format(
              "%,d points exceed the program's cap of %,d", c.points(), policy.grantCap()));
    }
    var pid = ctx.program().id();
    AccountId available = AccountId.available(pid, c.manufacturer());
    long unused = ctx.balance(available);
    if (c.points() > unused) {
      return refuse(
          RejectionCode.INSUFFICIENT_POINTS,
          String.format(
              "manufacturer %s has %,d unused points, %,d asked for",
              c.manufacturer(),
              unused,
              c.points()));
    }
    ContractRecord contract =
        new ContractRecord(
            pid,
            c.contract(),
            c.manufacturer(),
            solution.vendor(),
            solution.id(),
            solution.category(),
            c.price(),
            solution.marketPrice(),
            c.points(),
            c.price() - c.points(),
            c.serviceStart(),
            c.serviceEnd(),
            ContractStatus.ACTIVE,
            c.id(),
            Optional.empty());
    return ctx.accept(
        EntryType.RESERVE,
        List.of(
            new Posting(available, -c.points()),
            new Posting(AccountId.reserved(pid, c.manufacturer(), c.contract()), c.points())),
        ImmutableMap.of(
            References.MANUFACTURER, c.manufacturer().value(),
            References.VENDOR, solution.vendor().value(),
            References.CONTRACT, c.contract().value(),
            References.SOLUTION, solution.id().value(),
            References.CATEGORY, solution.category().tag()),
        List.of(contract, manufacturer.get().withCommitted(c.points())));
  }

  /**
   * A service starts at most the policy's back-dating days before the purchase, and never before
   * the program: otherwise a back-dated contract could be claimed at once (R-P3).
   */
  private static Optional<Decision> checkServiceStart(
      PurchaseSolution c, ProgramPolicy policy, LocalDate today) {
    LocalDate earliest = today.minusDays(policy.serviceBackdatingDays());
    if (c.serviceStart().isBefore(earliest)) {
      return Optional.of(
          refuse(
              RejectionCode.SERVICE_STARTS_BEFORE_PURCHASE,
              "service starts "
                  + c.serviceStart()
                  + ", more than "
                  + policy.serviceBackdatingDays()
                  + " days before the purchase on "
                  + today
                  + "; it starts on "
                  + earliest
                  + " at the earliest"));
    }
    if (c.serviceStart().isBefore(policy.programStart())) {
      return Optional.of(
          refuse(
              RejectionCode.SERVICE_STARTS_BEFORE_PROGRAM,
              "service starts "
                  + c.serviceStart()
                  + ", before the program's start on "
                  + policy.programStart()));
    }
    return Optional.empty();
  }

  private static Optional<Decision> checkListed(SolutionRecord solution, Context ctx) {
    LocalDate today = ctx.today();
    if (solution.statusOn(today) != ReviewStatus.LISTED) {
      return Optional.of(
          refuse(
              RejectionCode.SOLUTION_NOT_LISTED,
              "solution " + solution.id() + " is " + solution.statusOn(today) + ", not LISTED"));
    }
    if (!solution.listedOn(today)) {
      return Optional.of(
          refuse(
              RejectionCode.OUTSIDE_LISTING_PERIOD,
              "solution "
                  + solution.id()
                  + " is listed "
                  + solution.listedOn().orElseThrow()
                  + " .. "
                  + solution.listedUntil().orElseThrow()
                  + "; today is "
                  + today));
    }
    return Optional.empty();
  }

  private static Decision cancel(CancelContract c, Context ctx) {
    Optional<ContractRecord> found = ctx.contract(c.contract());
    if (found.isEmpty()) {
      return ctx.unknownContract(c.contract());
    }
    ContractRecord contract = found.get();
    if (contract.status() == ContractStatus.CLAIM_PENDING) {
      return refuse(
          RejectionCode.CLAIM_PENDING,
          "contract "
              + c.contract()
              + " has claim "
              + contract.openClaim().orElseThrow()
              + " under review; decide it first");
    }
    if (contract.status() != ContractStatus.ACTIVE) {
      return refuse(
          RejectionCode.CONTRACT_NOT_ACTIVE,
          "contract " + c.contract() + " is " + contract.status() + ", not ACTIVE");
    }
    if (contract.endedBefore(ctx.today())) {
      return refuse(
          RejectionCode.CONTRACT_ALREADY_ENDED,
          "contract "
              + c.contract()
              + " ended on "
              + contract.serviceEnd()
              + "; its points can only be claimed now");
    }
    var pid = ctx.program().id();
    AccountId reserved = AccountId.reserved(pid, contract.manufacturer(), contract.id());
    long points = ctx.balance(reserved);
    ManufacturerRecord manufacturer = ctx.manufacturer(contract.manufacturer()).orElseThrow();
    return ctx.accept(
        EntryType.CANCEL,
        List.of(
            new Posting(reserved, -points),
            new Posting(LapseHandler.releasedPointsGoTo(ctx, contract.manufacturer()), points)),
        ImmutableMap.of(
            References.MANUFACTURER, contract.manufacturer().value(),
            References.VENDOR, contract.vendor().value(),
            References.CONTRACT, contract.id().value(),
            References.REASON, c.reason()),
        List.of(
            contract.with(ContractStatus.CANCELLED, Optional.empty()),
            manufacturer.withCommitted(-points)));
  }
}
