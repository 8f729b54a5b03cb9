package dev.pointsledger.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pointsledger.core.Ledger;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The example app's tour runs to the end with a clean audit and shows the rules at work. */
class TourTest {
  @Test
  void tour_endsWithACleanAudit_andShowsEachRefusalWithItsRule() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Tour tour = new Tour(new PrintStream(bytes, true, StandardCharsets.UTF_8), false);
    boolean clean;
    try (Ledger ledger = Ledger.inMemory(tour.clock())) {
      clean = tour.run(ledger);
    }
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(clean, out);
    for (String expected :
        new String[] {
          "INELIGIBLE_VENDOR_BUSINESS_ITEM (R-V1)",
          "ILLEGAL_REVIEW_TRANSITION (R-V6)",
          "CAP_EXCEEDED (R-D2)",
          "INELIGIBLE_MANUFACTURER_SIZE (R-D1)",
          "MORE_THAN_HALF_OF_PRICE (R-P1)",
          "CONTRACT_NOT_ENDED (R-P3)",
          "DUPLICATE_ID_DIFFERENT_CONTENT",
          "a retry: the first outcome, nothing written",
          "granted 200,000 = available 0 + reserved 0 + claimed 0 + redeemed 120,000 + lapsed 80,000",
          "paid 120,000",
          "hash chain: intact, 17 entries",
          "民國 111-11-15"
        }) {
      assertTrue(out.contains(expected), () -> "missing '" + expected + "' in\n" + out);
    }
  }
}
