package dev.pointsledger.core.state;

/** Where a vendor's claim stands. */
public enum ClaimStatus {
  /** Filed, under review by the office. */
  PENDING,
  /** Approved: its points are payable to the vendor. */
  APPROVED,
  /** Rejected: its points went back to the contract, which may be claimed again. */
  REJECTED,
  /** Paid out. */
  SETTLED
}
