package dev.pointsledger.core.supply;

import static dev.pointsledger.core.StoreOf.storeOf;
import static dev.pointsledger.core.testing.Fixtures.MAY_2;
import static dev.pointsledger.core.testing.Fixtures.P2022;
import static dev.pointsledger.core.testing.Fixtures.V1;
import static dev.pointsledger.core.testing.Fixtures.V2;
import static dev.pointsledger.core.testing.Fixtures.V9;
import static dev.pointsledger.core.testing.TestLedger.AUG_20;
import static dev.pointsledger.core.testing.TestLedger.MARKET_PRICE;
import static dev.pointsledger.core.testing.TestLedger.PRICE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.pointsledger.core.Ledger;
import dev.pointsledger.core.command.CommandOutcome;
import dev.pointsledger.core.command.SubmitSolution;
import dev.pointsledger.core.error.RejectionCode;
import dev.pointsledger.core.id.VendorId;
import dev.pointsledger.core.journal.EntryType;
import dev.pointsledger.core.journal.JournalEntry;
import dev.pointsledger.core.journal.References;
import dev.pointsledger.core.state.SolutionRecord;
import dev.pointsledger.core.testing.TestLedger;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * R-V3, R-V4, R-V5: a registered vendor submits a solution in time, at a price not above the
 * market's, for at least the minimum term.
 */
class SolutionSubmissionTest {
  private TestLedger s;

  @BeforeEach
  void registerAVendor() {
    s = TestLedger.of2022(MAY_2);
    s.registerVendor(P2022, V1);
  }

  private SubmitSolution submission(long price, long marketPrice, int termMonths) {
    return s.submission(
        P2022, "S1", V1, SolutionCategory.FLOOR_MACHINES, price, marketPrice, termMonths);
  }

  @Test
  void aSubmission_recordsTheSolutionAsSubmitted_byItsVendor() {
    JournalEntry entry = s.run(submission(90_000, 100_000, 6));

    SolutionRecord solution = s.solution(P2022, "S1");
    assertEquals(VendorId.of(V1), solution.vendor());
    assertEquals(SolutionCategory.FLOOR_MACHINES, solution.category());
    assertEquals(90_000, solution.price());
    assertEquals(100_000, solution.marketPrice());
    assertEquals(6, solution.minimumTermMonths());
    assertEquals(ReviewStatus.SUBMITTED, solution.status());
    assertEquals(Optional.empty(), solution.listedOn());
    assertEquals(Optional.empty(), solution.carriedOverFrom());
    assertEquals(
        List.of(new ReviewStep(ReviewStatus.SUBMITTED, V1, MAY_2, "submitted", entry.id())),
        solution.history());
    assertEquals(EntryType.SOLUTION_SUBMITTED, entry.type());
    assertEquals(List.of(), entry.postings());
    assertEquals(V1, entry.references().get(References.VENDOR));
    assertEquals("S1", entry.references().get(References.SOLUTION));
  }

  @Test
  void aSubmission_onTheLastDayOfTheWindow_isAccepted() {
    s.clock().setDay(AUG_20);

    s.run(submission(PRICE, MARKET_PRICE, 3));

    assertEquals(ReviewStatus.SUBMITTED, s.solution(P2022, "S1").status());
  }

  @Test
  void aSubmission_afterTheWindow_isRefused() {
    s.clock().setDay(AUG_20.plusDays(1));

    s.refused(submission(PRICE, MARKET_PRICE, 3), RejectionCode.SOLUTION_APPLICATION_CLOSED);
  }

  @Test
  void aSubmission_justAfterMidnightInTaipeiOnAugust21_isRefused_thoughItIsStillAugust20InUtc() {
    Instant taipeiMidnightPlusHalfAnHour = Instant.parse("2022-08-20T16:30:00Z");
    Ledger sameStoreLater =
        Ledger.on(storeOf(s.ledger()), Clock.fixed(taipeiMidnightPlusHalfAnHour, ZoneOffset.UTC));
    long head = s.head();

    CommandOutcome outcome = sameStoreLater.submit(submission(PRICE, MARKET_PRICE, 3));

    assertEquals(AUG_20.plusDays(1), sameStoreLater.today());
    assertEquals(
        RejectionCode.SOLUTION_APPLICATION_CLOSED,
        assertInstanceOf(CommandOutcome.Refused.class, outcome).rejection().code());
    assertEquals(head, s.head());
  }

  @Test
  void theWindow_isASettingOfThePolicy() {
    LocalDate until = LocalDate.of(2022, 6, 30);
    s = TestLedger.with(MAY_2, TestLedger.program2022(p -> p.solutionApplicationsUntil(until)));
    s.registerVendor(P2022, V1);
    s.clock().setDay(until.plusDays(1));

    s.refused(submission(PRICE, MARKET_PRICE, 3), RejectionCode.SOLUTION_APPLICATION_CLOSED);
  }

  @Test
  void aPriceAboveTheMarketPrice_isRefused() {
    s.refused(submission(100_001, 100_000, 3), RejectionCode.PRICE_ABOVE_MARKET);
  }

  @Test
  void aPriceEqualToTheMarketPrice_isAccepted() {
    s.run(submission(100_000, 100_000, 3));

    assertEquals(100_000, s.solution(P2022, "S1").price());
  }

  @ParameterizedTest
  @CsvSource({"0, 100000", "-1, 100000", "0, 0"})
  void aPriceOrMarketPriceThatIsNotPositive_isRefused(long price, long marketPrice) {
    s.refused(submission(price, marketPrice, 3), RejectionCode.NON_POSITIVE_AMOUNT);
  }

  @Test
  void aTermOfTwoMonths_isRefused() {
    s.refused(submission(PRICE, MARKET_PRICE, 2), RejectionCode.TERM_TOO_SHORT);
  }

  @Test
  void theMinimumTerm_isASettingOfThePolicy() {
    s = TestLedger.with(MAY_2, TestLedger.program2022(p -> p.minimumTermMonths(6)));
    s.registerVendor(P2022, V1);

    s.refused(submission(PRICE, MARKET_PRICE, 5), RejectionCode.TERM_TOO_SHORT);
    s.run(submission(PRICE, MARKET_PRICE, 6));
  }

  @Test
  void aSubmission_byAnUnregisteredVendor_isRefused() {
    s.refused(
        s.submission(P2022, "S1", V9, SolutionCategory.FINANCE, PRICE, MARKET_PRICE, 3),
        RejectionCode.UNKNOWN_VENDOR);
  }

  @Test
  void aSecondSolution_underATakenId_isRefused() {
    s.run(submission(PRICE, MARKET_PRICE, 3));

    s.refused(submission(PRICE, MARKET_PRICE, 3), RejectionCode.SOLUTION_ALREADY_EXISTS);
  }

  @Test
  void aRetryOfTheSameSubmission_returnsTheFirstEntry_andWritesNothing() {
    SubmitSolution submission = submission(PRICE, MARKET_PRICE, 3);
    JournalEntry first = s.run(submission);
    long head = s.head();

    CommandOutcome retry = s.ledger().submit(submission);

    assertEquals(new CommandOutcome.Applied(submission, first, true), retry);
    assertEquals(head, s.head());
  }

  @Test
  void aVendorRegisteredTwice_isRefused() {
    s.refused(
        s.registration(P2022, V1, VendorProfile.qualifiedSoftwareHouse()),
        RejectionCode.VENDOR_ALREADY_REGISTERED);
  }

  @Test
  void aVendorRegistration_afterTheProgramEnds_isRefused() {
    s.clock().setDay(TestLedger.DEC_31.plusDays(1));

    s.refused(
        s.registration(P2022, V2, VendorProfile.qualifiedSoftwareHouse()),
        RejectionCode.OUTSIDE_PROGRAM_PERIOD);
  }
}
