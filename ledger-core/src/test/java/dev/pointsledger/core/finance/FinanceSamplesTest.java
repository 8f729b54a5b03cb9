package dev.pointsledger.core.finance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pointsledger.core.Ledger;
import dev.pointsledger.core.finance.export.CsvExport;
import dev.pointsledger.core.finance.export.ExportOptions;
import dev.pointsledger.core.finance.export.FinanceTables;
import dev.pointsledger.core.finance.export.JournalExport;
import dev.pointsledger.core.finance.export.JsonExport;
import dev.pointsledger.core.finance.export.ReportTables;
import dev.pointsledger.core.finance.payout.PayoutApplication;
import dev.pointsledger.core.finance.payout.PayoutApplier;
import dev.pointsledger.core.finance.payout.PayoutFile;
import dev.pointsledger.core.finance.payout.PayoutFileReader;
import dev.pointsledger.core.finance.payout.PayoutMatch;
import dev.pointsledger.core.finance.payout.PayoutMatcher;
import dev.pointsledger.core.finance.payout.PayoutOutcome;
import dev.pointsledger.core.finance.payout.PayoutReadOptions;
import dev.pointsledger.core.finance.payout.UnpaidClaim;
import dev.pointsledger.core.finance.xlsx.WorkbookExport;
import dev.pointsledger.core.id.ProgramId;
import dev.pointsledger.core.program.ProgramPresets;
import dev.pointsledger.core.sample.ActivityBatch;
import dev.pointsledger.core.sample.ActivityClock;
import dev.pointsledger.core.sample.ActivityGenerator;
import dev.pointsledger.core.state.ClaimRecord;
import dev.pointsledger.core.state.ClaimStatus;
import dev.pointsledger.core.testing.FinanceScenario;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.chrono.MinguoDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The sample output of docs/finance.md: the generator's ledger (100 manufacturers, seed 7) played
 * up to 2023-01-09, before the payout of the 10th, reconciled and exported, and a Big5 payout file
 * with one row of every outcome matched and applied, twice. The files are written to {@code
 * target/finance-samples}; the test checks what the page says about them.
 */
class FinanceSamplesTest {
  static final ProgramId P = ProgramPresets.INDUSTRIAL_PAVILION_2022;
  static final LocalDate CUT = LocalDate.of(2023, 1, 9);
  static final Path OUT = Path.of("target", "finance-samples");

  static Ledger generatorsLedger(LocalDate until) {
    return generatorsLedger(until, 100, 7);
  }

  static Ledger generatorsLedger(LocalDate until, int manufacturers, long seed) {
    ActivityGenerator activity = ActivityGenerator.of(manufacturers, seed);
    ActivityClock clock = ActivityClock.at(activity.summary().firstDay());
    Ledger ledger = Ledger.inMemory(clock);
    for (ActivityBatch batch : activity.batches(500)) {
      if (batch.day().isAfter(until)) {
        break;
      }
      clock.setDay(batch.day());
      ledger.submitAll(batch.commands());
    }
    return ledger;
  }

  private static String minguo(LocalDate d) {
    return MinguoDate.from(d).format(DateTimeFormatter.ofPattern("yyy/MM/dd"));
  }

  @Test
  void theSamplesOfTheDocs_areWrittenAndTieOut() throws IOException {
    Files.createDirectories(OUT);
    Ledger ledger = generatorsLedger(CUT);
    JournalSource source = JournalSource.now(ledger);
    ReconciliationReport report =
        Reconciliation.of(source, P, DateRange.of(LocalDate.of(2022, 12, 1), CUT));
    assertTrue(report.tiesOut(), () -> report.discrepancies().toString());
    ReportTables tables = FinanceTables.reconciliation(report, source);
    ExportOptions zh = ExportOptions.defaults().withLocale(ExportOptions.TAIWAN);
    CsvExport.writeAll(tables, OUT, ExportOptions.defaults());
    Path zhDir = Files.createDirectories(OUT.resolve("zh-TW"));
    CsvExport.writeAll(tables, zhDir, zh.withDates(ExportOptions.DateStyle.MINGUO));
    JsonExport.write(tables, OUT.resolve("reconciliation.json"));
    WorkbookExport.write(tables, OUT.resolve("reconciliation.xlsx"), zh);
    try (OutputStream out = Files.newOutputStream(OUT.resolve("journal.jsonl"))) {
      JournalExport.jsonLines(source, Optional.of(P), report.range(), out);
    }
    CsvExport.write(
        JournalExport.table(source, Optional.of(P), report.range()),
        OUT.resolve("journal.csv"),
        ExportOptions.defaults());

    PayoutMatch nothing =
        PayoutMatcher.match(
            source, P, new PayoutFile(Charset.forName("UTF-8"), false, List.of(), List.of()));
    List<UnpaidClaim> unpaid = nothing.unpaid();
    assertTrue(unpaid.size() >= 4, () -> "approved unpaid claims at the cut: " + unpaid);
    ClaimRecord pending =
        source.view().claims(P).stream()
            .filter(c -> c.status() == ClaimStatus.PENDING || c.status() == ClaimStatus.REJECTED)
            .findFirst()
            .orElseThrow();
    UnpaidClaim a = unpaid.get(0);
    UnpaidClaim b = unpaid.get(1);
    UnpaidClaim c = unpaid.get(2);
    String day = minguo(CUT.plusDays(1));
    String file =
        "統一編號,金額,撥款編號,撥款日期,核銷申請編號\n"
            + a.vendor().value()
            + ","
            + a.amount()
            + ",TWB-0110-001,"
            + day
            + ","
            + a.claim().value()
            + "\n"
            + b.vendor().value()
            + ",\""
            + String.format("%,d", b.amount())
            + "\",TWB-0110-002,"
            + day
            + "\n"
            + c.vendor().value()
            + ","
            + (c.amount() + 1)
            + ",TWB-0110-003,"
            + day
            + ","
            + c.claim().value()
            + "\n"
            + a.vendor().value()
            + ","
            + a.amount()
            + ",TWB-0110-001,"
            + day
            + ","
            + a.claim().value()
            + "\n"
            + pending.vendor().value()
            + ","
            + pending.amount()
            + ",TWB-0110-004,"
            + day
            + ","
            + pending.id().value()
            + "\n"
            + "12345676,5000,TWB-0110-005,"
            + day
            + "\n"
            + a.vendor().value()
            + ",12.5,TWB-0110-006,"
            + day
            + "\n"
            + a.vendor().value()
            + ",5000,TWB-0110-007,111/02/29\n"
            + a.vendor().value()
            + ",5000,TWB-0110-008\n";
    Path big5 = OUT.resolve("payouts-big5.csv");
    Files.write(big5, file.getBytes(Charset.forName("MS950")));
    PayoutFile read = PayoutFileReader.read(big5, PayoutReadOptions.charset("MS950"));
    PayoutMatch match = PayoutMatcher.match(source, P, read);
    assertEquals(
        List.of(
            PayoutOutcome.MATCHED,
            PayoutOutcome.MATCHED,
            PayoutOutcome.AMOUNT_MISMATCH,
            PayoutOutcome.DUPLICATE,
            PayoutOutcome.PAID_NOT_APPROVED),
        match.lines().stream().map(l -> l.outcome()).toList());
    assertEquals(4, match.badRows().size());
    ReportTables matchTables = FinanceTables.payoutMatch(read, match);
    CsvExport.writeAll(matchTables, OUT, ExportOptions.defaults());
    CsvExport.writeAll(matchTables, zhDir, zh);
    WorkbookExport.write(matchTables, OUT.resolve("payout-match.xlsx"), zh);
    PayoutApplication refused = PayoutApplier.apply(ledger, match);
    assertEquals(PayoutApplication.Status.REFUSED_BAD_ROWS, refused.status());

    String clean = file.lines().limit(6).reduce("", (x, y) -> x + y + "\n");
    Path fixed = OUT.resolve("payouts-fixed-big5.csv");
    Files.write(fixed, clean.getBytes(Charset.forName("MS950")));
    PayoutFile fixedFile = PayoutFileReader.read(fixed, PayoutReadOptions.charset("MS950"));
    PayoutMatch fixedMatch = PayoutMatcher.match(JournalSource.now(ledger), P, fixedFile);
    long head = ledger.now().sequence();
    PayoutApplication first = PayoutApplier.apply(ledger, fixedMatch);
    assertEquals(2, first.written());
    assertEquals(head + 2, ledger.now().sequence());
    CsvExport.writeAll(
        FinanceTables.payoutApplication(fixedMatch, first), OUT, ExportOptions.defaults());
    PayoutMatch again = PayoutMatcher.match(JournalSource.now(ledger), P, fixedFile);
    PayoutApplication second = PayoutApplier.apply(ledger, again);
    assertEquals(0, second.written());
    assertEquals(head + 2, ledger.now().sequence());
    Path secondDir = Files.createDirectories(OUT.resolve("second"));
    CsvExport.writeAll(
        FinanceTables.payoutApplication(again, second), secondDir, ExportOptions.defaults());
    CsvExport.writeAll(
        FinanceTables.payoutMatch(fixedFile, again), secondDir, ExportOptions.defaults());
  }

  @Test
  void aJournalThatNoLongerTiesOut_isSampled() throws IOException {
    Path forgedDir = Files.createDirectories(OUT.resolve("forged"));
    ReconciliationReport forged = DiscrepancyTest.m2GrantRetypedAsALapse(FinanceScenario.build());
    assertTrue(!forged.tiesOut());
    CsvExport.writeAll(FinanceTables.reconciliation(forged), forgedDir, ExportOptions.defaults());
  }
}
