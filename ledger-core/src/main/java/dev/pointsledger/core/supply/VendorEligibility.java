package dev.pointsledger.core.supply;

import com.google.common.collect.ImmutableList;
import dev.pointsledger.core.error.Rejection;
import dev.pointsledger.core.error.RejectionCode;
import dev.pointsledger.core.program.ProgramPolicy;
import java.util.Collections;
import java.util.List;

/**
 * The one place that decides whether a vendor may list solutions (R-V1). It lists every failed
 * criterion with its code, not only the first.
 */
public final class VendorEligibility {
  private VendorEligibility() {}

  /**
   * Checks a vendor's profile against a policy.
   *
   * @param policy the program's policy
   * @param profile what the vendor declares
   * @return every failed criterion; empty when eligible
   */
  public static List<Rejection> check(ProgramPolicy policy, VendorProfile profile) {
    ImmutableList.Builder<Rejection> failures = ImmutableList.builder();
    if (Collections.disjoint(profile.businessItems(), policy.vendorBusinessItems())) {
      failures.add(
          new Rejection(
              RejectionCode.INELIGIBLE_VENDOR_BUSINESS_ITEM,
              "registered business items "
                  + profile.businessItems()
                  + " include none of "
                  + policy.vendorBusinessItems()));
    }
    if (profile.paidInCapital() < policy.minVendorPaidInCapital()) {
      failures.add(
          new Rejection(
              RejectionCode.INELIGIBLE_VENDOR_CAPITAL,
              String.format(
                  "paid-in capital NTD %,d is below NTD %,d",
                  profile.paidInCapital(),
                  policy.minVendorPaidInCapital())));
    }
    flag(failures, profile.prcInvested(), RejectionCode.INELIGIBLE_VENDOR_PRC_INVESTED,
        "the vendor is PRC-invested");
    flag(failures, profile.foreignBranch(), RejectionCode.INELIGIBLE_VENDOR_FOREIGN_BRANCH,
        "the vendor is a Taiwan branch of a foreign company");
    flag(failures, !profile.provenSales(), RejectionCode.INELIGIBLE_VENDOR_NO_PROVEN_SALES,
        "the vendor has no proven sales of the solution");
    flag(failures, profile.governmentViolation(), RejectionCode.INELIGIBLE_VENDOR_VIOLATION,
        "the vendor has a violation or suspension in government programs");
    flag(failures, profile.unpaidTax(), RejectionCode.INELIGIBLE_VENDOR_UNPAID_TAX,
        "the vendor owes tax");
    flag(failures, profile.lawBreach(), RejectionCode.INELIGIBLE_VENDOR_LAW_BREACH,
        "the vendor has breached the law");
    return failures.build();
  }

  private static void flag(
      ImmutableList.Builder<Rejection> failures,
      boolean failed,
      RejectionCode code,
      String message) {
    if (failed) {
      failures.add(new Rejection(code, message));
    }
  }
}
