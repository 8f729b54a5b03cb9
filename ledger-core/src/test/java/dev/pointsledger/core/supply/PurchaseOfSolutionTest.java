package dev.pointsledger.core.supply;

import static dev.pointsledger.core.testing.Fixtures.M1;
import static dev.pointsledger.core.testing.Fixtures.MAY_2;
import static dev.pointsledger.core.testing.Fixtures.P2022;
import static dev.pointsledger.core.testing.Fixtures.V1;
import static dev.pointsledger.core.testing.TestLedger.DEC_31;
import static dev.pointsledger.core.testing.TestLedger.PRICE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pointsledger.core.error.RejectionCode;
import dev.pointsledger.core.id.ContractId;
import dev.pointsledger.core.id.SolutionId;
import dev.pointsledger.core.id.VendorId;
import dev.pointsledger.core.journal.JournalEntry;
import dev.pointsledger.core.journal.References;
import dev.pointsledger.core.state.ContractRecord;
import dev.pointsledger.core.testing.TestLedger;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * R-V3, R-V4, R-V5 at the point of sale: only a listed solution is bought, within its listing,
 * at most at its listed price, for at least its term; the contract records what was bought.
 */
class PurchaseOfSolutionTest {
  private static final LocalDate JUNE_1 = LocalDate.of(2022, 6, 1);

  private TestLedger s;

  @BeforeEach
  void registerAVendorAndGrantAManufacturer() {
    s = TestLedger.of2022(MAY_2);
    s.registerVendor(P2022, V1);
    s.run(s.grant(P2022, M1, 200_000));
  }

  /** Lists S1 of V1: category 7, at {@link TestLedger#PRICE}, with a term in months. */
  private void listS1(int termMonths) {
    s.list(P2022, "S1", V1, SolutionCategory.FLOOR_MACHINES, PRICE, termMonths);
  }

  private void buyS1(String contract) {
    s.run(s.purchase(contract, M1, "S1", PRICE, PRICE / 2));
  }

  private void refuseS1(RejectionCode expected) {
    s.refused(s.purchase("C1", M1, "S1", PRICE, PRICE / 2), expected);
  }

  @ParameterizedTest
  @MethodSource("dev.pointsledger.core.testing.TestLedger#neverListed")
  void aSolutionThatWasNeverListed_isNotBought(ReviewStatus reached) {
    s.solutionAt("S1", V1, reached);

    refuseS1(RejectionCode.SOLUTION_NOT_LISTED);
  }

  @Test
  void aSolutionWithdrawnAfterItsListing_isNotBought() {
    listS1(3);
    s.run(s.move(P2022, "S1", ReviewStatus.WITHDRAWN));

    refuseS1(RejectionCode.SOLUTION_NOT_LISTED);
  }

  @Test
  void anUnknownSolution_isNotBought() {
    refuseS1(RejectionCode.UNKNOWN_SOLUTION);
  }

  @Test
  void aListedSolution_isBoughtOnTheDayOfItsAnnouncement() {
    listS1(3);

    buyS1("C1");

    assertEquals(SolutionId.of("S1"), contract("C1").solution());
  }

  @Test
  void aPurchase_datedBeforeTheAnnouncement_isRefused() {
    listS1(3);
    // a business day before the announcement: the embedding system's clock was set back
    s.clock().setDay(MAY_2.minusDays(1));

    refuseS1(RejectionCode.OUTSIDE_LISTING_PERIOD);
  }

  @Test
  void aPurchase_onTheListingsLastDay_isAccepted_andTheDayAfterRefused() {
    LocalDate listingEnd = LocalDate.of(2022, 10, 31);
    s = TestLedger.with(MAY_2, TestLedger.program2022(p -> p.listingValidUntil(listingEnd)));
    s.registerVendor(P2022, V1);
    s.run(s.grant(P2022, M1, 200_000));
    listS1(3);
    assertEquals(listingEnd, s.solution(P2022, "S1").listedUntil().orElseThrow());

    s.clock().setDay(listingEnd);
    buyS1("C0");
    s.clock().setDay(listingEnd.plusDays(1));

    refuseS1(RejectionCode.OUTSIDE_LISTING_PERIOD);
  }

  @Test
  void aPurchase_afterTheProgramEnds_isRefusedAsOutsideTheProgram() {
    listS1(3);
    s.clock().setDay(DEC_31.plusDays(1));

    refuseS1(RejectionCode.OUTSIDE_PROGRAM_PERIOD);
  }

  @ParameterizedTest
  @CsvSource({"100000, 50000", "99999, 49999", "3, 1"})
  void aPurchase_atOrBelowTheListedPrice_isAccepted(long price, long points) {
    listS1(3);

    s.run(s.purchase("C1", M1, "S1", price, points));

    assertEquals(price, contract("C1").price());
  }

  @Test
  void aPurchase_aboveTheListedPrice_isRefused() {
    listS1(3);

    s.refused(
        s.purchase("C1", M1, "S1", PRICE + 1, PRICE / 2), RejectionCode.PRICE_ABOVE_LISTED);
  }

  @ParameterizedTest(name = "a {0}-month solution serves until {1} at least")
  @CsvSource({"3, 2022-08-31", "6, 2022-11-30"})
  void aPurchase_servesAtLeastTheLongerOfThePolicysAndTheSolutionsTerm(
      int termMonths, LocalDate lastDay) {
    listS1(termMonths);

    s.refused(
        s.purchase(P2022, "C1", M1, "S1", PRICE, PRICE / 2, JUNE_1, lastDay.minusDays(1)),
        RejectionCode.TERM_TOO_SHORT);
    s.run(s.purchase(P2022, "C1", M1, "S1", PRICE, PRICE / 2, JUNE_1, lastDay));
  }

  @Test
  void theContract_recordsTheSolutionItsVendorCategoryAndMarketPrice() {
    s.run(
        s.submission(
            P2022, "S1", V1, SolutionCategory.FLOOR_MATERIALS, 90_000, 100_000, 3));
    s.reviewTo(P2022, "S1", ReviewStatus.LISTED);

    JournalEntry entry = s.run(s.purchase("C1", M1, "S1", 80_001, 40_000));

    ContractRecord contract = contract("C1");
    assertEquals(SolutionId.of("S1"), contract.solution());
    assertEquals(VendorId.of(V1), contract.vendor());
    assertEquals(SolutionCategory.FLOOR_MATERIALS, contract.category());
    assertEquals(100_000, contract.marketPrice());
    assertEquals(80_001, contract.price());
    assertEquals(40_000, contract.points());
    assertEquals(40_001, contract.ownPart(), "the manufacturer's own part (R-P2)");
    assertEquals("S1", entry.references().get(References.SOLUTION));
    assertEquals(V1, entry.references().get(References.VENDOR));
    assertEquals(
        SolutionCategory.FLOOR_MATERIALS.name(), entry.references().get(References.CATEGORY));
  }

  private ContractRecord contract(String id) {
    return s.ledger().now().contract(P2022, ContractId.of(id)).contract();
  }
}
