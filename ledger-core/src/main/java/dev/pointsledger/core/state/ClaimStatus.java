package dev.pointsledger.core.state;

import dev.pointsledger.core.id.StableTag;
import dev.pointsledger.core.text.Displayable;
import dev.pointsledger.core.text.Messages;
import java.util.Locale;
import java.util.ResourceBundle;

/** Where a vendor's claim stands. */
public enum ClaimStatus implements StableTag, Displayable {
  /** Filed, under review by the office. */
  PENDING("PENDING"),
  /** Approved: its points are payable to the vendor. */
  APPROVED("APPROVED"),
  /** Rejected: its points went back to the contract, which may be claimed again. */
  REJECTED("REJECTED"),
  /** Paid out. */
  SETTLED("SETTLED");

  private static final Messages NAMES =
      Messages.of("dev.pointsledger.core.state.Names", ResourceBundle::getBundle);

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

  /**
   * The status's name in a reader's language ({@code 已核准}); its {@link #tag()} stays the stored,
   * language-free code.
   *
   * @param locale the reader's locale
   * @return the name
   */
  @Override
  public String displayName(Locale locale) {
    return NAMES.name(this, locale);
  }
}
