package dev.pointsledger.core.state;

import dev.pointsledger.core.id.StableTag;

/** Where a vendor's claim stands. */
public enum ClaimStatus implements StableTag {
  /** Filed, under review by the office. */
  PENDING("PENDING"),
  /** Approved: its points are payable to the vendor. */
  APPROVED("APPROVED"),
  /** Rejected: its points went back to the contract, which may be claimed again. */
  REJECTED("REJECTED"),
  /** Paid out. */
  SETTLED("SETTLED");

  private final String tag;

  ClaimStatus(String tag) {
    this.tag = tag;
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
  public static ClaimStatus fromTag(String tag) {
    return StableTag.fromTag(ClaimStatus.class, tag);
  }
}
