package dev.pointsledger.examples.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pointsledger.core.query.PurchaseTotals;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;

/**
 * Finance's totals of what points bought ({@code LedgerView.purchasesByCategory} and {@code
 * purchasesByVendor}) as CSV and JSON.
 */
public final class PurchaseReport {
  /** The CSV header, in the order of {@link PurchaseTotals}' components. */
  public static final List<String> HEADER =
      List.of("heading", "contracts", "price", "points", "own_part", "claimed", "redeemed", "paid");

  private static final ObjectMapper JSON = new ObjectMapper();

  private PurchaseReport() {}

  /**
   * The totals as CSV, a header and one row per heading.
   *
   * @param totals the totals
   * @return the CSV text
   */
  public static String csv(List<PurchaseTotals> totals) {
    StringWriter out = new StringWriter();
    try {
      Csv.row(out, HEADER);
      for (PurchaseTotals t : totals) {
        Csv.row(
            out,
            List.of(
                t.heading(),
                t.contracts(),
                t.price(),
                t.points(),
                t.ownPart(),
                t.claimed(),
                t.redeemed(),
                t.paid()));
      }
    } catch (IOException impossible) {
      throw new IllegalStateException("writing to a string failed", impossible);
    }
    return out.toString();
  }

  /**
   * The totals as a JSON array of objects, pretty-printed.
   *
   * @param totals the totals
   * @return the JSON text
   */
  public static String json(List<PurchaseTotals> totals) {
    StringWriter text = new StringWriter();
    try (JsonGenerator g = JSON.getFactory().createGenerator(text).useDefaultPrettyPrinter()) {
      g.writeStartArray();
      for (PurchaseTotals t : totals) {
        g.writeStartObject();
        g.writeStringField("heading", t.heading());
        g.writeNumberField("contracts", t.contracts());
        g.writeNumberField("price", t.price());
        g.writeNumberField("points", t.points());
        g.writeNumberField("ownPart", t.ownPart());
        g.writeNumberField("claimed", t.claimed());
        g.writeNumberField("redeemed", t.redeemed());
        g.writeNumberField("paid", t.paid());
        g.writeEndObject();
      }
      g.writeEndArray();
    } catch (IOException impossible) {
      throw new IllegalStateException("writing to a string failed", impossible);
    }
    return text.toString() + System.lineSeparator();
  }
}
