package dev.pointsledger.core.finance.payout;

/** What the matcher found for a payout, or for an approved claim no payout paid. */
public enum PayoutOutcome {
  /** The payout pays approved claims of its vendor, for exactly their points. */
  MATCHED,
  /** The payout pays something that is not an approved claim of its vendor. */
  PAID_NOT_APPROVED,
  /** An approved claim no payout of the file pays. */
  APPROVED_UNPAID,
  /** The payout's amount is not the points of the approved claims it would pay. */
  AMOUNT_MISMATCH,
  /**
   * The payout repeats a payout reference or a claim of an earlier line, or pays again a claim
   * already paid under another reference.
   */
  DUPLICATE
}
