package dev.pointsledger.core.rules;

import static dev.pointsledger.core.testing.Fixtures.M1;
import static dev.pointsledger.core.testing.Fixtures.P2022;
import static dev.pointsledger.core.testing.Fixtures.SERVICE_END;
import static dev.pointsledger.core.testing.Fixtures.V1;
import static dev.pointsledger.core.testing.Fixtures.V2;
import static dev.pointsledger.core.testing.Fixtures.approve;
import static dev.pointsledger.core.testing.Fixtures.cancel;
import static dev.pointsledger.core.testing.Fixtures.claim;
import static dev.pointsledger.core.testing.Fixtures.grant;
import static dev.pointsledger.core.testing.Fixtures.k;
import static dev.pointsledger.core.testing.Fixtures.reject;
import static dev.pointsledger.core.testing.Fixtures.reserve;
import static dev.pointsledger.core.testing.Fixtures.settle;
import static dev.pointsledger.core.testing.Fixtures.v;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pointsledger.core.Ledger;
import dev.pointsledger.core.command.Command;
import dev.pointsledger.core.error.RejectionCode;
import dev.pointsledger.core.state.ClaimStatus;
import dev.pointsledger.core.state.ContractStatus;
import dev.pointsledger.core.state.DocumentRef;
import dev.pointsledger.core.testing.Fixtures;
import dev.pointsledger.core.testing.TestLedger;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** R-P3 and R-P4: claims after the contract ends, their review and their payout. */
class ClaimRulesTest {
  private final TestLedger t = TestLedger.of2022(Fixtures.MAY_2).listSolutions(V1, V2);
  private final Ledger ledger = t.ledger();
  private static final LocalDate DAY_AFTER_SERVICE = SERVICE_END.plusDays(1);

  /** M1 holds 200,000 points and bought C1 (30,000 points) and C2 (10,000 points) from V1. */
  @BeforeEach
  void buyTwoContracts() {
    t.run(
        grant("g1", M1, 200_000),
        reserve("r1", "C1", M1, V1, 60_000, 30_000),
        reserve("r2", "C2", M1, V1, 20_000, 10_000));
  }

  // --- filing: when, by whom, for how much -------------------------------------------------

  @Test
  void claim_onTheContractsLastDayOfService_isRefusedContractNotEnded() {
    t.today(SERVICE_END);
    t.refused(claim("k1", "CL1", "C1", V1, 30_000), RejectionCode.CONTRACT_NOT_ENDED);
  }

  @Test
  void claim_onTheDayAfterServiceEnds_isAccepted() {
    t.today(DAY_AFTER_SERVICE);
    t.run(claim("k1", "CL1", "C1", V1, 30_000));
    assertEquals(ContractStatus.CLAIM_PENDING, t.contract("C1").contract().status());
    assertEquals(0, t.contract("C1").reserved());
    assertEquals(30_000, t.contract("C1").claimed());
    assertEquals(30_000, ledger.now().vendor(P2022, v(V1)).pending());
  }

  @Test
  void claim_forExactlyWhatIsReserved_isAccepted_andOneMore_isRefused() {
    t.today(DAY_AFTER_SERVICE);
    t.refused(claim("k1", "CL1", "C1", V1, 30_001), RejectionCode.CLAIM_EXCEEDS_RESERVED);
    t.run(claim("k2", "CL2", "C1", V1, 30_000));
  }

  static Stream<Arguments> malformedClaims() {
    DocumentRef invoice = DocumentRef.invoice("AB12345678");
    return Stream.of(
        Arguments.of(
            "by another vendor",
            claim("k1", "CL1", "C1", V2, 1_000),
            RejectionCode.NOT_CONTRACT_VENDOR),
        Arguments.of(
            "for zero points",
            claim("k1", "CL1", "C1", V1, 0),
            RejectionCode.NON_POSITIVE_AMOUNT),
        Arguments.of(
            "for negative points",
            claim("k1", "CL1", "C1", V1, -5),
            RejectionCode.NON_POSITIVE_AMOUNT),
        Arguments.of(
            "without documents",
            claim("k1", "CL1", "C1", V1, 1_000, List.of()),
            RejectionCode.MISSING_CLAIM_DOCUMENTS),
        Arguments.of(
            "listing a document twice",
            claim("k1", "CL1", "C1", V1, 1_000, List.of(invoice, invoice)),
            RejectionCode.DUPLICATE_ITEM),
        Arguments.of(
            "on an unknown contract",
            claim("k1", "CL1", "C404", V1, 1_000),
            RejectionCode.UNKNOWN_CONTRACT));
  }

  @ParameterizedTest(name = "a claim {0}: {2}")
  @MethodSource("malformedClaims")
  void claim_breakingARule_isRefusedWithItsCode(String what, Command claim, RejectionCode code) {
    t.today(DAY_AFTER_SERVICE);
    t.refused(claim, code);
  }

  @Test
  void secondClaim_whileTheFirstIsUnderReview_isRefusedClaimPending() {
    t.today(DAY_AFTER_SERVICE);
    t.run(claim("k1", "CL1", "C1", V1, 10_000));
    t.refused(claim("k2", "CL2", "C1", V1, 10_000), RejectionCode.CLAIM_PENDING);
  }

  @Test
  void claimId_usedBefore_isRefusedClaimAlreadyExists() {
    t.today(DAY_AFTER_SERVICE);
    t.run(claim("k1", "CL1", "C1", V1, 10_000));
    t.refused(claim("k2", "CL1", "C2", V1, 10_000), RejectionCode.CLAIM_ALREADY_EXISTS);
  }

  @Test
  void claim_onACancelledContract_isRefusedContractNotActive() {
    t.run(cancel("x1", "C1"));
    t.today(DAY_AFTER_SERVICE);
    t.refused(claim("k1", "CL1", "C1", V1, 1_000), RejectionCode.CONTRACT_NOT_ACTIVE);
  }

  @Test
  void claim_onAClosedContract_isRefusedContractNotActive() {
    t.today(DAY_AFTER_SERVICE);
    t.run(claim("k1", "CL1", "C1", V1, 30_000), approve("a1", "CL1"));
    t.refused(claim("k2", "CL2", "C1", V1, 1), RejectionCode.CONTRACT_NOT_ACTIVE);
  }

  // --- review -------------------------------------------------------------------------------

  @Test
  void approval_paysTheClaim_andReleasesWhatWasNotClaimed() {
    t.today(DAY_AFTER_SERVICE);
    t.run(claim("k1", "CL1", "C1", V1, 20_000), approve("a1", "CL1"));
    assertEquals(ContractStatus.CLOSED, t.contract("C1").contract().status());
    assertEquals(0, t.contract("C1").reserved());
    assertEquals(20_000, ledger.now().vendor(P2022, v(V1)).payable());
    assertEquals(20_000, t.balances(M1).redeemed());
    assertEquals(170_000, t.balances(M1).available());
    assertEquals(10_000, t.balances(M1).reserved()); // C2, untouched
  }

  @Test
  void rejection_returnsTheClaimedPointsToTheContract() {
    t.today(DAY_AFTER_SERVICE);
    t.run(claim("k1", "CL1", "C1", V1, 20_000), reject("j1", "CL1"));
    assertEquals(ContractStatus.ACTIVE, t.contract("C1").contract().status());
    assertEquals(30_000, t.contract("C1").reserved());
    assertEquals(0, t.contract("C1").claimed());
  }

  static Stream<Arguments> decisionsOnDecidedClaims() {
    return Stream.of(
        Arguments.of(approve("a2", "CL1"), RejectionCode.CLAIM_NOT_PENDING),
        Arguments.of(reject("j2", "CL1"), RejectionCode.CLAIM_NOT_PENDING),
        Arguments.of(approve("a2", "CL404"), RejectionCode.UNKNOWN_CLAIM),
        Arguments.of(reject("j2", "CL404"), RejectionCode.UNKNOWN_CLAIM));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("decisionsOnDecidedClaims")
  void decision_onAClaimNotPending_isRefused(Command decision, RejectionCode code) {
    t.today(DAY_AFTER_SERVICE);
    t.run(claim("k1", "CL1", "C1", V1, 30_000), approve("a1", "CL1"));
    t.refused(decision, code);
  }

  @Test
  void rejectedClaim_cannotBeApprovedAfterwards() {
    t.today(DAY_AFTER_SERVICE);
    t.run(claim("k1", "CL1", "C1", V1, 30_000), reject("j1", "CL1"));
    t.refused(approve("a1", "CL1"), RejectionCode.CLAIM_NOT_PENDING);
  }

  // --- payout --------------------------------------------------------------------------------

  @Test
  void settlement_paysSeveralApprovedClaimsAtOnce() {
    t.today(DAY_AFTER_SERVICE);
    t.run(
        claim("k1", "CL1", "C1", V1, 30_000),
        approve("a1", "CL1"),
        claim("k2", "CL2", "C2", V1, 10_000),
        approve("a2", "CL2"),
        settle("s1", V1, "PAY-1", "CL1", "CL2"));
    assertEquals(40_000, ledger.now().vendor(P2022, v(V1)).paid());
    assertEquals(0, ledger.now().vendor(P2022, v(V1)).payable());
    assertEquals(ClaimStatus.SETTLED, ledger.now().claim(P2022, k("CL2")).status());
  }

  static Stream<Arguments> malformedSettlements() {
    return Stream.of(
        Arguments.of(
            "a pending claim",
            settle("s1", V1, "PAY-1", "CL2"),
            RejectionCode.CLAIM_NOT_APPROVED),
        Arguments.of(
            "a settled claim",
            settle("s2", V1, "PAY-2", "CL1"),
            RejectionCode.CLAIM_NOT_APPROVED),
        Arguments.of(
            "another vendor's claim",
            settle("s1", V2, "PAY-1", "CL3"),
            RejectionCode.NOT_CLAIM_VENDOR),
        Arguments.of(
            "the same claim twice",
            settle("s1", V1, "PAY-1", "CL3", "CL3"),
            RejectionCode.DUPLICATE_ITEM),
        Arguments.of(
            "an unknown claim", settle("s1", V1, "PAY-1", "CL404"), RejectionCode.UNKNOWN_CLAIM),
        Arguments.of(
            "no claim at all", settle("s1", V1, "PAY-1"), RejectionCode.EMPTY_SETTLEMENT));
  }

  /** CL1 on C1 is settled, CL2 on C2 pending, CL3 on C3 approved; all three are V1's. */
  @ParameterizedTest(name = "a settlement of {0}: {2}")
  @MethodSource("malformedSettlements")
  void settlement_breakingARule_isRefusedWithItsCode(
      String what, Command settlement, RejectionCode code) {
    t.run(reserve("r3", "C3", M1, V1, 20_000, 10_000));
    t.today(DAY_AFTER_SERVICE);
    t.run(
        claim("k1", "CL1", "C1", V1, 30_000),
        approve("a1", "CL1"),
        settle("s0", V1, "PAY-0", "CL1"),
        claim("k2", "CL2", "C2", V1, 10_000),
        claim("k3", "CL3", "C3", V1, 10_000),
        approve("a3", "CL3"));
    t.refused(settlement, code);
  }
}
