package dev.pointsledger.core.finance.export;

import static dev.pointsledger.core.testing.Fixtures.V1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pointsledger.core.account.AccountId;
import dev.pointsledger.core.command.ReverseEntry;
import dev.pointsledger.core.finance.DateRange;
import dev.pointsledger.core.finance.JournalSource;
import dev.pointsledger.core.id.VendorId;
import dev.pointsledger.core.journal.JournalEntry;
import dev.pointsledger.core.testing.FinanceScenario;
import dev.pointsledger.core.testing.Fixtures;
import dev.pointsledger.core.testing.TestLedger;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JournalExportTest {
  private final TestLedger t = FinanceScenario.build();
  private final JournalSource source = JournalSource.now(t.ledger());

  @Test
  void jsonLines_holdEveryEntry_oneALine_withItsSequenceIdAndHash() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JournalExport.jsonLines(source, Optional.empty(), DateRange.all(), out);
    String text = out.toString(StandardCharsets.UTF_8);
    assertTrue(text.endsWith("\n"));
    String[] lines = text.split("\n");
    List<JournalEntry> entries = t.ledger().now().entries(1, 10_000);
    assertEquals(entries.size(), lines.length);
    ObjectMapper json = new ObjectMapper();
    for (int i = 0; i < lines.length; i++) {
      JsonNode node = json.readTree(lines[i]);
      JournalEntry e = entries.get(i);
      assertEquals(e.sequence(), node.get("sequence").asLong());
      assertEquals(e.id().value(), node.get("id").asText());
      assertEquals(e.hash().hex(), node.get("hash").asText());
      assertEquals(e.previousHash().hex(), node.get("previousHash").asText());
      assertEquals(e.postings().size(), node.get("postings").size());
      long sum = 0;
      for (JsonNode p : node.get("postings")) {
        sum += p.get("amount").asLong();
      }
      assertEquals(0, sum, "every entry balances");
    }
  }

  @Test
  void jsonLines_keepChineseTextAsUtf8() throws IOException {
    t.run(new ReverseEntry(Fixtures.e("rev-s1"), TestLedger.P2022, Fixtures.e("s1"), "撥款退回：帳號錯誤"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JournalExport.jsonLines(
        JournalSource.now(t.ledger()), Optional.of(TestLedger.P2022), DateRange.all(), out);
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("\"reason\":\"撥款退回：帳號錯誤\""));
  }

  @Test
  void theJournalCsv_hasOneRowPerPosting_whoseSumsAreTheBalances() throws IOException {
    Table journal = JournalExport.table(source, Optional.of(TestLedger.P2022), DateRange.all());
    String csv = CsvExportTest.text(CsvExportTest.csv(journal, ExportOptions.defaults()));
    List<List<String>> rows = CsvExportTest.withCommons(csv);
    assertEquals(CsvExportTest.withJackson(csv), rows);
    List<String> heading = rows.get(0);
    int type = heading.indexOf("Account type");
    int holder = heading.indexOf("Holder");
    int amount = heading.indexOf("Amount");
    long paidV1 = 0;
    long postings = 0;
    for (List<String> r : rows.subList(1, rows.size())) {
      if (!r.get(amount).isEmpty()) {
        postings++;
      }
      if (r.get(type).equals("PAID") && r.get(holder).equals(V1)) {
        paidV1 += Long.parseLong(r.get(amount));
      }
    }
    assertEquals(
        t.ledger().now().balance(AccountId.paid(TestLedger.P2022, VendorId.of(V1))), paidV1);
    long expected =
        t.ledger().now().entries(1, 10_000).stream().mapToLong(e -> e.postings().size()).sum();
    assertEquals(expected, postings);
  }

  @Test
  void aRange_keepsOnlyItsBusinessDates() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JournalExport.jsonLines(
        source,
        Optional.of(TestLedger.P2022),
        DateRange.of(FinanceScenario.OCT_1, FinanceScenario.OCT_1),
        out);
    String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
    assertEquals(1, lines.length);
    assertTrue(lines[0].contains("\"type\":\"SETTLE\""));
  }
}
