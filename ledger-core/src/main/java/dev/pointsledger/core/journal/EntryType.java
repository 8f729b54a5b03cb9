package dev.pointsledger.core.journal;

/**
 * What an entry records; each command makes entries of exactly one type.
 *
 * <p>Point entries ({@link #movesPoints()}) are double entry: two or more postings that sum to
 * zero. Registry entries record a decision of the program's supply side (a vendor registered, a
 * solution submitted, reviewed, listed) and carry no postings; they share the journal so that
 * they are as idempotent, dated, attributed and tamper-evident as every movement of points.
 */
public enum EntryType {
  /** Pool to a manufacturer's available points (R-D1..R-D4). */
  GRANT,
  /** Available points to a contract's reserved points, on purchase (R-P1, R-V3, R-V4). */
  RESERVE,
  /** A cancelled contract's reserved points back to available. */
  CANCEL,
  /** A vendor's claim: reserved points to claimed, after the contract ends (R-P3, R-P4). */
  CLAIM,
  /** An approved claim: claimed points to the vendor's payable; any unclaimed rest released. */
  APPROVE,
  /** A rejected claim: claimed points back to reserved, so the vendor may claim again. */
  REJECT,
  /** A payout: a vendor's payable to paid, with the payout's reference. */
  SETTLE,
  /** A manufacturer's unused points to lapsed, after the program's end. */
  LAPSE,
  /** The exact opposite of an earlier entry, which it names. */
  REVERSE,
  /** Registry: a vendor qualified and registered in a program (R-V1). */
  VENDOR_REGISTERED(false),
  /** Registry: a solution submitted for review (R-V2..R-V5). */
  SOLUTION_SUBMITTED(false),
  /** Registry: a step of a solution's review lifecycle (R-V6). */
  SOLUTION_REVIEWED(false),
  /** Registry: a previous year's listed solution carried over without a new review (R-V5). */
  SOLUTION_CARRIED_OVER(false);

  private final boolean movesPoints;

  EntryType() {
    this(true);
  }

  EntryType(boolean movesPoints) {
    this.movesPoints = movesPoints;
  }

  /**
   * Whether entries of this type move points (and so carry two or more balanced postings), or
   * record a registry decision (and carry none).
   *
   * @return true for point entries
   */
  public boolean movesPoints() {
    return movesPoints;
  }
}
