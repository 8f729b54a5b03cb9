package dev.pointsledger.core.finance.payout;

import static dev.pointsledger.core.testing.Fixtures.V1;
import static dev.pointsledger.core.testing.Fixtures.V2;
import static dev.pointsledger.core.testing.Fixtures.V9;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pointsledger.core.finance.JournalSource;
import dev.pointsledger.core.id.ClaimId;
import dev.pointsledger.core.testing.FinanceScenario;
import dev.pointsledger.core.testing.Fixtures;
import dev.pointsledger.core.testing.TestLedger;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The scenario leaves CL2 (V2, 15,000) approved and unpaid and CL1 (V1, 30,000) settled by PAY-001;
 * these tests add approved claims where they need more.
 */
class PayoutMatcherTest {
  private final TestLedger t = FinanceScenario.build();

  private PayoutMatch match(String rows) {
    PayoutFile file = PayoutFileReaderTest.utf8(PayoutFileReaderTest.HEADER + rows);
    return PayoutMatcher.match(JournalSource.now(t.ledger()), TestLedger.P2022, file);
  }

  private void approveCl3b() {
    t.run(Fixtures.approve("a3b", "CL3B"));
  }

  @Test
  void aPayoutNamingItsApprovedClaim_forTheirPoints_matches() {
    PayoutMatch m = match(V2 + ",15000,PAY-002,111/10/02,CL2\n");
    PayoutLine line = m.lines().get(0);
    assertEquals(PayoutOutcome.MATCHED, line.outcome());
    assertEquals(List.of(ClaimId.of("CL2")), line.claims());
    assertFalse(line.alreadySettled());
    assertTrue(line.toApply());
    assertTrue(m.clean());
  }

  @Test
  void aPayoutNamingNoClaim_matchesTheVendorsApprovedClaimOfItsAmount() {
    PayoutMatch m = match(V2 + ",\"15,000\",PAY-002,2022-10-02\n");
    assertEquals(PayoutOutcome.MATCHED, m.lines().get(0).outcome());
    assertEquals(List.of(ClaimId.of("CL2")), m.lines().get(0).claims());
  }

  @Test
  void aPayoutNamingNoClaim_matchesAllTheVendorsApprovedClaims_whenTheyAddUpToIt() {
    approveCl3b();
    t.run(Fixtures.reverse("rev-s1", "s1"));
    PayoutMatch m = match(V1 + ",39000,PAY-003,2022-10-02\n");
    assertEquals(PayoutOutcome.MATCHED, m.lines().get(0).outcome());
    assertEquals(List.of(ClaimId.of("CL1"), ClaimId.of("CL3B")), m.lines().get(0).claims());
  }

  @Test
  void aPayoutOfAnotherAmount_isAnAmountMismatch_andItsClaimStaysUnpaid() {
    PayoutMatch m = match(V2 + ",14999,PAY-002,2022-10-02,CL2\n");
    PayoutLine line = m.lines().get(0);
    assertEquals(PayoutOutcome.AMOUNT_MISMATCH, line.outcome());
    assertEquals(15_000, line.expected());
    assertEquals(List.of(ClaimId.of("CL2")), m.unpaid().stream().map(UnpaidClaim::claim).toList());
    PayoutMatch unnamed = match(V2 + ",14999,PAY-002,2022-10-02\n");
    assertEquals(PayoutOutcome.AMOUNT_MISMATCH, unnamed.lines().get(0).outcome());
    assertEquals(15_000, unnamed.lines().get(0).expected());
  }

  @Test
  void aPayoutOfAPendingClaim_orAnotherVendorsClaim_orNoClaim_isPaidButNotApproved() {
    PayoutMatch pending = match(V1 + ",9000,PAY-009,2022-10-02,CL3B\n");
    assertEquals(PayoutOutcome.PAID_NOT_APPROVED, pending.lines().get(0).outcome());
    PayoutLine.Detail why = pending.lines().get(0).detail();
    assertEquals("claim CL3B is pending, not approved", why.displayName(Locale.ROOT));
    assertEquals(
        "核銷申請 CL3B 的狀態為「審查中」，尚未核銷通過", why.displayName(Locale.forLanguageTag("zh-TW")));
    PayoutMatch rejected = match(V1 + ",10000,PAY-009,2022-10-02,CL3\n");
    assertEquals(PayoutOutcome.PAID_NOT_APPROVED, rejected.lines().get(0).outcome());
    PayoutMatch others = match(V1 + ",15000,PAY-009,2022-10-02,CL2\n");
    assertEquals(PayoutOutcome.PAID_NOT_APPROVED, others.lines().get(0).outcome());
    PayoutMatch unknown = match(V1 + ",15000,PAY-009,2022-10-02,CL404\n");
    assertEquals(PayoutOutcome.PAID_NOT_APPROVED, unknown.lines().get(0).outcome());
    PayoutMatch nothingApproved = match(V1 + ",100,PAY-009,2022-10-02\n");
    assertEquals(PayoutOutcome.PAID_NOT_APPROVED, nothingApproved.lines().get(0).outcome());
  }

  @Test
  void anApprovedClaimNoPayoutPays_isApprovedButUnpaid() {
    PayoutMatch m = match("");
    assertEquals(1, m.unpaid().size());
    UnpaidClaim u = m.unpaid().get(0);
    assertEquals(ClaimId.of("CL2"), u.claim());
    assertEquals(15_000, u.amount());
    assertEquals(1L, m.counts().get(PayoutOutcome.APPROVED_UNPAID));
    assertFalse(m.clean());
  }

  @Test
  void aRepeatedReference_aClaimPaidTwice_andAClaimPaidBefore_areDuplicates() {
    PayoutMatch sameRef =
        match(V2 + ",15000,PAY-002,2022-10-02,CL2\n" + V2 + ",15000,PAY-002,2022-10-02,CL2\n");
    assertEquals(PayoutOutcome.MATCHED, sameRef.lines().get(0).outcome());
    assertEquals(PayoutOutcome.DUPLICATE, sameRef.lines().get(1).outcome());
    assertEquals(Optional.of(2L), sameRef.lines().get(1).duplicateOf());
    PayoutMatch sameClaim =
        match(V2 + ",15000,PAY-002,2022-10-02,CL2\n" + V2 + ",15000,PAY-003,2022-10-03,CL2\n");
    assertEquals(PayoutOutcome.DUPLICATE, sameClaim.lines().get(1).outcome());
    assertEquals(Optional.of(2L), sameClaim.lines().get(1).duplicateOf());
    PayoutMatch paidBefore = match(V1 + ",30000,PAY-777,2022-10-02,CL1\n");
    assertEquals(PayoutOutcome.DUPLICATE, paidBefore.lines().get(0).outcome());
  }

  @Test
  void aReferenceTheLedgerSpentOnOtherClaims_isADuplicate() {
    PayoutMatch named = match(V2 + ",15000,PAY-001,2022-10-02,CL2\n");
    assertEquals(PayoutOutcome.DUPLICATE, named.lines().get(0).outcome());
    assertTrue(
        named.lines().get(0).detail().toString().contains("[CL1]"),
        named.lines().get(0).detail().toString());
    PayoutMatch unnamed = match(V2 + ",15000,PAY-001,2022-10-02\n");
    assertEquals(PayoutOutcome.DUPLICATE, unnamed.lines().get(0).outcome());
    assertEquals(
        List.of(ClaimId.of("CL2")), unnamed.unpaid().stream().map(UnpaidClaim::claim).toList());
  }

  @Test
  void aRowWithoutClaims_neverTakesAClaimALaterRowNames() {
    PayoutMatch m =
        match(V2 + ",15000,PAY-002,2022-10-02\n" + V2 + ",15000,PAY-003,2022-10-03,CL2\n");
    assertEquals(PayoutOutcome.PAID_NOT_APPROVED, m.lines().get(0).outcome());
    assertEquals(PayoutOutcome.MATCHED, m.lines().get(1).outcome());
    assertEquals(3, m.lines().get(1).row().line());
  }

  @Test
  void thePayoutTheLedgerSettled_underItsOwnReference_matchesAsAlreadySettled() {
    PayoutMatch named = match(V1 + ",30000,PAY-001,2022-10-01,CL1\n");
    assertEquals(PayoutOutcome.MATCHED, named.lines().get(0).outcome());
    assertTrue(named.lines().get(0).alreadySettled());
    assertFalse(named.lines().get(0).toApply());
    PayoutMatch unnamed = match(V1 + ",30000,PAY-001,2022-10-01\n");
    assertTrue(unnamed.lines().get(0).alreadySettled());
  }

  @Test
  void anUnknownVendor_isABadRow_withItsLine() {
    PayoutMatch m =
        match(V1 + ",30000,PAY-001,2022-10-01,CL1\n" + V9 + ",100,PAY-900,2022-10-01\n");
    assertEquals(1, m.lines().size());
    assertEquals(1, m.badRows().size());
    assertEquals(3, m.badRows().get(0).line());
    assertEquals(BadRow.Reason.UNKNOWN_VENDOR, m.badRows().get(0).problems().get(0).reason());
  }

  @Test
  void badRowsOfTheFile_areCarriedIntoTheMatch_inLineOrder() {
    PayoutMatch m =
        match(V1 + ",abc,PAY-1,2022-10-01\n" + V9 + ",1,PAY-2,2022-10-01\n" + V1 + ",1,PAY-3\n");
    assertEquals(List.of(2L, 3L, 4L), m.badRows().stream().map(BadRow::line).toList());
  }
}
