package dev.pointsledger.core.rules;

import static dev.pointsledger.core.testing.Fixtures.M1;
import static dev.pointsledger.core.testing.Fixtures.M9;
import static dev.pointsledger.core.testing.Fixtures.P2022;
import static dev.pointsledger.core.testing.Fixtures.V1;
import static dev.pointsledger.core.testing.Fixtures.V2;
import static dev.pointsledger.core.testing.Fixtures.approve;
import static dev.pointsledger.core.testing.Fixtures.c;
import static dev.pointsledger.core.testing.Fixtures.cancel;
import static dev.pointsledger.core.testing.Fixtures.claim;
import static dev.pointsledger.core.testing.Fixtures.grant;
import static dev.pointsledger.core.testing.Fixtures.lapse;
import static dev.pointsledger.core.testing.Fixtures.m;
import static dev.pointsledger.core.testing.Fixtures.purchase;
import static dev.pointsledger.core.testing.Fixtures.reserve;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pointsledger.core.account.AccountId;
import dev.pointsledger.core.error.RejectionCode;
import dev.pointsledger.core.journal.JournalEntry;
import dev.pointsledger.core.journal.Posting;
import dev.pointsledger.core.query.ManufacturerBalances;
import dev.pointsledger.core.testing.Fixtures;
import dev.pointsledger.core.testing.TestLedger;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Unused points lapse after the program's end, and only then; points a contract releases after the
 * end (a cancellation, the unclaimed rest of an approved claim) lapse in the same entry.
 */
class ProgramEndRulesTest {
  private final TestLedger t = TestLedger.of2022(Fixtures.MAY_2).listSolutions(V1, V2);
  private static final LocalDate LAST_DAY = LocalDate.of(2022, 12, 31);

  @BeforeEach
  void grantAndSpendSome() {
    t.run(grant("g1", M1, 50_000), reserve("r1", "C1", M1, V1, 60_000, 30_000));
  }

  @Test
  void lapse_onTheProgramsLastDay_isRefusedProgramNotEnded() {
    t.today(LAST_DAY);
    t.refused(lapse("l1", M1), RejectionCode.PROGRAM_NOT_ENDED);
  }

  @Test
  void lapse_theDayAfterTheProgramEnds_movesTheUnusedPoints_only() {
    t.today(LAST_DAY.plusDays(1));
    t.run(lapse("l1", M1));
    assertEquals(20_000, t.balances(M1).lapsed());
    t.assertPoints(M1, 0, 30_000);
    assertEquals(50_000, t.balances(M1).granted());
  }

  @Test
  void lapse_withNothingUnused_isRefusedNothingToLapse() {
    t.today(LAST_DAY.plusDays(1));
    t.run(lapse("l1", M1));
    t.refused(lapse("l2", M1), RejectionCode.NOTHING_TO_LAPSE);
  }

  @Test
  void lapse_ofAManufacturerNeverGranted_isRefusedUnknownManufacturer() {
    t.today(LAST_DAY.plusDays(1));
    t.refused(lapse("l1", M9), RejectionCode.UNKNOWN_MANUFACTURER);
  }

  /** C2: 20,000 points of M1, bought on the program's last day, served until 2023-03-30. */
  private void c2ServedPastTheProgramsEnd() {
    t.today(LAST_DAY);
    t.run(
        purchase("r2", "C2", M1, V1)
            .price(40_000)
            .points(20_000)
            .service(LAST_DAY, LocalDate.of(2023, 3, 30))
            .build());
    t.assertPoints(M1, 0, 50_000);
  }

  @Test
  void cancel_afterTheProgramEnds_lapsesTheReleasedPoints_inTheSameEntry() {
    c2ServedPastTheProgramsEnd();
    t.today(LAST_DAY.plusDays(1));
    JournalEntry entry = t.run(cancel("x2", "C2"));

    assertEquals(
        Set.of(
            new Posting(AccountId.reserved(P2022, m(M1), c("C2")), -20_000),
            new Posting(AccountId.lapsed(P2022, m(M1)), 20_000)),
        Set.copyOf(entry.postings()));
    ManufacturerBalances b = t.balances(M1);
    assertEquals(0, b.available());
    assertEquals(20_000, b.lapsed());
    assertEquals(b.granted(), b.available() + b.reserved() + b.claimed() + b.redeemed() + b.lapsed());
  }

  @Test
  void cancel_onTheProgramsLastDay_stillReturnsThePointsToTheUnusedBalance() {
    c2ServedPastTheProgramsEnd();
    t.run(cancel("x2", "C2"));
    t.assertPoints(M1, 20_000, 30_000);
    assertEquals(0, t.balances(M1).lapsed());
  }

  @Test
  void approval_afterTheProgramEnds_lapsesTheUnclaimedRest_inTheSameEntry() {
    c2ServedPastTheProgramsEnd();
    t.today(LocalDate.of(2023, 3, 31));
    t.run(claim("k2", "CL2", "C2", V1, 15_000));
    JournalEntry entry = t.run(approve("a2", "CL2"));

    assertTrue(
        entry.postings().contains(new Posting(AccountId.lapsed(P2022, m(M1)), 5_000)),
        entry::toString);
    ManufacturerBalances b = t.balances(M1);
    assertEquals(0, b.available());
    assertEquals(15_000, b.redeemed());
    assertEquals(5_000, b.lapsed());
    assertEquals(b.granted(), b.available() + b.reserved() + b.claimed() + b.redeemed() + b.lapsed());
  }
}
