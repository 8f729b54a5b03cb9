package dev.pointsledger.core.query;

import static dev.pointsledger.core.testing.Fixtures.M1;
import static dev.pointsledger.core.testing.Fixtures.P2022;
import static dev.pointsledger.core.testing.Fixtures.m;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pointsledger.core.Ledger;
import dev.pointsledger.core.error.LedgerRejectedException;
import dev.pointsledger.core.error.RejectionCode;
import dev.pointsledger.core.id.ProgramId;
import dev.pointsledger.core.program.ProgramPresets;
import dev.pointsledger.core.testing.Fixtures;
import dev.pointsledger.core.testing.MutableClock;
import org.junit.jupiter.api.Test;

/** One read view, now or as of an entry: the same questions, answered at one sequence number. */
class LedgerViewTest {
  private final Ledger ledger = Ledger.inMemory(MutableClock.at(Fixtures.MAY_2));

  LedgerViewTest() {
    ledger.defineProgram(ProgramPresets.industrialPavilion2022());
  }

  @Test
  void aViewTakenNow_keepsAnsweringAsOfItsEntry_afterLaterAppends() {
    ledger.execute(Fixtures.grant("g1", M1, 1_000));
    LedgerView before = ledger.now();
    ledger.execute(Fixtures.grant("g2", M1, 2_000));

    assertEquals(1_000, before.manufacturer(P2022, m(M1)).granted());
    assertEquals(3_000, ledger.now().manufacturer(P2022, m(M1)).granted());
    assertEquals(before.sequence() + 1, ledger.now().sequence());
  }

  @Test
  void aViewAsOfTheHead_answersLikeTheViewNow() {
    ledger.execute(Fixtures.grant("g1", M1, 1_000));
    long head = ledger.now().sequence();

    assertEquals(
        ledger.now().manufacturer(P2022, m(M1)),
        ledger.asOf(head).manufacturer(P2022, m(M1)));
  }

  @Test
  void aViewBeyondTheHeadOrBeforeTheStart_isRefusedWhenTaken() {
    long head = ledger.now().sequence();

    for (long sequence : new long[] {head + 1, -1, Long.MAX_VALUE}) {
      LedgerRejectedException e =
          assertThrows(LedgerRejectedException.class, () -> ledger.asOf(sequence));
      assertEquals(RejectionCode.SEQUENCE_OUT_OF_RANGE, e.code());
    }
  }

  @Test
  void theEmptyLedger_isViewedAsOfEntryZero() {
    Ledger empty = Ledger.inMemory(MutableClock.at(Fixtures.MAY_2));

    assertEquals(0, empty.now().sequence());
    assertEquals(0, empty.asOf(0).sequence());
  }

  @Test
  void aQuestionAboutAnUndefinedProgram_isRefusedUnknownProgram() {
    LedgerRejectedException e =
        assertThrows(
            LedgerRejectedException.class,
            () -> ledger.now().program(ProgramId.of("nope")));
    assertEquals(RejectionCode.UNKNOWN_PROGRAM, e.code());
  }
}
