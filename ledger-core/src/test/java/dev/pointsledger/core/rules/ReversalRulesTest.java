package dev.pointsledger.core.rules;

import static dev.pointsledger.core.StoreOf.storeOf;
import static dev.pointsledger.core.testing.Fixtures.M1;
import static dev.pointsledger.core.testing.Fixtures.P2022;
import static dev.pointsledger.core.testing.Fixtures.SERVICE_END;
import static dev.pointsledger.core.testing.Fixtures.V1;
import static dev.pointsledger.core.testing.Fixtures.V2;
import static dev.pointsledger.core.testing.Fixtures.approve;
import static dev.pointsledger.core.testing.Fixtures.cancel;
import static dev.pointsledger.core.testing.Fixtures.claim;
import static dev.pointsledger.core.testing.Fixtures.e;
import static dev.pointsledger.core.testing.Fixtures.grant;
import static dev.pointsledger.core.testing.Fixtures.lapse;
import static dev.pointsledger.core.testing.Fixtures.m;
import static dev.pointsledger.core.testing.Fixtures.reject;
import static dev.pointsledger.core.testing.Fixtures.reserve;
import static dev.pointsledger.core.testing.Fixtures.reverse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pointsledger.core.Ledger;
import dev.pointsledger.core.account.AccountId;
import dev.pointsledger.core.command.ReverseEntry;
import dev.pointsledger.core.error.Rejection;
import dev.pointsledger.core.error.RejectionCode;
import dev.pointsledger.core.journal.JournalEntry;
import dev.pointsledger.core.journal.Posting;
import dev.pointsledger.core.program.ManufacturerProfile;
import dev.pointsledger.core.program.ProgramPresets;
import dev.pointsledger.core.state.ContractStatus;
import dev.pointsledger.core.store.AccountLine;
import dev.pointsledger.core.testing.Fixtures;
import dev.pointsledger.core.testing.TestLedger;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Corrections: an entry booked in error is reversed by its exact opposite, once. */
class ReversalRulesTest {
  private final TestLedger t = TestLedger.of2022(Fixtures.MAY_2).listSolutions(V1, V2);
  private final Ledger ledger = t.ledger();

  @Test
  void reversal_negatesEveryPostingOfItsTarget() {
    JournalEntry granted = t.run(grant("g1", M1, 50_000));
    JournalEntry reversal = t.run(reverse("rv1", "g1"));
    assertEquals(granted.postings().stream().map(Posting::negate).toList(), reversal.postings());
    assertEquals(0, t.balances(M1).available());
  }

  @Test
  void reversal_ofAReservation_returnsThePoints_andMarksTheContractReversed() {
    t.run(grant("g1", M1, 50_000), reserve("r1", "C1", M1, V1, 60_000, 30_000));
    t.run(reverse("rv1", "r1"));
    assertEquals(ContractStatus.REVERSED, t.contract("C1").contract().status());
    t.assertPoints(M1, 50_000, 0);
  }

  @Test
  void reversal_ofALapse_isRefusedLapseIsFinal_soThePointsNeverBecomeSpendableAgain() {
    t.run(grant("g1", M1, 50_000));
    t.today(LocalDate.of(2023, 1, 1));
    t.run(lapse("l1", M1));
    Rejection refused = t.refused(reverse("rv1", "l1"), RejectionCode.LAPSE_IS_FINAL);
    assertEquals(
        "entry l1 lapsed 50,000 points of manufacturer " + M1 + " after program "
            + P2022 + " ended on 2022-12-31; lapsed points never return to the manufacturer's"
            + " unused points",
        refused.message(Locale.ENGLISH));
    assertEquals(0, t.balances(M1).available());
    assertEquals(50_000, t.balances(M1).lapsed());
  }

  @Test
  void reversal_ofAReservationOnTheProgramsLastDay_returnsThePointsToTheUnusedBalance() {
    t.run(grant("g1", M1, 50_000), reserve("r1", "C1", M1, V1, 60_000, 30_000));
    t.today(LocalDate.of(2022, 12, 31));
    t.run(reverse("rv1", "r1"));
    t.assertPoints(M1, 50_000, 0);
    assertEquals(0, t.balances(M1).lapsed());
  }

  /**
   * Entries of every type: g1, g2 grants, r1, r2 reserves, x2 cancel, rv0 reverse, k1, k2 claims,
   * j1 reject, a2 approve.
   */
  private void everyKindOfEntry() {
    t.run(
        grant("g1", M1, 100_000),
        grant("g2", M1, 1_000),
        reserve("r1", "C1", M1, V1, 60_000, 30_000),
        reserve("r2", "C2", M1, V1, 60_000, 30_000),
        cancel("x2", "C2"),
        reverse("rv0", "g2"));
    t.today(SERVICE_END.plusDays(1));
    t.run(
        claim("k1", "CL1", "C1", V1, 30_000),
        reject("j1", "CL1"),
        claim("k2", "CL2", "C1", V1, 30_000),
        approve("a2", "CL2"));
  }

  @ParameterizedTest(name = "reversing {0}")
  @ValueSource(strings = {"x2", "k1", "j1", "a2", "rv0"})
  void reversal_ofAnEntryWithACounterCommand_isRefusedNotReversible(String target) {
    everyKindOfEntry();
    t.refused(reverse("rv1", target), RejectionCode.ENTRY_NOT_REVERSIBLE);
  }

  @Test
  void reversal_ofAReversedEntry_isRefusedAlreadyReversed() {
    t.run(grant("g1", M1, 50_000), reverse("rv1", "g1"));
    t.refused(reverse("rv2", "g1"), RejectionCode.ALREADY_REVERSED);
  }

  @Test
  void reversal_ofAGrantWhosePointsAreSpent_isRefusedNotCovered() {
    t.run(grant("g1", M1, 50_000), reserve("r1", "C1", M1, V1, 60_000, 30_000));
    t.refused(reverse("rv1", "g1"), RejectionCode.REVERSAL_NOT_COVERED);
  }

  @Test
  void reversal_ofAReservationWhosePointsAreClaimed_isRefused_asTheContractIsNoLongerActive() {
    t.run(grant("g1", M1, 50_000));
    t.c1UnderAPendingClaim();
    t.refused(reverse("rv1", "r1"), RejectionCode.ENTRY_NOT_REVERSIBLE);
  }

  @Test
  void reversal_ofAnUnknownEntry_isRefusedUnknownEntry() {
    t.refused(reverse("rv1", "no-such-entry"), RejectionCode.UNKNOWN_ENTRY);
  }

  @Test
  void reversal_ofAnotherProgramsEntry_isRefusedUnknownEntry() {
    t.define(Fixtures.program2021());
    LocalDate may2021 = LocalDate.of(2021, 5, 3);
    t.today(may2021);
    t.run(
        grant(
            "g2021",
            ProgramPresets.INDUSTRIAL_PAVILION_2021,
            M1,
            1_000,
            may2021,
            ManufacturerProfile.typicalSmallFactory()));
    t.refused(reverse("rv1", "g2021"), RejectionCode.UNKNOWN_ENTRY);
    t.run(
        new ReverseEntry(e("rv2"), ProgramPresets.INDUSTRIAL_PAVILION_2021, e("g2021"), "error"));
  }

  @Test
  void reversedGrant_showsInTheHistory_andNothingIsDeleted() {
    long before = storeOf(ledger).headSequence();
    t.run(grant("g1", M1, 50_000), reverse("rv1", "g1"));
    assertEquals(before + 2, storeOf(ledger).headSequence());
    assertEquals(
        List.of(50_000L, -50_000L),
        ledger.now().history(AccountId.available(P2022, m(M1))).stream()
            .map(AccountLine::amount)
            .toList());
  }
}
