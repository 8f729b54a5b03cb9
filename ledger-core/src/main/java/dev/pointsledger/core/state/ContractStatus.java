package dev.pointsledger.core.state;

import dev.pointsledger.core.id.StableTag;

/** Where a contract stands. */
public enum ContractStatus implements StableTag {
  /** Points reserved; no claim under review. */
  ACTIVE("ACTIVE"),
  /** The vendor's claim is under review. */
  CLAIM_PENDING("CLAIM_PENDING"),
  /** A claim was approved; the contract is done and any unclaimed rest was released. */
  CLOSED("CLOSED"),
  /** Cancelled before its end; its points went back to the manufacturer. */
  CANCELLED("CANCELLED"),
  /** Its reservation was reversed as booked in error. */
  REVERSED("REVERSED");

  private final String tag;

  ContractStatus(String tag) {
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
  public static ContractStatus fromTag(String tag) {
    return StableTag.fromTag(ContractStatus.class, tag);
  }
}
