package dev.pointsledger.core.query;

import dev.pointsledger.core.text.Displayable;
import dev.pointsledger.core.text.Messages;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The headings of the finance reports' columns ({@link PurchaseTotals}), each with its name in a
 * reader's language: {@code 自籌款（新臺幣）} for the manufacturer's own part, {@code 數位點數} for the points.
 */
public enum ReportColumn implements Displayable {
  /** The row's category (R-V2), for the report by category. */
  CATEGORY,
  /** The row's vendor, for the report by vendor. */
  VENDOR,
  /** {@link PurchaseTotals#contracts()}. */
  CONTRACTS,
  /** {@link PurchaseTotals#price()}. */
  PRICE,
  /** {@link PurchaseTotals#points()}. */
  POINTS,
  /** {@link PurchaseTotals#ownPart()}: the self-funded part (自籌款). */
  OWN_PART,
  /** {@link PurchaseTotals#claimed()}. */
  CLAIMED,
  /** {@link PurchaseTotals#redeemed()}: points whose claim was approved (核銷). */
  REDEEMED,
  /** {@link PurchaseTotals#paid()}. */
  PAID;

  private static final Messages NAMES =
      Messages.of("dev.pointsledger.core.query.Names", ResourceBundle::getBundle);

  /**
   * The heading in a reader's language.
   *
   * @param locale the reader's locale
   * @return the heading
   */
  @Override
  public String displayName(Locale locale) {
    return NAMES.name(this, locale);
  }
}
