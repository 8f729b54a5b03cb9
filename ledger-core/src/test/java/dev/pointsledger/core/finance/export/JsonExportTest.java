package dev.pointsledger.core.finance.export;

import static dev.pointsledger.core.testing.Fixtures.V1;
import static dev.pointsledger.core.testing.Fixtures.V2;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pointsledger.core.finance.DateRange;
import dev.pointsledger.core.finance.JournalSource;
import dev.pointsledger.core.finance.Reconciliation;
import dev.pointsledger.core.finance.ReconciliationReport;
import dev.pointsledger.core.finance.VendorLine;
import dev.pointsledger.core.finance.payout.PayoutFile;
import dev.pointsledger.core.finance.payout.PayoutFileReader;
import dev.pointsledger.core.finance.payout.PayoutMatch;
import dev.pointsledger.core.finance.payout.PayoutMatcher;
import dev.pointsledger.core.finance.payout.PayoutReadOptions;
import dev.pointsledger.core.testing.FinanceScenario;
import dev.pointsledger.core.testing.TestLedger;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonExportTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final TestLedger t = FinanceScenario.build();
  private final JournalSource source = JournalSource.now(t.ledger());
  private final ReconciliationReport report =
      Reconciliation.of(source, TestLedger.P2022, DateRange.all());

  static JsonNode json(ReportTables tables) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JsonExport.write(tables, out);
    return JSON.readTree(out.toByteArray());
  }

  @Test
  void aReconciliation_readsBackWithTheApisFigures_keyedByStableNames() throws IOException {
    JsonNode doc = json(FinanceTables.reconciliation(report));
    assertEquals("reconciliation", doc.get("report").asText());
    assertEquals(report.asOf(), doc.get("about").get("as_of").asLong());
    assertTrue(doc.get("about").get("ties_out").asBoolean());
    assertEquals("1900-01-01", doc.get("about").get("from").asText());
    JsonNode vendors = doc.get("tables").get("vendors");
    assertEquals(report.vendors().size(), vendors.size());
    for (int i = 0; i < vendors.size(); i++) {
      VendorLine v = report.vendors().get(i);
      JsonNode row = vendors.get(i);
      assertEquals(v.vendor().value(), row.get("vendor").asText());
      assertEquals(v.name(), row.get("name").asText());
      assertEquals(v.period().claimed(), row.get("claimed").asLong());
      assertEquals(v.outstanding(), row.get("outstanding").asLong());
      assertEquals(v.trace().lastSequence(), row.get("last_sequence").asLong());
    }
    JsonNode categories = doc.get("tables").get("categories");
    assertEquals(10, categories.size());
    assertEquals("PRODUCTION", categories.get(0).get("category").asText());
    JsonNode position = doc.get("tables").get("position");
    assertEquals("ISSUED", position.get(0).get("item").asText());
    assertEquals(300_000, position.get(0).get("closing").asLong());
  }

  @Test
  void aPayoutMatch_readsBackWithEveryOutcome() throws IOException {
    String csv =
        "vendor,amount,reference,date,claims\n"
            + V2
            + ",15000,PAY-002,111/10/02,CL2\n"
            + V1
            + ",1,PAY-003,111/10/02,CL3B\n"
            + V1
            + ",abc,PAY-004,111/10/02\n";
    PayoutFile file =
        PayoutFileReader.read(
            new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
            PayoutReadOptions.utf8());
    PayoutMatch match = PayoutMatcher.match(source, TestLedger.P2022, file);
    JsonNode doc = json(FinanceTables.payoutMatch(file, match));
    JsonNode payouts = doc.get("tables").get("payouts");
    assertEquals("MATCHED", payouts.get(0).get("outcome").asText());
    assertEquals("2022-10-02", payouts.get(0).get("payout_date").asText());
    assertEquals("PAID_NOT_APPROVED", payouts.get(1).get("outcome").asText());
    JsonNode bad = doc.get("tables").get("bad_rows").get(0);
    assertEquals(4, bad.get("line").asLong());
    assertEquals("NOT_A_NUMBER", bad.get("reason").asText());
    assertEquals(2, bad.get("column").asLong());
    assertEquals(1, doc.get("about").get("bad_rows").asLong());
  }
}
