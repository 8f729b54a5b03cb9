package dev.pointsledger.core.program;

import com.google.common.collect.ImmutableList;
import dev.pointsledger.core.error.Rejection;
import dev.pointsledger.core.error.RejectionCode;
import java.time.LocalDate;
import java.util.List;

/**
 * The one place that decides whether a manufacturer may be granted points: R-D1 (size, factory
 * registration), R-D3 (no use of the previous year's points) and R-D4 (application window). It
 * lists every failed criterion, not only the first.
 */
public final class ManufacturerEligibility {
  private ManufacturerEligibility() {}

  /**
   * Checks an application against a policy.
   *
   * @param policy the program's policy
   * @param profile what the manufacturer declares
   * @param applicationDate the day the manufacturer applied
   * @param usedPreviousProgramPerLedger whether the ledger itself saw the manufacturer use the
   *     previous program's points (false when that program is not in the ledger)
   * @return every failed criterion with its rule; empty when eligible
   */
  public static List<Rejection> check(
      ProgramPolicy policy,
      ManufacturerProfile profile,
      LocalDate applicationDate,
      boolean usedPreviousProgramPerLedger) {
    ImmutableList.Builder<Rejection> failures = ImmutableList.builder();
    boolean smallByCapital = profile.paidInCapital() <= policy.maxManufacturerPaidInCapital();
    boolean smallByStaff = profile.regularEmployees() <= policy.maxManufacturerEmployees();
    if (!smallByCapital && !smallByStaff) {
      failures.add(
          Rejection.of(
              RejectionCode.INELIGIBLE_MANUFACTURER_SIZE,
              profile.paidInCapital(),
              policy.maxManufacturerPaidInCapital(),
              profile.regularEmployees(),
              policy.maxManufacturerEmployees()));
    }
    if (profile.factoryRegistration() == FactoryRegistration.NONE) {
      failures.add(Rejection.of(RejectionCode.INELIGIBLE_NO_FACTORY_REGISTRATION));
    }
    if (profile.declaredPriorYearUse() || usedPreviousProgramPerLedger) {
      failures.add(
          usedPreviousProgramPerLedger
              ? Rejection.variant(
                  RejectionCode.INELIGIBLE_PRIOR_YEAR_USE,
                  "ledger",
                  policy.previousProgram().orElseThrow())
              : Rejection.variant(RejectionCode.INELIGIBLE_PRIOR_YEAR_USE, "declared"));
    }
    if (applicationDate.isBefore(policy.grantApplicationsFrom())
        || applicationDate.isAfter(policy.grantApplicationsUntil())) {
      failures.add(
          Rejection.of(
              RejectionCode.APPLICATION_WINDOW_CLOSED,
              applicationDate,
              policy.grantApplicationsFrom(),
              policy.grantApplicationsUntil()));
    }
    return failures.build();
  }
}
