package dev.pointsledger.core.finance.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pointsledger.core.finance.DateRange;
import dev.pointsledger.core.finance.JournalSource;
import dev.pointsledger.core.finance.Reconciliation;
import dev.pointsledger.core.finance.ReconciliationReport;
import dev.pointsledger.core.finance.VendorLine;
import dev.pointsledger.core.finance.export.Column;
import dev.pointsledger.core.finance.export.ExportOptions;
import dev.pointsledger.core.finance.export.FinanceTables;
import dev.pointsledger.core.finance.export.FinanceText;
import dev.pointsledger.core.finance.export.Table;
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
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

class WorkbookExportTest {
  private final TestLedger t = FinanceScenario.build();
  private final JournalSource source = JournalSource.now(t.ledger());
  private final ReconciliationReport report =
      Reconciliation.of(source, TestLedger.P2022, DateRange.all());

  private static byte[] workbook(List<Table> tables, ExportOptions options) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WorkbookExport.write(tables, out, options);
    return out.toByteArray();
  }

  private static List<Row> rows(ReadableWorkbook wb, String sheet) throws IOException {
    Sheet s = wb.findSheet(sheet).orElseThrow(() -> new AssertionError("no sheet " + sheet));
    return s.read();
  }

  @Test
  void aReconciliationWorkbook_inChinese_readsBackWithTheApisFigures() throws IOException {
    ExportOptions zh = ExportOptions.defaults().withLocale(ExportOptions.TAIWAN);
    byte[] bytes = workbook(FinanceTables.reconciliation(report).allTables(), zh);
    assertTrue(ReadableWorkbook.isOOXMLZipHeader(bytes));
    try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
      List<String> sheets = wb.getSheets().map(Sheet::getName).toList();
      assertEquals(List.of("報表資訊", "點數餘額", "計畫合計", "資服業者", "合約", "中小型製造業", "方案類別", "不符項目"), sheets);
      List<Row> vendors = rows(wb, "資服業者");
      List<String> heading = header(vendors.get(0));
      assertEquals("資服業者", heading.get(0));
      for (int i = 0; i < report.vendors().size(); i++) {
        VendorLine v = report.vendors().get(i);
        Row row = vendors.get(i + 1);
        assertEquals(v.vendor().value(), row.getCellAsString(0).orElseThrow());
        assertEquals(v.name(), row.getCellAsString(heading.indexOf("名稱")).orElseThrow());
        assertEquals(
            BigDecimal.valueOf(v.period().claimed()),
            row.getCellAsNumber(heading.indexOf("申請核銷")).orElseThrow());
        assertEquals(
            BigDecimal.valueOf(v.outstanding()),
            row.getCellAsNumber(heading.indexOf("待撥款")).orElseThrow());
      }
      List<Row> categories = rows(wb, "方案類別");
      assertEquals(11, categories.size());
      assertEquals("7 機-生產的設備管理或相關應用", categories.get(7).getCellAsString(1).orElseThrow());
      List<Row> position = rows(wb, "點數餘額");
      assertEquals("已核發數位點數", position.get(1).getCellAsString(0).orElseThrow());
      assertEquals(BigDecimal.valueOf(300_000), position.get(1).getCellAsNumber(2).orElseThrow());
    }
  }

  @Test
  void aPayoutMatchWorkbook_readsBackWithItsOutcomes() throws IOException {
    PayoutFile file =
        PayoutFileReader.read(
            new ByteArrayInputStream(FinanceScenario.PAYOUT_FILE.getBytes(StandardCharsets.UTF_8)),
            PayoutReadOptions.utf8());
    PayoutMatch match = PayoutMatcher.match(source, TestLedger.P2022, file);
    ExportOptions zh = ExportOptions.defaults().withLocale(ExportOptions.TAIWAN);
    byte[] bytes = workbook(FinanceTables.payoutMatch(file, match).allTables(), zh);
    try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
      List<Row> payouts = rows(wb, "撥款明細");
      assertEquals(match.lines().size() + 1, payouts.size());
      for (int i = 0; i < match.lines().size(); i++) {
        PayoutLine line = match.lines().get(i);
        Row row = payouts.get(i + 1);
        assertEquals(BigDecimal.valueOf(line.row().line()), row.getCellAsNumber(0).orElseThrow());
        assertEquals(BigDecimal.valueOf(line.row().amount()), row.getCellAsNumber(2).orElseThrow());
        assertEquals(line.row().date(), row.getCellAsDate(4).orElseThrow().toLocalDate());
        assertEquals(
            FinanceText.of(ExportOptions.TAIWAN).label(line.outcome()),
            row.getCellAsString(6).orElseThrow());
      }
      assertEquals(match.unpaid().size() + 1, rows(wb, "核銷通過未撥款").size());
    }
  }

  @Test
  void aReconciliationWithItsSource_carriesTheMovementsBehindEveryFigure() throws IOException {
    byte[] bytes =
        workbook(
            FinanceTables.reconciliation(report, source).allTables(), ExportOptions.defaults());
    try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
      List<Row> movements = rows(wb, "Movements");
      List<String> heading = header(movements.get(0));
      int vendor = heading.indexOf("Vendor");
      int measure = heading.indexOf("Movement");
      int amount = heading.indexOf("Amount");
      for (VendorLine v : report.vendors()) {
        BigDecimal claimed = BigDecimal.ZERO;
        for (Row row : movements.subList(1, movements.size())) {
          if (row.getCellAsString(vendor).orElse("").equals(v.vendor().value())
              && row.getCellAsString(measure).orElseThrow().equals("Claimed")) {
            claimed = claimed.add(row.getCellAsNumber(amount).orElseThrow());
          }
        }
        assertEquals(BigDecimal.valueOf(v.period().claimed()), claimed, v.vendor().value());
      }
    }
    JournalSource earlier = JournalSource.asOf(t.ledger(), report.asOf() - 1);
    assertThrows(
        IllegalArgumentException.class, () -> FinanceTables.reconciliation(report, earlier));
  }

  @Test
  void isoDates_areDateCells_andMinguoDatesAreText() throws IOException {
    Table movements = FinanceTables.movements(source, TestLedger.P2022, DateRange.all());
    try (ReadableWorkbook wb =
        new ReadableWorkbook(
            new ByteArrayInputStream(workbook(List.of(movements), ExportOptions.defaults())))) {
      Row first = rows(wb, "Movements").get(1);
      assertEquals(LocalDate.of(2022, 5, 2), first.getCellAsDate(3).orElseThrow().toLocalDate());
    }
    ExportOptions minguo =
        ExportOptions.defaults()
            .withLocale(ExportOptions.TAIWAN)
            .withDates(ExportOptions.DateStyle.MINGUO);
    try (ReadableWorkbook wb =
        new ReadableWorkbook(new ByteArrayInputStream(workbook(List.of(movements), minguo)))) {
      assertEquals("民國 111-05-02", rows(wb, "點數異動明細").get(1).getCellAsString(3).orElseThrow());
    }
  }

  @Test
  void anAmountBeyondWhatADoubleHoldsExactly_isWrittenAsText_soNoPointIsLost() throws IOException {
    long big = WorkbookExport.MAX_EXACT_NUMBER + 1;
    Table table =
        Table.of(
            "position",
            List.of(
                Column.of("opening", Column.Type.AMOUNT), Column.of("closing", Column.Type.AMOUNT)),
            List.of(List.of(big, 12_345L)));
    try (ReadableWorkbook wb =
        new ReadableWorkbook(
            new ByteArrayInputStream(workbook(List.of(table), ExportOptions.defaults())))) {
      Row row = rows(wb, "Position").get(1);
      assertEquals(Long.toString(big), row.getCellAsString(0).orElseThrow());
      assertEquals(BigDecimal.valueOf(12_345), row.getCellAsNumber(1).orElseThrow());
    }
  }

  @Test
  void sheetNames_areShortUniqueAndFreeOfForbiddenCharacters() {
    Set<String> taken = new HashSet<>();
    assertEquals("a b", WorkbookExport.sheetName("a/b", 1, taken));
    assertEquals("a b 2", WorkbookExport.sheetName("a:b", 1, taken));
    String longTitle = "x".repeat(40);
    String first = WorkbookExport.sheetName(longTitle, 1, taken);
    assertEquals(31, first.length());
    String second = WorkbookExport.sheetName(longTitle, 2, taken);
    assertTrue(second.endsWith(" (2)") && second.length() == 31, second);
    assertEquals(4, taken.size());
  }

  private static List<String> header(Row row) {
    return row.stream().map(c -> c == null ? "" : c.getText()).collect(Collectors.toList());
  }
}
