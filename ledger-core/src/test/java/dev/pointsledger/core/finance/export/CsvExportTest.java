package dev.pointsledger.core.finance.export;

import static dev.pointsledger.core.testing.Fixtures.V1;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.pointsledger.core.finance.DateRange;
import dev.pointsledger.core.finance.JournalSource;
import dev.pointsledger.core.finance.Measure;
import dev.pointsledger.core.finance.Reconciliation;
import dev.pointsledger.core.finance.ReconciliationReport;
import dev.pointsledger.core.finance.VendorLine;
import dev.pointsledger.core.finance.payout.PayoutFile;
import dev.pointsledger.core.finance.payout.PayoutFileReader;
import dev.pointsledger.core.finance.payout.PayoutLine;
import dev.pointsledger.core.finance.payout.PayoutMatch;
import dev.pointsledger.core.finance.payout.PayoutMatcher;
import dev.pointsledger.core.finance.payout.PayoutReadOptions;
import dev.pointsledger.core.testing.FinanceScenario;
import dev.pointsledger.core.testing.TestLedger;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvExportTest {
  private final TestLedger t = FinanceScenario.build();
  private final JournalSource source = JournalSource.now(t.ledger());
  private final ReconciliationReport report =
      Reconciliation.of(source, TestLedger.P2022, DateRange.all());
  private final ReportTables tables = FinanceTables.reconciliation(report);

  static byte[] csv(Table table, ExportOptions options) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CsvExport.write(table, out, options);
    return out.toByteArray();
  }

  /** Strips the UTF-8 byte order mark, checking it is there. */
  static String text(byte[] bytes) {
    assertArrayEquals(
        new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3), "a BOM");
    return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
  }

  /** Reads CSV with Jackson, the library that wrote it. */
  static List<List<String>> withJackson(String csv) throws IOException {
    CsvMapper mapper = new CsvMapper();
    mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
    List<List<String>> rows = new ArrayList<>();
    try (MappingIterator<List<String>> it =
        mapper
            .readerForListOf(String.class)
            .with(CsvSchema.emptySchema())
            .readValues(new StringReader(csv))) {
      while (it.hasNext()) {
        rows.add(it.next());
      }
    }
    return rows;
  }

  /** Reads CSV with Apache Commons CSV, another parser. */
  static List<List<String>> withCommons(String csv) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    for (CSVRecord r : CSVFormat.RFC4180.parse(new StringReader(csv))) {
      rows.add(r.toList());
    }
    return rows;
  }

  @Test
  void theVendorsTable_readsBackTheSame_withBothParsers_andHasTheApisFigures() throws IOException {
    String csv = text(csv(tables.table("vendors"), ExportOptions.defaults()));
    List<List<String>> jackson = withJackson(csv);
    List<List<String>> commons = withCommons(csv);
    assertEquals(jackson, commons);
    List<String> heading = jackson.get(0);
    assertEquals("Vendor", heading.get(0));
    assertEquals(report.vendors().size() + 1, jackson.size());
    for (int i = 0; i < report.vendors().size(); i++) {
      VendorLine v = report.vendors().get(i);
      List<String> row = jackson.get(i + 1);
      assertEquals(v.vendor().value(), row.get(heading.indexOf("Vendor")));
      assertEquals(v.name(), row.get(heading.indexOf("Name")));
      assertEquals(Long.toString(v.period().reserved()), row.get(heading.indexOf("Reserved")));
      assertEquals(Long.toString(v.period().claimed()), row.get(heading.indexOf("Claimed")));
      assertEquals(Long.toString(v.period().approved()), row.get(heading.indexOf("Approved")));
      assertEquals(Long.toString(v.period().rejected()), row.get(heading.indexOf("Rejected")));
      assertEquals(Long.toString(v.period().settled()), row.get(heading.indexOf("Settled")));
      assertEquals(Long.toString(v.outstanding()), row.get(heading.indexOf("Outstanding")));
      assertEquals(
          Long.toString(v.trace().firstSequence()), row.get(heading.indexOf("First entry #")));
    }
  }

  @Test
  void aPayoutMatch_readsBackWithBothParsers_withItsOutcomesInChinese() throws IOException {
    PayoutFile file =
        PayoutFileReader.read(
            new ByteArrayInputStream(
                (FinanceScenario.PAYOUT_FILE + V1 + ",abc,PAY-9,111/10/02\n")
                    .getBytes(StandardCharsets.UTF_8)),
            PayoutReadOptions.utf8());
    PayoutMatch match = PayoutMatcher.match(source, TestLedger.P2022, file);
    ReportTables report = FinanceTables.payoutMatch(file, match);
    ExportOptions zh = ExportOptions.defaults().withLocale(ExportOptions.TAIWAN);
    String payouts = text(csv(report.table("payouts"), zh));
    List<List<String>> rows = withCommons(payouts);
    assertEquals(withJackson(payouts), rows);
    assertEquals(match.lines().size() + 1, rows.size());
    List<String> heading = rows.get(0);
    for (int i = 0; i < match.lines().size(); i++) {
      PayoutLine line = match.lines().get(i);
      List<String> row = rows.get(i + 1);
      assertEquals(Long.toString(line.row().line()), row.get(heading.indexOf("列號")));
      assertEquals(Long.toString(line.row().amount()), row.get(heading.indexOf("金額")));
      assertEquals(
          FinanceText.of(ExportOptions.TAIWAN).label(line.outcome()),
          row.get(heading.indexOf("比對結果")));
    }
    assertEquals("相符", rows.get(1).get(heading.indexOf("比對結果")));
    assertEquals("已撥款但未核銷通過", rows.get(2).get(heading.indexOf("比對結果")));
    List<List<String>> bad = withCommons(text(csv(report.table("bad_rows"), zh)));
    assertEquals(List.of("5", "金額非整數", "2", "abc", V1 + " | abc | PAY-9 | 111/10/02"), bad.get(1));
    List<List<String>> unpaid = withCommons(text(csv(report.table("unpaid_claims"), zh)));
    assertEquals(match.unpaid().size() + 1, unpaid.size());
  }

  @Test
  void aNameWithACommaAndQuotes_isQuoted_andReadsBackIntact() throws IOException {
    String csv = text(csv(tables.table("vendors"), ExportOptions.defaults()));
    assertTrue(csv.contains("\"雲端資服, \"\"第一\"\" 股份有限公司\""), csv);
    assertTrue(withCommons(csv).stream().anyMatch(r -> r.contains(FinanceScenario.V2_NAME)));
  }

  @Test
  void inTraditionalChinese_headingsAndLabelsUseTheProgramsWords() throws IOException {
    ExportOptions zh = ExportOptions.defaults().withLocale(ExportOptions.TAIWAN);
    List<List<String>> vendors = withCommons(text(csv(tables.table("vendors"), zh)));
    assertEquals("資服業者", vendors.get(0).get(0));
    assertTrue(vendors.get(0).contains("申請核銷"), vendors.get(0).toString());
    List<List<String>> program = withCommons(text(csv(tables.table("program"), zh)));
    assertEquals(List.of("異動類型", "期間內", "累計"), program.get(0));
    assertEquals("核銷通過", program.get(1 + Measure.APPROVED.ordinal()).get(0));
    assertEquals(
        Long.toString(report.totals().period().approved()),
        program.get(1 + Measure.APPROVED.ordinal()).get(1));
    List<List<String>> categories = withCommons(text(csv(tables.table("categories"), zh)));
    assertEquals("1 產-生產與作業管理", categories.get(1).get(1));
    assertEquals(11, categories.size());
    List<List<String>> position = withCommons(text(csv(tables.table("position"), zh)));
    assertEquals(List.of("已核發數位點數", "0", "300000"), position.get(1));
  }

  @Test
  void datesAreIso_orMinguoWhenAsked() throws IOException {
    Table movements = FinanceTables.movements(source, TestLedger.P2022, DateRange.all());
    String iso = text(csv(movements, ExportOptions.defaults()));
    assertTrue(iso.contains(",2022-09-01,"), iso);
    String minguo =
        text(
            csv(
                movements,
                ExportOptions.defaults()
                    .withLocale(ExportOptions.TAIWAN)
                    .withDates(ExportOptions.DateStyle.MINGUO)));
    assertTrue(minguo.contains(",民國 111-09-01,"), minguo);
    String roc =
        text(csv(movements, ExportOptions.defaults().withDates(ExportOptions.DateStyle.MINGUO)));
    assertTrue(roc.contains(",ROC 111-09-01,"), roc);
  }

  @Test
  void theByteOrderMark_canBeLeftOut() throws IOException {
    byte[] bytes = csv(tables.table("position"), ExportOptions.defaults().withByteOrderMark(false));
    assertEquals('I', bytes[0]);
  }

  @Test
  void textASpreadsheetWouldRunAsAFormula_isGuarded_unlessTurnedOff() throws IOException {
    Table hostile =
        Table.of(
            "discrepancies",
            List.of(
                Column.of("where", Column.Type.TEXT), Column.of("expected", Column.Type.AMOUNT)),
            List.of(List.of("=HYPERLINK(\"http://x\")", -5L), List.of("@SUM(A1)", 1L)));
    List<List<String>> rows = withCommons(text(csv(hostile, ExportOptions.defaults())));
    assertEquals("'=HYPERLINK(\"http://x\")", rows.get(1).get(0));
    assertEquals("-5", rows.get(1).get(1), "numbers are never guarded");
    assertEquals("'@SUM(A1)", rows.get(2).get(0));
    List<List<String>> raw =
        withCommons(text(csv(hostile, ExportOptions.defaults().withGuardFormulas(false))));
    assertEquals("=HYPERLINK(\"http://x\")", raw.get(1).get(0));
  }

  @Test
  void recordsEndInCrLf_asRfc4180Says() throws IOException {
    String csv = text(csv(tables.table("position"), ExportOptions.defaults()));
    assertTrue(csv.endsWith("\r\n"));
    assertEquals(10, csv.split("\r\n").length);
  }

  @Test
  void aWholeReport_isWrittenOneFilePerTable(@TempDir Path dir) throws IOException {
    List<Path> files = CsvExport.writeAll(tables, dir, ExportOptions.defaults());
    assertEquals(tables.allTables().size(), files.size());
    assertEquals(dir.resolve("reconciliation-about.csv"), files.get(0));
    List<List<String>> about = withCommons(text(Files.readAllBytes(files.get(0))));
    assertTrue(about.contains(List.of("Ties out", "true")), about.toString());
  }
}
