package dev.pointsledger.core.finance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pointsledger.core.Ledger;
import dev.pointsledger.core.StoreOf;
import dev.pointsledger.core.error.LedgerRejectedException;
import dev.pointsledger.core.error.RejectionCode;
import dev.pointsledger.core.program.ProgramPresets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class JournalSourceTest {
  private static final Ledger LEDGER =
      FinanceSamplesTest.generatorsLedger(LocalDate.of(2023, 2, 28), 600, 11);

  @Test
  void theJournal_isReadAPageAtATime_neverWhole() {
    ForgedJournal store = new ForgedJournal(StoreOf.storeOf(LEDGER), UnaryOperator.identity());
    long head = store.headSequence();
    assertTrue(head > 2 * JournalSource.PAGE_SIZE, "enough entries for several pages: " + head);
    ReconciliationReport r =
        Reconciliation.of(
            JournalSource.of(store, head),
            ProgramPresets.INDUSTRIAL_PAVILION_2022,
            DateRange.all());
    assertTrue(r.tiesOut(), () -> r.discrepancies().toString());
    assertEquals(JournalSource.PAGE_SIZE, store.largestPage());
    assertEquals((head + JournalSource.PAGE_SIZE - 1) / JournalSource.PAGE_SIZE, store.pages());
  }

  @Test
  void aSource_readsNothingAfterItsSequenceNumber() {
    JournalSource source = JournalSource.asOf(LEDGER, 1_234);
    List<Long> seen = new ArrayList<>();
    source.forEachEntry(Optional.empty(), e -> seen.add(e.sequence()));
    assertEquals(1_234, seen.size());
    assertEquals(1_234L, seen.get(seen.size() - 1));
    assertEquals(Optional.empty(), source.entry(LEDGER.now().entries(1_235, 1).get(0).id()));
  }

  @Test
  void aViewsPages_stopAtItsSequenceNumber() {
    var view = LEDGER.asOf(1_500);
    assertEquals(1_000, view.entries(1, 1_000).size());
    assertEquals(1, view.entries(1_500, 1_000).size());
    assertEquals(List.of(), view.entries(1_501, 1_000));
    assertThrows(IllegalArgumentException.class, () -> view.entries(0, 10));
    assertThrows(IllegalArgumentException.class, () -> view.entries(1, 0));
  }

  @Test
  void aSequenceBeyondTheHead_isRefused() {
    long head = LEDGER.now().sequence();
    assertEquals(
        RejectionCode.SEQUENCE_OUT_OF_RANGE,
        assertThrows(LedgerRejectedException.class, () -> JournalSource.asOf(LEDGER, head + 1))
            .code());
  }
}
