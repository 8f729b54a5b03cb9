package dev.pointsledger.core.state;

import dev.pointsledger.core.id.StableTag;
import dev.pointsledger.core.text.Displayable;
import dev.pointsledger.core.text.Messages;
import java.util.Locale;
import java.util.ResourceBundle;

/** Where a contract stands. */
public enum ContractStatus implements StableTag, Displayable {
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

  private static final Messages NAMES =
      Messages.of("dev.pointsledger.core.state.Names", ResourceBundle::getBundle);

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

  /**
   * The status's name in a reader's language ({@code 履約中}); its {@link #tag()} stays the stored,
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
