package dev.pointsledger.core.supply;

import com.google.common.collect.ImmutableList;
import dev.pointsledger.core.error.Rejection;
import dev.pointsledger.core.error.RejectionCode;
import dev.pointsledger.core.id.RegistryForms;
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
    List<String> malformed =
        profile.businessItems().stream().filter(i -> !RegistryForms.isBusinessItemCode(i)).toList();
    if (!malformed.isEmpty()) {
      failures.add(Rejection.of(RejectionCode.INVALID_BUSINESS_ITEM, malformed));
    }
    if (Collections.disjoint(profile.businessItems(), policy.vendorBusinessItems())) {
      failures.add(
          Rejection.of(
              RejectionCode.INELIGIBLE_VENDOR_BUSINESS_ITEM,
              profile.businessItems(),
              policy.vendorBusinessItems()));
    }
    if (profile.paidInCapital() < policy.minVendorPaidInCapital()) {
      failures.add(
          Rejection.of(
              RejectionCode.INELIGIBLE_VENDOR_CAPITAL,
              profile.paidInCapital(),
              policy.minVendorPaidInCapital()));
    }
    flag(failures, profile.prcInvested(), RejectionCode.INELIGIBLE_VENDOR_PRC_INVESTED);
    flag(failures, profile.foreignBranch(), RejectionCode.INELIGIBLE_VENDOR_FOREIGN_BRANCH);
    flag(failures, !profile.provenSales(), RejectionCode.INELIGIBLE_VENDOR_NO_PROVEN_SALES);
    flag(failures, profile.governmentViolation(), RejectionCode.INELIGIBLE_VENDOR_VIOLATION);
    flag(failures, profile.unpaidTax(), RejectionCode.INELIGIBLE_VENDOR_UNPAID_TAX);
    flag(failures, profile.lawBreach(), RejectionCode.INELIGIBLE_VENDOR_LAW_BREACH);
    return failures.build();
  }

  private static void flag(
      ImmutableList.Builder<Rejection> failures, boolean failed, RejectionCode code) {
    if (failed) {
      failures.add(Rejection.of(code));
    }
  }
}
