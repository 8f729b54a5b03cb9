package dev.pointsledger.core.finance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pointsledger.core.Ledger;
import dev.pointsledger.core.account.AccountType;
import dev.pointsledger.core.program.ProgramPresets;
import dev.pointsledger.core.query.LedgerView;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * On any activity the generator plays, cut on any day and reconciled over any range, the report
 * ties out, its opening plus its period is its closing, and its figures are the ledger's own.
 */
class ReconciliationProperties {
  private static final LocalDate FIRST = LocalDate.of(2022, 3, 23);

  @Property(tries = 25)
  void anyActivityCutOnAnyDay_tiesOutOverAnyRange(
      @ForAll @LongRange(min = 1, max = 1_000_000) long seed,
      @ForAll @IntRange(min = 1, max = 12) int manufacturers,
      @ForAll @IntRange(min = 0, max = 420) int cutDays,
      @ForAll @IntRange(min = 0, max = 420) int fromDays,
      @ForAll @IntRange(min = 0, max = 120) int lengthDays) {
    Ledger ledger =
        FinanceSamplesTest.generatorsLedger(FIRST.plusDays(cutDays), manufacturers, seed);
    var p = ProgramPresets.INDUSTRIAL_PAVILION_2022;
    DateRange range = DateRange.of(FIRST.plusDays(fromDays), FIRST.plusDays(fromDays + lengthDays));
    ReconciliationReport r = Reconciliation.of(JournalSource.now(ledger), p, range);
    assertTrue(r.tiesOut(), () -> r.discrepancies().toString());
    Position open = r.totals().opening();
    Position close = r.totals().closing();
    Figures period = r.totals().period();
    assertEquals(Math.addExact(open.issued(), period.granted()), close.issued());
    assertEquals(
        open.available() + period.impliedBalance(AccountType.AVAILABLE), close.available());
    assertEquals(open.paid() + period.settled(), close.paid());
    assertEquals(open.payable() + period.impliedBalance(AccountType.PAYABLE), close.payable());
    ReconciliationReport all = Reconciliation.of(JournalSource.now(ledger), p, DateRange.all());
    LedgerView view = ledger.now();
    for (VendorLine v : all.vendors()) {
      assertEquals(view.vendor(p, v.vendor()).payable(), v.outstanding());
      assertEquals(view.vendor(p, v.vendor()).paid(), v.paid());
    }
    for (ManufacturerLine m : all.manufacturers()) {
      var b = view.manufacturer(p, m.manufacturer());
      assertEquals(b.granted(), m.granted());
      assertEquals(b.redeemed(), m.used());
      assertEquals(b.lapsed(), m.lapsed());
    }
  }
}
