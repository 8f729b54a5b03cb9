package dev.pointsledger.core.supply;

import static dev.pointsledger.core.testing.Fixtures.M1;
import static dev.pointsledger.core.testing.Fixtures.MAY_2;
import static dev.pointsledger.core.testing.Fixtures.P2022;
import static dev.pointsledger.core.testing.Fixtures.V1;
import static dev.pointsledger.core.testing.Fixtures.V2;
import static dev.pointsledger.core.testing.TestLedger.DEC_31;
import static dev.pointsledger.core.testing.TestLedger.MAY_3_2021;
import static dev.pointsledger.core.testing.TestLedger.P2021;
import static dev.pointsledger.core.testing.TestLedger.program2021;
import static dev.pointsledger.core.testing.TestLedger.program2022;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pointsledger.core.command.CarryOverSolution;
import dev.pointsledger.core.error.Rejection;
import dev.pointsledger.core.error.RejectionCode;
import dev.pointsledger.core.id.ContractId;
import dev.pointsledger.core.id.ProgramId;
import dev.pointsledger.core.id.SolutionId;
import dev.pointsledger.core.id.VendorId;
import dev.pointsledger.core.journal.EntryType;
import dev.pointsledger.core.journal.JournalEntry;
import dev.pointsledger.core.journal.References;
import dev.pointsledger.core.state.ContractRecord;
import dev.pointsledger.core.state.SolutionRecord;
import dev.pointsledger.core.testing.TestLedger;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * R-V5: a solution listed in the previous year's program stays listed without a new review; the
 * vendor only updates it.
 */
class CarryOverTest {
  private static final long OLD_PRICE = 80_000L;
  private static final long NEW_PRICE = 90_000L;

  private TestLedger s;

  /** 2021: vendor V1 lists S1 (category 7, six months). 2022: V1 registers again. */
  @BeforeEach
  void listASolutionIn2021() {
    listASolutionIn2021(TestLedger.withLastYear());
  }

  /** The same, with a 2022 program whose minimum term is some months. */
  private void underA2022MinimumTermOf(int months) {
    listASolutionIn2021(
        TestLedger.with(
            MAY_3_2021, program2021(), program2022(b -> b.minimumTermMonths(months))));
  }

  private void listASolutionIn2021(TestLedger ledger) {
    s = ledger;
    s.registerVendor(P2021, V1);
    s.list(P2021, "S1", V1, SolutionCategory.FLOOR_MACHINES, OLD_PRICE, 6);
    s.clock().setDay(MAY_2);
    s.registerVendor(P2022, V1);
  }

  private CarryOverSolution carryOver(String solution, ProgramId from, long price, long market) {
    return new CarryOverSolution(
        s.nextId("carry"), P2022, SolutionId.of(solution), from, price, market, "office");
  }

  private CarryOverSolution carryOver(String solution) {
    return carryOver(solution, P2021, NEW_PRICE, 100_000L);
  }

  @Test
  void aCarryOver_ofASolutionWhoseTermIsShorterThanThisYearsMinimum_isRefusedTermTooShort() {
    underA2022MinimumTermOf(7);
    long head = s.head();

    Rejection refused = s.refused(carryOver("S1"), RejectionCode.TERM_TOO_SHORT);

    assertEquals(
        "solution S1 was listed in " + P2021 + " with a minimum term of 6 months, shorter than"
            + " the 7 months program " + P2022 + " requires; it does not carry over: submit it"
            + " with a longer term",
        refused.message(Locale.ENGLISH));
    assertEquals(head, s.head(), "nothing is written, and the term is not lengthened");
  }

  @Test
  void aCarryOver_ofASolutionWhoseTermIsExactlyThisYearsMinimum_keepsItsTerm() {
    underA2022MinimumTermOf(6);
    s.run(carryOver("S1"));
    assertEquals(6, s.solution(P2022, "S1").minimumTermMonths());
  }

  @Test
  void aSolutionListedLastYear_isListedWithoutANewReview_withItsUpdatedPrice() {
    JournalEntry entry = s.run(carryOver("S1"));

    SolutionRecord carried = s.solution(P2022, "S1");
    assertEquals(ReviewStatus.LISTED, carried.status());
    assertEquals(Optional.of(P2021), carried.carriedOverFrom());
    assertEquals(Optional.of(MAY_2), carried.listedOn());
    assertEquals(Optional.of(DEC_31), carried.listedUntil());
    assertEquals(VendorId.of(V1), carried.vendor());
    assertEquals(SolutionCategory.FLOOR_MACHINES, carried.category());
    assertEquals("Solution S1", carried.name());
    assertEquals(NEW_PRICE, carried.price());
    assertEquals(100_000L, carried.marketPrice());
    assertEquals(6, carried.minimumTermMonths(), "the solution keeps its own longer term");
    assertEquals(
        List.of(
            new ReviewStep(
                ReviewStatus.LISTED, "office", MAY_2, "carried over from " + P2021, entry.id())),
        carried.history());
    assertEquals(EntryType.SOLUTION_CARRIED_OVER, entry.type());
    assertEquals(P2021.value(), entry.references().get(References.FROM_PROGRAM));
    assertEquals(
        ReviewStatus.LISTED,
        s.solution(P2021, "S1").status(),
        "last year's record is left as it was");
  }

  @Test
  void aCarriedOverSolution_canBeBought() {
    s.run(carryOver("S1"));
    s.run(s.grant(P2022, M1, 200_000));

    s.run(
        s.purchase(
            P2022,
            "C1",
            M1,
            "S1",
            NEW_PRICE,
            45_000,
            LocalDate.of(2022, 6, 1),
            LocalDate.of(2022, 11, 30)));

    ContractRecord contract =
        s.ledger().now().contract(P2022, ContractId.of("C1")).contract();
    assertEquals(SolutionCategory.FLOOR_MACHINES, contract.category());
    assertEquals(VendorId.of(V1), contract.vendor());
  }

  @Test
  void aSolutionListedLastYear_isNotBoughtThisYear_untilItIsCarriedOver() {
    s.run(s.grant(P2022, M1, 200_000));

    s.refused(
        s.purchase("C1", M1, "S1", NEW_PRICE, 45_000), RejectionCode.UNKNOWN_SOLUTION);
  }

  @Test
  void aCarryOver_afterTheSolutionApplicationWindow_isStillAccepted() {
    s.clock().setDay(LocalDate.of(2022, 10, 1));

    s.run(carryOver("S1"));

    assertEquals(ReviewStatus.LISTED, s.solution(P2022, "S1").status());
  }

  @Test
  void aCarryOver_afterTheListingsEnd_isRefused() {
    s.clock().setDay(DEC_31.plusDays(1));

    s.refused(carryOver("S1"), RejectionCode.OUTSIDE_LISTING_PERIOD);
  }

  @ParameterizedTest
  @MethodSource("dev.pointsledger.core.testing.TestLedger#neverListed")
  void aSolutionNotListedLastYear_isNotCarriedOver(ReviewStatus reached) {
    s.clock().setDay(MAY_3_2021);
    s.solutionAt(P2021, "S2", V1, reached);
    s.clock().setDay(MAY_2);

    s.refused(carryOver("S2"), RejectionCode.CARRY_OVER_NOT_ALLOWED);
  }

  @Test
  void aSolutionWithdrawnLastYearAfterItsListing_isNotCarriedOver() {
    s.clock().setDay(LocalDate.of(2021, 9, 1));
    s.run(s.move(P2021, "S1", ReviewStatus.WITHDRAWN));
    s.clock().setDay(MAY_2);

    s.refused(carryOver("S1"), RejectionCode.CARRY_OVER_NOT_ALLOWED);
  }

  @Test
  void aSolutionUnknownLastYear_isNotCarriedOver() {
    s.refused(carryOver("S9"), RejectionCode.CARRY_OVER_NOT_ALLOWED);
  }

  @Test
  void aCarryOver_fromAProgramOtherThanThePreviousOne_isRefused() {
    s.refused(
        carryOver("S1", ProgramId.of("industrial-pavilion-2020"), NEW_PRICE, 100_000L),
        RejectionCode.CARRY_OVER_NOT_ALLOWED);
    s.refused(
        carryOver("S1", P2022, NEW_PRICE, 100_000L), RejectionCode.CARRY_OVER_NOT_ALLOWED);
  }

  @Test
  void aCarryOver_intoAProgramWithNoPreviousOne_isRefused() {
    s.clock().setDay(LocalDate.of(2021, 6, 1));

    s.refused(
        new CarryOverSolution(
            s.nextId("carry"), P2021, SolutionId.of("S1"), P2021, NEW_PRICE, NEW_PRICE, "office"),
        RejectionCode.CARRY_OVER_NOT_ALLOWED);
  }

  @Test
  void aCarryOver_ofAVendorNotRegisteredThisYear_isRefused() {
    s.clock().setDay(MAY_3_2021);
    s.registerVendor(P2021, V2);
    s.list(P2021, "S2", V2, SolutionCategory.MARKETING, OLD_PRICE, 3);
    s.clock().setDay(MAY_2);

    s.refused(carryOver("S2"), RejectionCode.UNKNOWN_VENDOR);
  }

  @Test
  void aSolutionCarriedOverTwice_isRefused() {
    s.run(carryOver("S1"));

    s.refused(carryOver("S1"), RejectionCode.SOLUTION_ALREADY_EXISTS);
  }

  @Test
  void anUpdatedPriceAboveTheMarketPrice_isRefused() {
    s.refused(
        carryOver("S1", P2021, 100_001L, 100_000L), RejectionCode.PRICE_ABOVE_MARKET);
  }
}
