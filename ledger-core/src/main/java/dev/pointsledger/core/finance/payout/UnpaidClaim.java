package dev.pointsledger.core.finance.payout;

import static java.util.Objects.requireNonNull;

import dev.pointsledger.core.id.ClaimId;
import dev.pointsledger.core.id.ContractId;
import dev.pointsledger.core.id.VendorId;
import java.time.LocalDate;

/**
 * An approved claim that no payout of the file pays ({@link PayoutOutcome#APPROVED_UNPAID}).
 *
 * @param claim the claim
 * @param vendor its vendor
 * @param contract its contract
 * @param amount its points
 * @param filedOn the day it was filed
 */
public record UnpaidClaim(
    ClaimId claim, VendorId vendor, ContractId contract, long amount, LocalDate filedOn) {
  /**
   * Checks the parts are present.
   *
   * @param claim the claim
   * @param vendor its vendor
   * @param contract its contract
   * @param amount its points
   * @param filedOn the day it was filed
   */
  public UnpaidClaim {
    requireNonNull(claim, "claim");
    requireNonNull(vendor, "vendor");
    requireNonNull(contract, "contract");
    requireNonNull(filedOn, "filedOn");
  }
}
