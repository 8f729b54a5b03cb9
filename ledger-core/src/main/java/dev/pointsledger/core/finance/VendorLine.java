package dev.pointsledger.core.finance;

import static java.util.Objects.requireNonNull;

import dev.pointsledger.core.id.VendorId;

/**
 * A vendor's (資服業者) points: what moved on its contracts and payables over the range and up to its
 * end, and its payable and paid balances at the end.
 *
 * @param vendor the vendor
 * @param name its registered name, empty if it never registered
 * @param period the figures over the range
 * @param toDate the figures up to the range's last day
 * @param payable its payable balance at the end, from the postings
 * @param paid its paid balance at the end, from the postings
 * @param trace the movements behind {@code period}
 */
public record VendorLine(
    VendorId vendor,
    String name,
    Figures period,
    Figures toDate,
    long payable,
    long paid,
    Trace trace) {
  /**
   * Checks the parts are present.
   *
   * @param vendor the vendor
   * @param name its registered name, empty if it never registered
   * @param period the figures over the range
   * @param toDate the figures up to the range's last day
   * @param payable its payable balance at the end, from the postings
   * @param paid its paid balance at the end, from the postings
   * @param trace the movements behind {@code period}
   */
  public VendorLine {
    requireNonNull(vendor, "vendor");
    requireNonNull(name, "name");
    requireNonNull(period, "period");
    requireNonNull(toDate, "toDate");
    requireNonNull(trace, "trace");
  }

  /**
   * Approved points not yet paid at the range's end: what the office owes the vendor.
   *
   * @return the points outstanding
   */
  public long outstanding() {
    return toDate.outstanding();
  }
}
