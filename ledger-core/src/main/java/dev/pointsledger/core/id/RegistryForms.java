package dev.pointsledger.core.id;

import static java.util.Objects.requireNonNull;

/**
 * The forms of two identifiers the Taiwanese registries give, checked where the ledger takes them
 * (the checks of a Unified Business Number are {@link UnifiedBusinessNumbers}'):
 *
 * <ul>
 *   <li>a registered business item code (營業項目代碼), as the Ministry of Economic Affairs' company and
 *       business registration list them (公司行號營業項目代碼表): one capital letter for the industry's
 *       section and six digits, such as {@code I301010} (資訊軟體服務業);
 *   <li>a uniform invoice number (統一發票字軌號碼), as the Ministry of Finance's invoice rules (統一發票使用辦法)
 *       print it: a two-letter track (字軌) of capital letters and an eight-digit serial number, such
 *       as {@code AB12345678}.
 * </ul>
 *
 * <p>Only ASCII capital letters and digits count: a full-width {@code Ｉ３０１０１０} or a lower-case
 * {@code i301010} is refused, not silently normalised, so that the same item or invoice is never
 * written two ways.
 */
public final class RegistryForms {
  private RegistryForms() {}

  /**
   * Whether a text has the form of a registered business item code.
   *
   * @param text the text
   * @return true for one capital letter A-Z and six digits 0-9
   */
  public static boolean isBusinessItemCode(String text) {
    return letterThenDigits(text, 1, 6);
  }

  /**
   * Whether a text has the form of a uniform invoice number.
   *
   * @param text the text
   * @return true for two capital letters A-Z and eight digits 0-9
   */
  public static boolean isUniformInvoiceNumber(String text) {
    return letterThenDigits(text, 2, 8);
  }

  private static boolean letterThenDigits(String text, int letters, int digits) {
    requireNonNull(text, "text");
    if (text.length() != letters + digits) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean ok = i < letters ? c >= 'A' && c <= 'Z' : c >= '0' && c <= '9';
      if (!ok) {
        return false;
      }
    }
    return true;
  }
}
