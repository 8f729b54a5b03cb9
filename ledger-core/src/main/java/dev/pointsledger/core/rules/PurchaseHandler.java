package dev.pointsledger.core.rules;

import static dev.pointsledger.core.rules.Context.refuse;
import static dev.pointsledger.core.rules.Context.refuseAs;

import com.google.common.collect.ImmutableSortedMap;
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
                  InputBounds.date("serviceStart", c.serviceStart())
                      .or(() -> InputBounds.date("serviceEnd", c.serviceEnd()))
                      .or(() -> price(c.price(), ctx)));

  /** A cancellation debits the contract's reserved points and credits its manufacturer. */
  static final CommandHandler<CancelContract> CANCEL =
      CommandHandler.of(
          CancelContract.class,
          (c, locks) -> locks.contract(c.contract()),
          PurchaseHandler::cancel);

  private PurchaseHandler() {}

  private static Optional<Decision> price(long price, Context ctx) {
    return InputBounds.price("contractPrice", price, ctx.policy());
  }

  private static Decision purchase(PurchaseSolution c, Context ctx) {
    ProgramPolicy policy = ctx.policy();
    Optional<Decision> invalid =
        Context.requirePositive("price", c.price())
            .or(() -> Context.requirePositive("points", c.points()));
    if (invalid.isPresent()) {
      return invalid.get();
    }
    if (c.serviceEnd().isBefore(c.serviceStart())) {
      return refuseAs(
          RejectionCode.DATES_OUT_OF_ORDER, "service", c.serviceEnd(), c.serviceStart());
    }
    if (!ProgramPeriod.contains(policy, ctx.today())) {
      return ProgramPeriod.outside("purchase", policy, ctx.today());
    }
    Optional<Decision> backDated = checkServiceStart(c, policy, ctx.today());
    if (backDated.isPresent()) {
      return backDated.get();
    }
    if (ctx.contract(c.contract()).isPresent()) {
      return refuse(RejectionCode.CONTRACT_ALREADY_EXISTS, c.contract(), ctx.program().id());
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
          RejectionCode.SERVICE_STARTS_BEFORE_LISTING, c.serviceStart(), solution.id(), listedOn);
    }
    if (c.price() > solution.price()) {
      return refuse(
          RejectionCode.PRICE_ABOVE_LISTED, c.price(), solution.id(), solution.price());
    }
    LocalDate earliestEnd = policy.earliestEndFor(c.serviceStart(), solution.minimumTermMonths());
    if (c.serviceEnd().isBefore(earliestEnd)) {
      return refuseAs(
          RejectionCode.TERM_TOO_SHORT,
          "contract",
          c.serviceStart(),
          c.serviceEnd(),
          solution.id(),
          earliestEnd);
    }
    Optional<ManufacturerRecord> manufacturer = ctx.manufacturer(c.manufacturer());
    if (manufacturer.isEmpty()) {
      return ctx.unknownManufacturer(c.manufacturer());
    }
    long maxPoints = policy.maxPointsFor(c.price());
    if (c.points() > maxPoints) {
      return refuse(
          RejectionCode.MORE_THAN_HALF_OF_PRICE,
          c.points(),
          policy.pointsSharePercent(),
          c.price(),
          maxPoints);
    }
    // No check of the grant cap (R-D2) here: it bounds what is granted, and the unused points
    // below never exceed what was granted, so more than the cap is refused INSUFFICIENT_POINTS
    // (PurchaseProperties.aPurchaseAboveTheCap_isRefusedForTheUnusedPoints).
    var pid = ctx.program().id();
    AccountId available = AccountId.available(pid, c.manufacturer());
    long unused = ctx.balance(available);
    if (c.points() > unused) {
      return refuse(RejectionCode.INSUFFICIENT_POINTS, c.manufacturer(), unused, c.points());
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
        ImmutableSortedMap.of(
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
              c.serviceStart(),
              policy.serviceBackdatingDays(),
              today,
              earliest));
    }
    if (c.serviceStart().isBefore(policy.programStart())) {
      return Optional.of(
          refuse(
              RejectionCode.SERVICE_STARTS_BEFORE_PROGRAM,
              c.serviceStart(),
              policy.programStart()));
    }
    return Optional.empty();
  }

  private static Optional<Decision> checkListed(SolutionRecord solution, Context ctx) {
    LocalDate today = ctx.today();
    if (solution.statusOn(today) != ReviewStatus.LISTED) {
      return Optional.of(
          refuse(
              RejectionCode.SOLUTION_NOT_LISTED,
              solution.id(),
              solution.statusOn(today),
              ReviewStatus.LISTED));
    }
    if (!solution.listedOn(today)) {
      return Optional.of(
          refuse(
              RejectionCode.OUTSIDE_LISTING_PERIOD,
              solution.id(),
              solution.listedOn().orElseThrow(),
              solution.listedUntil().orElseThrow(),
              today));
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
      return refuse(RejectionCode.CLAIM_PENDING, c.contract(), contract.openClaim().orElseThrow());
    }
    if (contract.status() != ContractStatus.ACTIVE) {
      return refuse(
          RejectionCode.CONTRACT_NOT_ACTIVE,
          c.contract(),
          contract.status(),
          ContractStatus.ACTIVE);
    }
    if (contract.endedBefore(ctx.today())) {
      return refuse(RejectionCode.CONTRACT_ALREADY_ENDED, c.contract(), contract.serviceEnd());
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
        ImmutableSortedMap.of(
            References.MANUFACTURER, contract.manufacturer().value(),
            References.VENDOR, contract.vendor().value(),
            References.CONTRACT, contract.id().value(),
            References.REASON, c.reason()),
        List.of(
            contract.with(ContractStatus.CANCELLED, Optional.empty()),
            manufacturer.withCommitted(-points)));
  }
}
