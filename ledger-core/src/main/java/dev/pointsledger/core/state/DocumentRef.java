package dev.pointsledger.core.state;

import dev.pointsledger.core.id.Ids;
import java.util.Locale;

/**
 * A reference to a claim document (R-P4): never the file, only its kind and number, such as an
 * invoice number or a contract number.
 *
 * @param kind what the document is ({@code invoice}, {@code contract}, {@code acceptance}, ...)
 * @param number its number or other identifier
 */
public record DocumentRef(String kind, String number) {
  /**
   * Checks both parts are valid identifiers.
   *
   * @param kind what the document is ({@code invoice}, {@code contract}, {@code acceptance}, ...)
   * @param number its number or other identifier
   * @throws IllegalArgumentException if a part is blank, too long, holds control characters or a lone surrogate
   */
  public DocumentRef {
    Ids.check(kind, "document kind");
    Ids.check(number, "document number");
  }

  /**
   * An invoice's number.
   *
   * @param number the invoice number
   * @return the reference
   */
  public static DocumentRef invoice(String number) {
    return new DocumentRef("invoice", number);
  }

  /**
   * Whether this is an invoice's reference: its kind is {@code invoice}, in any case and with any
   * surrounding spaces, so that an invoice cannot escape the checks of its number by a kind
   * spelled {@code Invoice}.
   *
   * @return true for an invoice
   */
  public boolean refersToAnInvoice() {
    return "invoice".equals(kind.strip().toLowerCase(Locale.ROOT));
  }

  /**
   * Parses the {@code kind:number} form used in entry references.
   *
   * @param text the text
   * @return the reference
   * @throws IllegalArgumentException if there is no colon
   */
  public static DocumentRef parse(String text) {
    int colon = text.indexOf(':');
    if (colon < 0) {
      throw new IllegalArgumentException("a document reference reads kind:number: " + text);
    }
    return new DocumentRef(text.substring(0, colon), text.substring(colon + 1));
  }

  @Override
  public String toString() {
    return kind + ":" + number;
  }
}
