package dev.pointsledger.core.supply;

/** Where a solution stands in its review (R-V6); see {@link ReviewLifecycle} for the moves. */
public enum ReviewStatus {
  /** Submitted by the vendor (送件). */
  SUBMITTED,
  /** Under qualification review (資格審). */
  QUALIFICATION_REVIEW,
  /** Documents missing: the vendor must supplement them by a deadline (補件). */
  SUPPLEMENT_REQUESTED,
  /** Under technical review: document review, then a meeting of reviewers (技術審查). */
  TECHNICAL_REVIEW,
  /** Approved by the agency (核定). */
  APPROVED,
  /** Announced and listed: purchasable from the announcement to the listing's end (公告). */
  LISTED,
  /** Rejected: incomplete, ineligible, failed review, or a supplement deadline lapsed. */
  REJECTED,
  /** Withdrawn by the vendor, or delisted. */
  WITHDRAWN;

  /**
   * Whether no further move is possible.
   *
   * @return true for {@link #REJECTED} and {@link #WITHDRAWN}
   */
  public boolean terminal() {
    return this == REJECTED || this == WITHDRAWN;
  }
}
