package dev.pointsledger.core.journal;

import dev.pointsledger.core.id.StableTag;

/**
 * What an entry records; each command makes entries of exactly one type.
 *
 * <p>Point entries ({@link #movesPoints()}) are double entry: two or more postings that sum to
 * zero. Registry entries record a decision of the program's supply side (a vendor registered, a
 * solution submitted, reviewed, listed) and carry no postings; they share the journal so that
 * they are as idempotent, dated, attributed and tamper-evident as every movement of points.
 */
public enum EntryType implements StableTag {
  /** Pool to a manufacturer's available points (R-D1..R-D4). */
  GRANT("GRANT"),
  /** Available points to a contract's reserved points, on purchase (R-P1, R-V3, R-V4). */
  RESERVE("RESERVE"),
  /** A cancelled contract's reserved points back to available. */
  CANCEL("CANCEL"),
  /** A vendor's claim: reserved points to claimed, after the contract ends (R-P3, R-P4). */
  CLAIM("CLAIM"),
  /** An approved claim: claimed points to the vendor's payable; any unclaimed rest released. */
  APPROVE("APPROVE"),
  /** A rejected claim: claimed points back to reserved, so the vendor may claim again. */
  REJECT("REJECT"),
  /** A payout: a vendor's payable to paid, with the payout's reference. */
  SETTLE("SETTLE"),
  /** A manufacturer's unused points to lapsed, after the program's end. */
  LAPSE("LAPSE"),
  /** The exact opposite of an earlier entry, which it names. */
  REVERSE("REVERSE"),
  /** Registry: a vendor qualified and registered in a program (R-V1). */
  VENDOR_REGISTERED("VENDOR_REGISTERED", false),
  /** Registry: a solution submitted for review (R-V2..R-V5). */
  SOLUTION_SUBMITTED("SOLUTION_SUBMITTED", false),
  /** Registry: a step of a solution's review lifecycle (R-V6). */
  SOLUTION_REVIEWED("SOLUTION_REVIEWED", false),
  /** Registry: a previous year's listed solution carried over without a new review (R-V5). */
  SOLUTION_CARRIED_OVER("SOLUTION_CARRIED_OVER", false),
  /** Registry: a program defined with its policy, which never changes after. */
  PROGRAM_DEFINED("PROGRAM_DEFINED", false);

  private final String tag;

  private final boolean movesPoints;

  EntryType(String tag) {
    this(tag, true);
  }

  EntryType(String tag, boolean movesPoints) {
    this.tag = tag;
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

  /**
   * The constant's tag in the stored format (hashes, fingerprints, stored rows); it stays when
   * the constant is renamed.
   *
   * @return the tag
   */
  @Override
  public String tag() {
    return tag;
  }

  /**
   * The constant with a tag.
   *
   * @param tag the tag
   * @return the constant
   * @throws IllegalArgumentException if no constant has that tag
   */
  public static EntryType fromTag(String tag) {
    return StableTag.fromTag(EntryType.class, tag);
  }
}
