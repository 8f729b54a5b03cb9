package dev.pointsledger.core.finance.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pointsledger.core.finance.DateRange;
import dev.pointsledger.core.finance.Discrepancy;
import dev.pointsledger.core.finance.JournalSource;
import dev.pointsledger.core.finance.Measure;
import dev.pointsledger.core.finance.Reconciliation;
import dev.pointsledger.core.finance.payout.BadRow;
import dev.pointsledger.core.finance.payout.PayoutApplication;
import dev.pointsledger.core.finance.payout.PayoutFile;
import dev.pointsledger.core.finance.payout.PayoutLine;
import dev.pointsledger.core.finance.payout.PayoutMatch;
import dev.pointsledger.core.finance.payout.PayoutOutcome;
import dev.pointsledger.core.state.ClaimStatus;
import dev.pointsledger.core.supply.SolutionCategory;
import dev.pointsledger.core.testing.BundleParity;
import dev.pointsledger.core.testing.FinanceScenario;
import dev.pointsledger.core.testing.TestLedger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The bundles stay in step, and every word an export writes is in both. */
class FinanceTextTest {
  private static final FinanceText EN = FinanceText.of(Locale.ROOT);
  private static final FinanceText ZH = FinanceText.of(ExportOptions.TAIWAN);

  @Test
  void theEnglishAndChineseBundles_sayTheSameThings() {
    BundleParity.assertBundles(Path.of("src", "main", "resources"));
  }

  @Test
  void everyLabelAnExportWrites_isInBothBundles_andTranslated() {
    List<Enum<?>> labels = new ArrayList<>();
    for (Class<? extends Enum<?>> type :
        List.of(
            Measure.class,
            SolutionCategory.class,
            Discrepancy.Check.class,
            PayoutOutcome.class,
            BadRow.Reason.class,
            PayoutApplication.Kind.class,
            AboutField.class,
            PositionItem.class)) {
      labels.addAll(List.of(type.getEnumConstants()));
    }
    for (Enum<?> label : labels) {
      assertTrue(FinanceText.keys().contains(FinanceText.labelKey(label)), label.toString());
      assertNotEquals(EN.label(label), ZH.label(label), FinanceText.labelKey(label));
    }
  }

  @Test
  void everyTableAndColumn_hasATitle() {
    TestLedger t = FinanceScenario.build();
    JournalSource source = JournalSource.now(t.ledger());
    List<Table> tables = new ArrayList<>();
    tables.addAll(
        FinanceTables.reconciliation(Reconciliation.of(source, TestLedger.P2022, DateRange.all()))
            .allTables());
    tables.add(FinanceTables.movements(source, TestLedger.P2022, DateRange.all()));
    tables.add(JournalExport.table(source, Optional.empty(), DateRange.all()));
    PayoutFile file = new PayoutFile(StandardCharsets.UTF_8, false, List.of(), List.of());
    PayoutMatch match = new PayoutMatch(TestLedger.P2022, 0, List.of(), List.of(), List.of());
    tables.addAll(FinanceTables.payoutMatch(file, match).allTables());
    tables.addAll(
        FinanceTables.payoutApplication(
                match, new PayoutApplication(PayoutApplication.Status.APPLIED, List.of()))
            .allTables());
    for (Table table : tables) {
      assertNotEquals(EN.table(table.name()), ZH.table(table.name()), table.name());
      for (Column c : table.columns()) {
        assertNotEquals(EN.column(c), ZH.column(c), c.key());
      }
    }
  }

  @Test
  void theProgramsOwnWords_areUsed() {
    assertEquals("資服業者", ZH.column(Column.of("vendor", Column.Type.TEXT)));
    assertEquals("中小型製造業", ZH.column(Column.of("manufacturer", Column.Type.TEXT)));
    assertEquals("申請核銷", ZH.label(Measure.CLAIMED));
    assertEquals("已核發數位點數", ZH.label(PositionItem.ISSUED));
    assertTrue(FinanceText.keys().stream().map(ZH::text).anyMatch(s -> s.contains("自籌款")));
  }

  @Test
  void aPayoutsDetail_isTranslated_withItsFigures() {
    PayoutLine.Detail d =
        PayoutLine.Detail.of(PayoutLine.Reason.AMOUNT_DIFFERS, 58770, "[K1]", 58769);
    assertEquals("pays 58770 for claims [K1] of 58769 points", d.toString());
    assertEquals("撥款 58770，核銷申請 [K1] 為 58769 點", d.displayName(ExportOptions.TAIWAN));
    assertEquals(
        "claim K1 is vendor V1's, not V2's",
        PayoutLine.Detail.of(PayoutLine.Reason.CLAIM_OTHER_VENDOR, "K1", "V1", "V2").toString());
    assertEquals(
        d.displayName(ExportOptions.TAIWAN),
        ZH.cell(d, Column.Type.TEXT, ExportOptions.DateStyle.ISO));
  }

  @Test
  void aClaimsStatusInAPayoutsDetail_isShownByItsName_inBothLanguages() {
    PayoutLine.Detail d =
        PayoutLine.Detail.of(PayoutLine.Reason.CLAIM_NOT_APPROVED, "K1", ClaimStatus.PENDING);
    assertEquals("claim K1 is pending, not approved", d.toString());
    assertEquals("核銷申請 K1 的狀態為「審查中」，尚未核銷通過", d.displayName(ExportOptions.TAIWAN));
    assertEquals(
        "核銷申請 K1 的狀態為「已駁回」，尚未核銷通過",
        ZH.cell(
            PayoutLine.Detail.of(PayoutLine.Reason.CLAIM_NOT_APPROVED, "K1", ClaimStatus.REJECTED),
            Column.Type.TEXT,
            ExportOptions.DateStyle.ISO));
    assertEquals(List.of("K1", ClaimStatus.PENDING), d.arguments(), "the status, not its code");
  }

  @Test
  void minguoDates_areWrittenAsTheOfficeWritesThem() {
    assertEquals(
        "民國 111-08-31", ZH.date(LocalDate.of(2022, 8, 31), ExportOptions.DateStyle.MINGUO));
    assertEquals("民國 1-01-01", ZH.date(LocalDate.of(1912, 1, 1), ExportOptions.DateStyle.MINGUO));
    assertEquals(
        "1911-12-31",
        ZH.date(LocalDate.of(1911, 12, 31), ExportOptions.DateStyle.MINGUO),
        "before 1912 there is no Minguo year: ISO");
    assertEquals(
        "ROC 111-08-31", EN.date(LocalDate.of(2022, 8, 31), ExportOptions.DateStyle.MINGUO));
    assertEquals("2022-08-31", ZH.date(LocalDate.of(2022, 8, 31), ExportOptions.DateStyle.ISO));
  }
}
