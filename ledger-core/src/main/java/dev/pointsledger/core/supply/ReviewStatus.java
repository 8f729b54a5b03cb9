package dev.pointsledger.core.supply;

import dev.pointsledger.core.id.StableTag;
import dev.pointsledger.core.text.Displayable;
import dev.pointsledger.core.text.Messages;
import java.util.Locale;
import java.util.ResourceBundle;

/** Where a solution stands in its review (R-V6); see {@link ReviewLifecycle} for the moves. */
public enum ReviewStatus implements StableTag, Displayable {
  /** Submitted by the vendor (送件). */
  SUBMITTED("SUBMITTED"),
  /** Under qualification review (資格審). */
  QUALIFICATION_REVIEW("QUALIFICATION_REVIEW"),
  /** Documents missing: the vendor must supplement them by a deadline (補件). */
  SUPPLEMENT_REQUESTED("SUPPLEMENT_REQUESTED"),
  /** Under technical review: document review, then a meeting of reviewers (技術審查). */
  TECHNICAL_REVIEW("TECHNICAL_REVIEW"),
  /** Approved by the agency (核定). */
  APPROVED("APPROVED"),
  /** Announced and listed: purchasable from the announcement to the listing's end (公告). */
  LISTED("LISTED"),
  /** Rejected: incomplete, ineligible, failed review, or a supplement deadline lapsed. */
  REJECTED("REJECTED"),
  /** Withdrawn by the vendor, or delisted. */
  WITHDRAWN("WITHDRAWN");

  private static final Messages NAMES =
      Messages.of("dev.pointsledger.core.supply.Names", ResourceBundle::getBundle);

  private final String tag;

  ReviewStatus(String tag) {
    this.tag = tag;
  }

  /**
   * Whether no further move is possible.
   *
   * @return true for {@link #REJECTED} and {@link #WITHDRAWN}
   */
  public boolean terminal() {
    return this == REJECTED || this == WITHDRAWN;
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
  public static ReviewStatus fromTag(String tag) {
    return StableTag.fromTag(ReviewStatus.class, tag);
  }

  /**
   * The status's name in a reader's language ({@code 已公告上架}); its {@link #tag()} stays the stored,
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
