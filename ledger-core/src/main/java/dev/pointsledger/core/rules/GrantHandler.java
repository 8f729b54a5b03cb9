package dev.pointsledger.core.rules;

import static dev.pointsledger.core.rules.Context.refuse;
import static dev.pointsledger.core.rules.Context.refuseAs;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import dev.pointsledger.core.account.AccountId;
import dev.pointsledger.core.command.GrantPoints;
import dev.pointsledger.core.error.Rejection;
import dev.pointsledger.core.error.RejectionCode;
import dev.pointsledger.core.journal.EntryType;
import dev.pointsledger.core.journal.Posting;
import dev.pointsledger.core.journal.References;
import dev.pointsledger.core.program.ManufacturerEligibility;
import dev.pointsledger.core.program.ProgramPolicy;
import dev.pointsledger.core.state.DocumentRef;
import dev.pointsledger.core.state.ManufacturerRecord;
import dev.pointsledger.core.state.RecordKey;
import dev.pointsledger.core.store.Decision;
import java.util.List;
import java.util.Optional;

/** R-D1..R-D5: who may be granted points, when, and how many ({@link GrantPoints}). */
final class GrantHandler {
  /** A grant credits the manufacturer's unused points and writes its record. */
  static final CommandHandler<GrantPoints> GRANT =
      CommandHandler.of(
              GrantPoints.class,
              (c, locks) -> locks.manufacturer(c.manufacturer()),
              GrantHandler::grant)
          .withBounds((c, ctx) -> InputBounds.date("applicationDate", c.applicationDate()));

  private GrantHandler() {}

  private static Decision grant(GrantPoints c, Context ctx) {
    ProgramPolicy policy = ctx.policy();
    var invalid =
        ctx.requireBusinessNumber("manufacturer", c.manufacturer().value())
            .or(() -> Context.requirePositive("grantedPoints", c.points()));
    if (invalid.isPresent()) {
      return invalid.get();
    }
    if (c.documents().isEmpty()) {
      return refuse(RejectionCode.MISSING_APPLICATION_DOCUMENTS, c.manufacturer());
    }
    Optional<DocumentRef> repeated = Context.firstRepeated(c.documents());
    if (repeated.isPresent()) {
      return refuseAs(RejectionCode.DUPLICATE_ITEM, "applicationDocument", repeated.get());
    }
    if (c.applicationDate().isAfter(ctx.today())) {
      return refuseAs(
          RejectionCode.DATE_IN_FUTURE, "application", c.applicationDate(), ctx.today());
    }
    if (!ProgramPeriod.contains(policy, ctx.today())) {
      return ProgramPeriod.outside("grant", policy, ctx.today());
    }
    boolean usedBefore =
        policy
            .previousProgram()
            .flatMap(
                previous ->
                    ctx.state()
                        .record(
                            RecordKey.manufacturer(previous, c.manufacturer()),
                            ManufacturerRecord.class))
            .map(ManufacturerRecord::usedPoints)
            .orElse(false);
    List<Rejection> failures =
        ManufacturerEligibility.check(policy, c.profile(), c.applicationDate(), usedBefore);
    if (!failures.isEmpty()) {
      return Context.refuseAll("manufacturer", c.manufacturer(), failures);
    }
    ManufacturerRecord before =
        ctx.manufacturer(c.manufacturer())
            .orElseGet(() -> ManufacturerRecord.empty(ctx.program().id(), c.manufacturer()));
    long after;
    try {
      after = Math.addExact(before.granted(), c.points());
    } catch (ArithmeticException e) {
      return refuseAs(RejectionCode.AMOUNT_OVERFLOW, "granted");
    }
    if (after > policy.grantCap()) {
      return refuseAs(
          RejectionCode.CAP_EXCEEDED,
          "grant",
          c.points(),
          c.manufacturer(),
          after,
          policy.grantCap(),
          before.granted(),
          policy.grantCap() - before.granted());
    }
    var pid = ctx.program().id();
    return ctx.accept(
        EntryType.GRANT,
        List.of(
            new Posting(AccountId.pool(pid), -c.points()),
            new Posting(AccountId.available(pid, c.manufacturer()), c.points())),
        grantRefs(c),
        List.of(before.withGranted(c.points())));
  }

  private static ImmutableMap<String, String> grantRefs(GrantPoints c) {
    ImmutableMap.Builder<String, String> refs =
        ImmutableSortedMap.<String, String>naturalOrder()
            .put(References.MANUFACTURER, c.manufacturer().value())
            .put(References.APPLIED_ON, c.applicationDate().toString())
            .put(References.PAID_IN_CAPITAL, Long.toString(c.profile().paidInCapital()))
            .put(References.EMPLOYEES, Integer.toString(c.profile().regularEmployees()))
            .put(References.FACTORY_REGISTRATION, c.profile().factoryRegistration().tag())
            .put(
                References.DECLARED_PRIOR_YEAR_USE,
                Boolean.toString(c.profile().declaredPriorYearUse()));
    for (int i = 0; i < c.documents().size(); i++) {
      refs.put(References.document(i + 1), c.documents().get(i).toString());
    }
    return refs.buildOrThrow();
  }
}
