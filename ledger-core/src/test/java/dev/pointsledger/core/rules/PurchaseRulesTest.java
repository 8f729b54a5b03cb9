package dev.pointsledger.core.rules;

import static dev.pointsledger.core.testing.Fixtures.LISTED_PRICE;
import static dev.pointsledger.core.testing.Fixtures.M1;
import static dev.pointsledger.core.testing.Fixtures.M9;
import static dev.pointsledger.core.testing.Fixtures.SERVICE_END;
import static dev.pointsledger.core.testing.Fixtures.SERVICE_START;
import static dev.pointsledger.core.testing.Fixtures.V1;
import static dev.pointsledger.core.testing.Fixtures.V2;
import static dev.pointsledger.core.testing.Fixtures.cancel;
import static dev.pointsledger.core.testing.Fixtures.grant;
import static dev.pointsledger.core.testing.Fixtures.purchase;
import static dev.pointsledger.core.testing.Fixtures.reserve;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pointsledger.core.error.RejectionCode;
import dev.pointsledger.core.state.ContractRecord;
import dev.pointsledger.core.state.ContractStatus;
import dev.pointsledger.core.testing.Fixtures;
import dev.pointsledger.core.testing.Fixtures.Purchase;
import dev.pointsledger.core.testing.TestLedger;
import java.time.LocalDate;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * R-P1 (half and half), R-V3 (the listed price), R-V4 (term), and cancelling before the service
 * ends. The listing rules of purchases (R-V5) are {@code supply.PurchaseOfSolutionTest}'s.
 */
class PurchaseRulesTest {
  private final TestLedger t = TestLedger.of2022(Fixtures.MAY_2).listSolutions(V1, V2);

  @BeforeEach
  void grantTheManufacturer() {
    t.run(grant("g1", M1, 200_000));
  }

  // --- R-P1: points pay at most floor(price / 2) ------------------------------------------

  @Test
  void oddPrice_pointsPayTheFloorOfHalf_andTheManufacturerTheRest() {
    t.run(reserve("r1", "C1", M1, V1, 150_001, 75_000));
    ContractRecord c = t.contract("C1").contract();
    assertEquals(75_000, c.points());
    assertEquals(75_001, c.ownPart());
    assertEquals(c.price(), c.points() + c.ownPart());
    assertEquals(75_000, t.contract("C1").reserved());
    t.assertPoints(M1, 125_000, 75_000);
  }

  @Test
  void fewerPointsThanHalf_areAccepted_andTheOwnPartGrows() {
    t.run(reserve("r1", "C1", M1, V1, 100_000, 1));
    assertEquals(99_999, t.contract("C1").contract().ownPart());
  }

  @Test
  void purchases_spreadTheGrant_butNeverPassWhatIsUnused() {
    t.run(
        reserve("r1", "C1", M1, V1, 200_000, 100_000),
        reserve("r2", "C2", M1, V2, 160_000, 80_000));
    t.refused(reserve("r3", "C3", M1, V1, 40_002, 20_001), RejectionCode.INSUFFICIENT_POINTS);
    t.run(reserve("r4", "C4", M1, V1, 40_000, 20_000));
    t.assertPoints(M1, 0, 200_000);
  }

  @Test
  void manufacturer_neverGranted_isRefusedUnknownManufacturer() {
    t.refused(reserve("r1", "C1", M9, V1, 10_000, 5_000), RejectionCode.UNKNOWN_MANUFACTURER);
  }

  @Test
  void contractId_usedBefore_isRefusedContractAlreadyExists() {
    t.run(reserve("r1", "C1", M1, V1, 10_000, 5_000));
    t.refused(
        reserve("r2", "C1", M1, V1, 10_000, 5_000), RejectionCode.CONTRACT_ALREADY_EXISTS);
  }

  // --- R-V3 price, R-V4 term, well-formed amounts and dates -------------------------------

  @Test
  void price_equalToTheListedPrice_isAccepted() {
    t.run(purchase("r1", "C1", M1, V1).price(LISTED_PRICE).points(5_000).build());
  }

  @Test
  void term_ofExactlyThreeMonths_isAccepted() {
    t.run(purchase("r1", "C1", M1, V1).service(SERVICE_START, SERVICE_END).build());
    assertEquals(LocalDate.of(2022, 8, 31), t.contract("C1").contract().serviceEnd());
  }

  static Stream<Arguments> malformedPurchases() {
    return Stream.of(
        refusal(
            "75,001 points on an odd price of 150,001",
            p -> p.price(150_001).points(75_001),
            RejectionCode.MORE_THAN_HALF_OF_PRICE),
        refusal(
            "any points on a price of 1",
            p -> p.price(1).points(1),
            RejectionCode.MORE_THAN_HALF_OF_PRICE),
        refusal(
            "points above the cap, though within half the price: more than are unused",
            p -> p.price(400_002).points(200_001),
            RejectionCode.INSUFFICIENT_POINTS),
        refusal(
            "price above the listed price",
            p -> p.price(LISTED_PRICE + 1),
            RejectionCode.PRICE_ABOVE_LISTED),
        refusal(
            "a term one day short of 3 months",
            p -> p.service(SERVICE_START, SERVICE_END.minusDays(1)),
            RejectionCode.TERM_TOO_SHORT),
        refusal(
            "service ending before it starts",
            p -> p.service(SERVICE_START, SERVICE_START.minusDays(1)),
            RejectionCode.DATES_OUT_OF_ORDER),
        refusal("a price of zero", p -> p.price(0).points(1), RejectionCode.NON_POSITIVE_AMOUNT),
        refusal("a negative price", p -> p.price(-10_000), RejectionCode.NON_POSITIVE_AMOUNT),
        refusal("zero points", p -> p.points(0), RejectionCode.NON_POSITIVE_AMOUNT),
        refusal("negative points", p -> p.points(-1), RejectionCode.NON_POSITIVE_AMOUNT));
  }

  private static Arguments refusal(
      String what, UnaryOperator<Purchase> change, RejectionCode code) {
    return Arguments.of(what, change, code);
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("malformedPurchases")
  void purchase_breakingARule_isRefusedWithItsCode(
      String what, UnaryOperator<Purchase> change, RejectionCode code) {
    t.refused(change.apply(purchase("r1", "C1", M1, V1)).build(), code);
  }

  @Test
  void purchase_onTheProgramsLastDay_isAccepted_andTheDayAfter_isRefusedOutsideProgramPeriod() {
    LocalDate lastDay = LocalDate.of(2022, 12, 31);
    t.today(lastDay);
    t.run(purchase("r1", "C1", M1, V1).service(lastDay, lastDay.plusMonths(3)).build());
    t.today(lastDay.plusDays(1));
    t.refused(
        purchase("r2", "C2", M1, V1).service(lastDay, lastDay.plusMonths(3)).build(),
        RejectionCode.OUTSIDE_PROGRAM_PERIOD);
  }

  // --- cancelling ----------------------------------------------------------------------------

  @Test
  void cancel_onTheLastDayOfService_releasesThePoints() {
    t.run(reserve("r1", "C1", M1, V1, 60_000, 30_000));
    t.today(SERVICE_END);
    t.run(cancel("x1", "C1"));
    assertEquals(ContractStatus.CANCELLED, t.contract("C1").contract().status());
    t.assertPoints(M1, 200_000, 0);
  }

  @Test
  void cancel_theDayAfterServiceEnds_isRefusedContractAlreadyEnded() {
    t.run(reserve("r1", "C1", M1, V1, 60_000, 30_000));
    t.today(SERVICE_END.plusDays(1));
    t.refused(cancel("x1", "C1"), RejectionCode.CONTRACT_ALREADY_ENDED);
  }

  @Test
  void cancel_ofACancelledContract_isRefusedContractNotActive() {
    t.run(reserve("r1", "C1", M1, V1, 60_000, 30_000), cancel("x1", "C1"));
    t.refused(cancel("x2", "C1"), RejectionCode.CONTRACT_NOT_ACTIVE);
  }

  @Test
  void cancel_whileAClaimIsUnderReview_isRefusedClaimPending() {
    t.c1UnderAPendingClaim();
    t.refused(cancel("x1", "C1"), RejectionCode.CLAIM_PENDING);
  }

  @Test
  void cancel_ofAnUnknownContract_isRefusedUnknownContract() {
    t.refused(cancel("x1", "C404"), RejectionCode.UNKNOWN_CONTRACT);
  }
}
