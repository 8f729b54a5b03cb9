package dev.pointsledger.core.rules;

import static dev.pointsledger.core.rules.Context.refuse;
import static dev.pointsledger.core.rules.Context.refuseAs;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import dev.pointsledger.core.command.CarryOverSolution;
import dev.pointsledger.core.command.RegisterVendor;
import dev.pointsledger.core.command.ReviewSolution;
import dev.pointsledger.core.command.SubmitSolution;
import dev.pointsledger.core.error.Rejection;
import dev.pointsledger.core.error.RejectionCode;
import dev.pointsledger.core.id.ProgramId;
import dev.pointsledger.core.id.SolutionId;
import dev.pointsledger.core.id.VendorId;
import dev.pointsledger.core.journal.EntryType;
import dev.pointsledger.core.journal.References;
import dev.pointsledger.core.program.ProgramPolicy;
import dev.pointsledger.core.state.RecordKey;
import dev.pointsledger.core.state.SolutionRecord;
import dev.pointsledger.core.state.VendorRecord;
import dev.pointsledger.core.store.Decision;
import dev.pointsledger.core.supply.ReviewLifecycle;
import dev.pointsledger.core.supply.ReviewStatus;
import dev.pointsledger.core.supply.ReviewStep;
import dev.pointsledger.core.supply.VendorEligibility;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * R-V1..R-V6: vendors ({@link RegisterVendor}), solutions ({@link SubmitSolution}, {@link
 * CarryOverSolution}), their review and their listing ({@link ReviewSolution}). Whether a vendor
 * is eligible is {@link VendorEligibility}'s to say, which the eligibility preview shares.
 */
final class SupplyHandlers {
  /** A vendor's registration writes its record. */
  static final CommandHandler<RegisterVendor> REGISTER_VENDOR =
      CommandHandler.of(
          RegisterVendor.class,
          (c, locks) -> locks.vendor(c.vendor()),
          SupplyHandlers::registerVendor);

  /** A submission writes the new solution's record; its prices and term are bounded. */
  static final CommandHandler<SubmitSolution> SUBMIT_SOLUTION =
      CommandHandler.of(
              SubmitSolution.class,
              (c, locks) -> locks.solution(c.solution()),
              SupplyHandlers::submitSolution)
          .withBounds(
              (c, ctx) ->
                  prices(c.price(), c.marketPrice(), ctx)
                      .or(() -> InputBounds.term(c.minimumTermMonths())));

  /**
   * A review step writes the solution's record, under the name the purchases that read its listing
   * hold shared; a supplement deadline is bounded.
   */
  static final CommandHandler<ReviewSolution> REVIEW_SOLUTION =
      CommandHandler.of(
              ReviewSolution.class,
              (c, locks) -> locks.solution(c.solution()),
              SupplyHandlers::review)
          .withBounds(
              (c, ctx) ->
                  c.supplementDeadline()
                      .flatMap(d -> InputBounds.date("supplementDeadline", d)));

  /** A carry-over writes this year's record of the solution; its prices are bounded. */
  static final CommandHandler<CarryOverSolution> CARRY_OVER_SOLUTION =
      CommandHandler.of(
              CarryOverSolution.class,
              (c, locks) -> locks.solution(c.solution()),
              SupplyHandlers::carryOver)
          .withBounds((c, ctx) -> prices(c.price(), c.marketPrice(), ctx));

  private SupplyHandlers() {}

  private static Optional<Decision> prices(long price, long marketPrice, Context ctx) {
    return InputBounds.price("solutionPrice", price, ctx.policy())
        .or(() -> InputBounds.price("solutionMarketPrice", marketPrice, ctx.policy()));
  }

  private static Decision registerVendor(RegisterVendor c, Context ctx) {
    ProgramPolicy policy = ctx.policy();
    Optional<Decision> invalid = ctx.requireBusinessNumber("vendor", c.vendor().value());
    if (invalid.isPresent()) {
      return invalid.get();
    }
    if (vendor(ctx, c.vendor()).isPresent()) {
      return refuse(RejectionCode.VENDOR_ALREADY_REGISTERED, c.vendor(), ctx.program().id());
    }
    if (!ProgramPeriod.contains(policy, ctx.today())) {
      return ProgramPeriod.outside("vendorRegistration", policy, ctx.today());
    }
    List<Rejection> failures = VendorEligibility.check(policy, c.profile());
    if (!failures.isEmpty()) {
      return Context.refuseAll("vendor", c.vendor(), failures);
    }
    VendorRecord record =
        new VendorRecord(
            ctx.program().id(), c.vendor(), c.name(), c.profile(), ctx.today(), c.id());
    return ctx.accept(
        EntryType.VENDOR_REGISTERED,
        List.of(),
        ImmutableSortedMap.of(References.VENDOR, c.vendor().value()),
        List.of(record));
  }

  private static Decision submitSolution(SubmitSolution c, Context ctx) {
    ProgramPolicy policy = ctx.policy();
    Optional<Decision> invalid =
        Context.requirePositive("price", c.price())
            .or(() -> Context.requirePositive("marketPrice", c.marketPrice()));
    if (invalid.isPresent()) {
      return invalid.get();
    }
    LocalDate today = ctx.today();
    if (today.isBefore(policy.programStart()) || today.isAfter(policy.solutionApplicationsUntil())) {
      return refuse(
          RejectionCode.SOLUTION_APPLICATION_CLOSED,
          policy.programStart(),
          policy.solutionApplicationsUntil(),
          today);
    }
    if (solution(ctx, c.solution()).isPresent()) {
      return refuse(RejectionCode.SOLUTION_ALREADY_EXISTS, c.solution(), ctx.program().id());
    }
    if (vendor(ctx, c.vendor()).isEmpty()) {
      return unknownVendor(ctx, c.vendor());
    }
    Optional<Decision> unfit = checkPriceAndTerm(ctx, c.price(), c.marketPrice(), c.minimumTermMonths());
    if (unfit.isPresent()) {
      return unfit.get();
    }
    ReviewStep submitted =
        new ReviewStep(ReviewStatus.SUBMITTED, c.vendor().value(), today, "submitted", c.id());
    SolutionRecord record =
        new SolutionRecord(
            ctx.program().id(),
            c.solution(),
            c.vendor(),
            c.name(),
            c.category(),
            c.price(),
            c.marketPrice(),
            c.minimumTermMonths(),
            ReviewStatus.SUBMITTED,
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            List.of(submitted));
    return ctx.accept(
        EntryType.SOLUTION_SUBMITTED,
        List.of(),
        ImmutableSortedMap.of(
            References.VENDOR, c.vendor().value(),
            References.SOLUTION, c.solution().value(),
            References.CATEGORY, c.category().tag()),
        List.of(record));
  }

  private static Decision review(ReviewSolution c, Context ctx) {
    Optional<SolutionRecord> found = solution(ctx, c.solution());
    if (found.isEmpty()) {
      return unknownSolution(ctx, c.solution());
    }
    SolutionRecord solution = found.get();
    LocalDate today = ctx.today();
    if (solution.statusOn(today) != solution.status() && c.to() != ReviewStatus.REJECTED) {
      return refuse(
          RejectionCode.SUPPLEMENT_DEADLINE_PASSED,
          c.solution(),
          solution.supplementDeadline().orElseThrow());
    }
    if (!ReviewLifecycle.allows(solution.status(), c.to())) {
      return refuse(
          RejectionCode.ILLEGAL_REVIEW_TRANSITION,
          c.solution(),
          solution.status(),
          ReviewLifecycle.next(solution.status()),
          c.to());
    }
    boolean asksSupplement = c.to() == ReviewStatus.SUPPLEMENT_REQUESTED;
    if (asksSupplement != c.supplementDeadline().isPresent()
        || c.supplementDeadline().map(d -> !d.isAfter(today)).orElse(false)) {
      return asksSupplement
          ? refuseAs(RejectionCode.SUPPLEMENT_DEADLINE_REQUIRED, "missing", today)
          : refuseAs(RejectionCode.SUPPLEMENT_DEADLINE_REQUIRED, "unexpected");
    }
    ProgramPolicy policy = ctx.policy();
    long panel = new HashSet<>(c.reviewers()).size();
    boolean approves = c.to() == ReviewStatus.APPROVED;
    if (approves
        ? panel < policy.minReviewers() || panel > policy.maxReviewers()
        : !c.reviewers().isEmpty()) {
      return approves
          ? refuseAs(
              RejectionCode.REVIEW_PANEL_SIZE,
              "approval",
              policy.minReviewers(),
              policy.maxReviewers(),
              panel)
          : refuseAs(RejectionCode.REVIEW_PANEL_SIZE, "notApproval");
    }
    if (c.to() == ReviewStatus.LISTED && today.isAfter(policy.listingValidUntil())) {
      return refuseAs(
          RejectionCode.OUTSIDE_LISTING_PERIOD, "listing", policy.listingValidUntil(), today);
    }
    ReviewStep step = new ReviewStep(c.to(), c.actor(), today, c.note(), c.id());
    SolutionRecord next =
        c.to() == ReviewStatus.LISTED
            ? solution.listed(step, today, policy.listingValidUntil())
            : solution.after(step, c.supplementDeadline());
    ImmutableMap.Builder<String, String> refs =
        ImmutableSortedMap.<String, String>naturalOrder()
            .put(References.VENDOR, solution.vendor().value())
            .put(References.SOLUTION, solution.id().value())
            .put(References.STATUS, c.to().tag())
            .put(References.ACTOR, c.actor())
            .put(References.REASON, c.note());
    c.supplementDeadline().ifPresent(d -> refs.put(References.DEADLINE, d.toString()));
    for (int i = 0; i < c.reviewers().size(); i++) {
      refs.put(References.REVIEWER_PREFIX + (i + 1), c.reviewers().get(i));
    }
    return ctx.accept(EntryType.SOLUTION_REVIEWED, List.of(), refs.buildOrThrow(), List.of(next));
  }

  private static Decision carryOver(CarryOverSolution c, Context ctx) {
    ProgramPolicy policy = ctx.policy();
    ProgramId pid = ctx.program().id();
    if (!policy.previousProgram().equals(Optional.of(c.fromProgram()))) {
      return policy.previousProgram().isPresent()
          ? refuseAs(
              RejectionCode.CARRY_OVER_NOT_ALLOWED,
              "otherProgram",
              pid,
              policy.previousProgram().orElseThrow(),
              c.fromProgram())
          : refuseAs(RejectionCode.CARRY_OVER_NOT_ALLOWED, "noProgram", pid, c.fromProgram());
    }
    Optional<Decision> invalid =
        Context.requirePositive("price", c.price())
            .or(() -> Context.requirePositive("marketPrice", c.marketPrice()));
    if (invalid.isPresent()) {
      return invalid.get();
    }
    if (solution(ctx, c.solution()).isPresent()) {
      return refuse(RejectionCode.SOLUTION_ALREADY_EXISTS, c.solution(), pid);
    }
    Optional<SolutionRecord> previous =
        ctx.state()
            .record(RecordKey.solution(c.fromProgram(), c.solution()), SolutionRecord.class)
            .filter(s -> s.status() == ReviewStatus.LISTED);
    if (previous.isEmpty()) {
      return refuseAs(
          RejectionCode.CARRY_OVER_NOT_ALLOWED, "notListed", c.solution(), c.fromProgram());
    }
    SolutionRecord old = previous.get();
    if (vendor(ctx, old.vendor()).isEmpty()) {
      return unknownVendor(ctx, old.vendor());
    }
    LocalDate today = ctx.today();
    if (!ProgramPeriod.contains(policy, today) || today.isAfter(policy.listingValidUntil())) {
      return refuseAs(
          RejectionCode.OUTSIDE_LISTING_PERIOD,
          "carryOver",
          pid,
          policy.programStart(),
          policy.listingValidUntil(),
          today);
    }
    // R-V4 holds for a carried-over solution too, and R-V5 lets the vendor update it, not the
    // office: a term shorter than this program's minimum is refused, never silently lengthened.
    int term = old.minimumTermMonths();
    if (term < policy.minimumTermMonths()) {
      return refuseAs(
          RejectionCode.TERM_TOO_SHORT,
          "carryOver",
          c.solution(),
          c.fromProgram(),
          term,
          policy.minimumTermMonths(),
          pid);
    }
    Optional<Decision> unfit = checkPriceAndTerm(ctx, c.price(), c.marketPrice(), term);
    if (unfit.isPresent()) {
      return unfit.get();
    }
    ReviewStep listed =
        new ReviewStep(
            ReviewStatus.LISTED, c.actor(), today, "carried over from " + c.fromProgram(), c.id());
    SolutionRecord record =
        new SolutionRecord(
            pid,
            c.solution(),
            old.vendor(),
            old.name(),
            old.category(),
            c.price(),
            c.marketPrice(),
            term,
            ReviewStatus.LISTED,
            Optional.empty(),
            Optional.of(today),
            Optional.of(policy.listingValidUntil()),
            Optional.of(c.fromProgram()),
            List.of(listed));
    return ctx.accept(
        EntryType.SOLUTION_CARRIED_OVER,
        List.of(),
        ImmutableSortedMap.of(
            References.VENDOR, old.vendor().value(),
            References.SOLUTION, c.solution().value(),
            References.CATEGORY, old.category().tag(),
            References.FROM_PROGRAM, c.fromProgram().value(),
            References.ACTOR, c.actor()),
        List.of(record));
  }

  private static Optional<Decision> checkPriceAndTerm(
      Context ctx, long price, long marketPrice, int termMonths) {
    if (price > marketPrice) {
      return Optional.of(
          refuse(RejectionCode.PRICE_ABOVE_MARKET, price, marketPrice));
    }
    if (termMonths < ctx.policy().minimumTermMonths()) {
      return Optional.of(
          refuseAs(
              RejectionCode.TERM_TOO_SHORT,
              "solution",
              ctx.policy().minimumTermMonths(),
              termMonths));
    }
    return Optional.empty();
  }

  static Optional<VendorRecord> vendor(Context ctx, VendorId id) {
    return ctx.state().record(RecordKey.vendor(ctx.program().id(), id), VendorRecord.class);
  }

  static Optional<SolutionRecord> solution(Context ctx, SolutionId id) {
    return ctx.state().record(RecordKey.solution(ctx.program().id(), id), SolutionRecord.class);
  }

  private static Decision unknownVendor(Context ctx, VendorId id) {
    return refuse(RejectionCode.UNKNOWN_VENDOR, id, ctx.program().id());
  }

  static Decision unknownSolution(Context ctx, SolutionId id) {
    return refuse(RejectionCode.UNKNOWN_SOLUTION, id, ctx.program().id());
  }
}
