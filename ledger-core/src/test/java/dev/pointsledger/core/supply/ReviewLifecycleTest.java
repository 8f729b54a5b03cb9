package dev.pointsledger.core.supply;

import static dev.pointsledger.core.supply.ReviewStatus.APPROVED;
import static dev.pointsledger.core.supply.ReviewStatus.LISTED;
import static dev.pointsledger.core.supply.ReviewStatus.QUALIFICATION_REVIEW;
import static dev.pointsledger.core.supply.ReviewStatus.REJECTED;
import static dev.pointsledger.core.supply.ReviewStatus.SUBMITTED;
import static dev.pointsledger.core.supply.ReviewStatus.SUPPLEMENT_REQUESTED;
import static dev.pointsledger.core.supply.ReviewStatus.TECHNICAL_REVIEW;
import static dev.pointsledger.core.supply.ReviewStatus.WITHDRAWN;
import static dev.pointsledger.core.testing.Fixtures.MAY_2;
import static dev.pointsledger.core.testing.Fixtures.P2022;
import static dev.pointsledger.core.testing.Fixtures.V1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pointsledger.core.command.ReverseEntry;
import dev.pointsledger.core.command.ReviewSolution;
import dev.pointsledger.core.error.LedgerRejectedException;
import dev.pointsledger.core.error.Rejection;
import dev.pointsledger.core.error.RejectionCode;
import dev.pointsledger.core.id.EntryId;
import dev.pointsledger.core.id.SolutionId;
import dev.pointsledger.core.journal.EntryType;
import dev.pointsledger.core.journal.JournalEntry;
import dev.pointsledger.core.journal.References;
import dev.pointsledger.core.state.SolutionRecord;
import dev.pointsledger.core.testing.TestLedger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * R-V6: a solution's review as an append-only history of moves, each with who, when and why;
 * moves the lifecycle does not allow are refused.
 */
class ReviewLifecycleTest {
  /**
   * The moves R-V6 allows, written out here independently of {@link ReviewLifecycle}: the review
   * runs forward, a request to supplement returns to qualification review, any review step may
   * reject, the vendor may withdraw (or be delisted) until a final decision.
   */
  private static final Map<ReviewStatus, Set<ReviewStatus>> R_V6 =
      Map.of(
          SUBMITTED, Set.of(QUALIFICATION_REVIEW, WITHDRAWN),
          QUALIFICATION_REVIEW,
              Set.of(SUPPLEMENT_REQUESTED, TECHNICAL_REVIEW, REJECTED, WITHDRAWN),
          SUPPLEMENT_REQUESTED, Set.of(QUALIFICATION_REVIEW, REJECTED, WITHDRAWN),
          TECHNICAL_REVIEW, Set.of(APPROVED, REJECTED, WITHDRAWN),
          APPROVED, Set.of(LISTED, WITHDRAWN),
          LISTED, Set.of(WITHDRAWN),
          REJECTED, Set.of(),
          WITHDRAWN, Set.of());

  private static final String S1 = "S1";

  private TestLedger s;

  @BeforeEach
  void registerAVendor() {
    s = TestLedger.of2022(MAY_2);
    s.registerVendor(P2022, V1);
  }

  static Stream<Arguments> allowedMoves() {
    return moves(true);
  }

  static Stream<Arguments> disallowedMoves() {
    return moves(false);
  }

  private static Stream<Arguments> moves(boolean allowed) {
    List<Arguments> moves = new ArrayList<>();
    for (ReviewStatus from : ReviewStatus.values()) {
      for (ReviewStatus to : ReviewStatus.values()) {
        if (R_V6.get(from).contains(to) == allowed) {
          moves.add(Arguments.of(from, to));
        }
      }
    }
    return moves.stream();
  }

  @Test
  void theLifecycle_allowsExactlyTheMovesOfTheRules() {
    assertEquals(15, allowedMoves().count());
    assertEquals(49, disallowedMoves().count());
    for (ReviewStatus from : ReviewStatus.values()) {
      assertEquals(R_V6.get(from), ReviewLifecycle.next(from), from::name);
      for (ReviewStatus to : ReviewStatus.values()) {
        assertEquals(
            R_V6.get(from).contains(to), ReviewLifecycle.allows(from, to), from + " -> " + to);
      }
    }
  }

  @Test
  void onlyRejectedAndWithdrawn_areTerminal() {
    for (ReviewStatus status : ReviewStatus.values()) {
      assertEquals(R_V6.get(status).isEmpty(), status.terminal(), status::name);
    }
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("allowedMoves")
  void everyAllowedMove_isAccepted_andAppendedToTheHistory(ReviewStatus from, ReviewStatus to) {
    s.solutionAt(S1, V1, from);
    List<ReviewStep> before = s.solution(P2022, S1).history();

    JournalEntry entry = s.run(s.move(P2022, S1, to));

    SolutionRecord after = s.solution(P2022, S1);
    assertEquals(to, after.status());
    assertEquals(EntryType.SOLUTION_REVIEWED, entry.type());
    assertEquals(to.name(), entry.references().get(References.STATUS));
    assertEquals(before, after.history().subList(0, before.size()), "history is append-only");
    assertEquals(before.size() + 1, after.history().size());
    assertEquals(to, after.history().get(before.size()).status());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("disallowedMoves")
  void everyDisallowedMove_isRefused_andLeavesTheLedgerUnchanged(
      ReviewStatus from, ReviewStatus to) {
    s.solutionAt(S1, V1, from);
    SolutionRecord before = s.solution(P2022, S1);

    Rejection refusal =
        s.refused(s.move(P2022, S1, to), RejectionCode.ILLEGAL_REVIEW_TRANSITION);

    assertEquals(before, s.solution(P2022, S1));
    String english = refusal.message(Locale.ENGLISH);
    assertTrue(english.contains(from.displayName(Locale.ENGLISH)), english);
    assertTrue(english.contains(to.displayName(Locale.ENGLISH)), english);
    String chinese = refusal.message(Locale.TAIWAN);
    assertTrue(chinese.contains("「" + from.displayName(Locale.TAIWAN) + "」"), chinese);
    assertTrue(chinese.contains("「" + to.displayName(Locale.TAIWAN) + "」"), chinese);
  }

  @Test
  void aReviewStep_isNeverReversed_theHistoryOnlyGrows() {
    s.solutionAt(S1, V1, QUALIFICATION_REVIEW);
    EntryId step = s.solution(P2022, S1).history().get(1).entry();

    s.refused(
        new ReverseEntry(s.nextId("reverse"), P2022, step, "changed our mind"),
        RejectionCode.ENTRY_NOT_REVERSIBLE);
  }

  @Test
  void aReviewOfAnUnknownSolution_isRefused() {
    s.refused(s.move(P2022, S1, QUALIFICATION_REVIEW), RejectionCode.UNKNOWN_SOLUTION);
  }

  // --- requests to supplement ------------------------------------------------------------------

  @Test
  void aRequestToSupplement_withoutADeadline_isRefused() {
    s.solutionAt(S1, V1, QUALIFICATION_REVIEW);

    s.refused(
        ReviewSolution.move(
            s.nextId("supplement"), P2022, SolutionId.of(S1), SUPPLEMENT_REQUESTED, "office", "?"),
        RejectionCode.SUPPLEMENT_DEADLINE_REQUIRED);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1})
  void aRequestToSupplement_withADeadlineNotAfterToday_isRefused(int daysFromToday) {
    s.solutionAt(S1, V1, QUALIFICATION_REVIEW);

    s.refused(
        s.supplementRequest(P2022, S1, MAY_2.plusDays(daysFromToday)),
        RejectionCode.SUPPLEMENT_DEADLINE_REQUIRED);
  }

  @Test
  void onlyARequestToSupplement_takesADeadline() {
    s.solutionAt(S1, V1, QUALIFICATION_REVIEW);

    s.refused(
        new ReviewSolution(
            s.nextId("review"),
            P2022,
            SolutionId.of(S1),
            TECHNICAL_REVIEW,
            "office",
            "complete",
            Optional.of(MAY_2.plusDays(7)),
            List.of()),
        RejectionCode.SUPPLEMENT_DEADLINE_REQUIRED);
  }

  @Test
  void aSupplement_onTheDeadlineDay_returnsToQualificationReview() {
    LocalDate deadline = MAY_2.plusDays(10);
    s.solutionAt(S1, V1, QUALIFICATION_REVIEW);
    s.run(s.supplementRequest(P2022, S1, deadline));
    assertEquals(Optional.of(deadline), s.solution(P2022, S1).supplementDeadline());

    s.clock().setDay(deadline);
    s.run(s.move(P2022, S1, QUALIFICATION_REVIEW));

    SolutionRecord after = s.solution(P2022, S1);
    assertEquals(QUALIFICATION_REVIEW, after.status());
    assertEquals(Optional.empty(), after.supplementDeadline());
  }

  @ParameterizedTest
  @EnumSource(
      value = ReviewStatus.class,
      names = {"QUALIFICATION_REVIEW", "WITHDRAWN"})
  void aMoveAfterTheSupplementDeadline_isRefused_becauseTheSolutionCountsAsRejected(
      ReviewStatus to) {
    LocalDate deadline = MAY_2.plusDays(10);
    s.solutionAt(S1, V1, QUALIFICATION_REVIEW);
    s.run(s.supplementRequest(P2022, S1, deadline));

    s.clock().setDay(deadline.plusDays(1));

    s.refused(s.move(P2022, S1, to), RejectionCode.SUPPLEMENT_DEADLINE_PASSED);
    SolutionRecord solution = s.solution(P2022, S1);
    assertEquals(SUPPLEMENT_REQUESTED, solution.status());
    assertEquals(SUPPLEMENT_REQUESTED, solution.statusOn(deadline));
    assertEquals(REJECTED, solution.statusOn(deadline.plusDays(1)));
  }

  @Test
  void aLapsedSupplementDeadline_canStillBeRecordedAsARejection() {
    LocalDate deadline = MAY_2.plusDays(10);
    s.solutionAt(S1, V1, QUALIFICATION_REVIEW);
    s.run(s.supplementRequest(P2022, S1, deadline));
    s.clock().setDay(deadline.plusDays(30));

    s.run(
        ReviewSolution.move(
            s.nextId("reject"), P2022, SolutionId.of(S1), REJECTED, "office", "deadline lapsed"));

    SolutionRecord solution = s.solution(P2022, S1);
    assertEquals(REJECTED, solution.status());
    assertEquals(deadline.plusDays(30), solution.history().get(3).on());
  }

  // --- the technical review's panel ------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"A B", "A B C", "A A B", "A B C C"})
  void anApproval_byTwoOrThreeDistinctReviewers_isAccepted(String panel) {
    s.solutionAt(S1, V1, TECHNICAL_REVIEW);

    JournalEntry entry = s.run(s.approval(S1, reviewers(panel)));

    assertEquals(APPROVED, s.solution(P2022, S1).status());
    assertEquals("A", entry.references().get(References.REVIEWER_PREFIX + 1));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "A", "A A", "A B C D"})
  void anApproval_byFewerThanTwoOrMoreThanThreeDistinctReviewers_isRefused(String panel) {
    s.solutionAt(S1, V1, TECHNICAL_REVIEW);

    s.refused(s.approval(S1, reviewers(panel)), RejectionCode.REVIEW_PANEL_SIZE);
  }

  @Test
  void onlyAnApproval_namesReviewers() {
    s.solutionAt(S1, V1, TECHNICAL_REVIEW);

    s.refused(
        new ReviewSolution(
            s.nextId("reject"),
            P2022,
            SolutionId.of(S1),
            REJECTED,
            "office",
            "fails",
            Optional.empty(),
            reviewers("A B")),
        RejectionCode.REVIEW_PANEL_SIZE);
  }

  @Test
  void thePanelSize_isASettingOfThePolicy() {
    s = TestLedger.with(MAY_2, TestLedger.program2022(p -> p.reviewPanel(3, 5)));
    s.registerVendor(P2022, V1);
    s.solutionAt(S1, V1, TECHNICAL_REVIEW);

    s.refused(s.approval(S1, reviewers("A B")), RejectionCode.REVIEW_PANEL_SIZE);
    s.run(s.approval(S1, reviewers("A B C D E")));
  }

  private static List<String> reviewers(String panel) {
    return panel.isEmpty() ? List.of() : Arrays.asList(panel.split(" "));
  }

  // --- listing ---------------------------------------------------------------------------------

  @Test
  void aListing_isValidFromItsAnnouncementToTheListingsEnd() {
    LocalDate announced = LocalDate.of(2022, 6, 15);
    s.solutionAt(S1, V1, APPROVED);
    s.clock().setDay(announced);

    s.run(s.move(P2022, S1, LISTED));

    SolutionRecord solution = s.solution(P2022, S1);
    assertEquals(Optional.of(announced), solution.listedOn());
    assertEquals(Optional.of(TestLedger.DEC_31), solution.listedUntil());
    assertFalse(solution.listedOn(announced.minusDays(1)));
    assertTrue(solution.listedOn(announced));
    assertTrue(solution.listedOn(TestLedger.DEC_31));
    assertFalse(solution.listedOn(TestLedger.DEC_31.plusDays(1)));
  }

  @Test
  void aListing_announcedOnTheListingsLastDay_isAccepted_andAfterItRefused() {
    s.solutionAt(S1, V1, APPROVED);
    s.solutionAt("S2", V1, APPROVED);

    s.clock().setDay(TestLedger.DEC_31);
    s.run(s.move(P2022, S1, LISTED));
    s.clock().setDay(TestLedger.DEC_31.plusDays(1));

    s.refused(s.move(P2022, "S2", LISTED), RejectionCode.OUTSIDE_LISTING_PERIOD);
  }

  // --- history ---------------------------------------------------------------------------------

  @Test
  void theHistory_recordsWhoWhenWhyAndTheEntry_ofEveryStep() {
    record Step(LocalDate on, ReviewSolution command) {}
    EntryId submittedBy = s.run(s.submission(S1, V1)).id();
    List<Step> steps =
        List.of(
            new Step(LocalDate.of(2022, 5, 3), review(QUALIFICATION_REVIEW, "clerk Lin", "in")),
            new Step(LocalDate.of(2022, 5, 9), review(TECHNICAL_REVIEW, "clerk Chen", "complete")),
            new Step(LocalDate.of(2022, 6, 1), s.approval(S1, List.of("Dr Wu", "Dr Ho"))),
            new Step(LocalDate.of(2022, 6, 15), review(LISTED, "agency", "announced")));

    for (Step step : steps) {
      s.clock().setDay(step.on());
      s.run(step.command());
    }

    List<ReviewStep> history = s.solution(P2022, S1).history();
    assertEquals(
        new ReviewStep(SUBMITTED, V1, MAY_2, "submitted", submittedBy), history.get(0));
    for (int i = 0; i < steps.size(); i++) {
      ReviewSolution c = steps.get(i).command();
      assertEquals(
          new ReviewStep(c.to(), c.actor(), steps.get(i).on(), c.note(), c.id()),
          history.get(i + 1));
    }
    assertEquals(steps.size() + 1, history.size());
  }

  @Test
  void theSolutionAsOfAnEarlierEntry_showsItsHistoryAsItStoodThen() {
    long beforeSubmission = s.head();
    s.run(s.submission(S1, V1));
    s.run(s.move(P2022, S1, QUALIFICATION_REVIEW));
    long inQualification = s.head();
    for (ReviewStatus to : List.of(TECHNICAL_REVIEW, APPROVED, LISTED, WITHDRAWN)) {
      s.run(s.move(P2022, S1, to));
    }

    SolutionRecord then = s.ledger().asOf(inQualification).solution(P2022, SolutionId.of(S1));

    assertEquals(QUALIFICATION_REVIEW, then.status());
    assertEquals(
        List.of(SUBMITTED, QUALIFICATION_REVIEW),
        then.history().stream().map(ReviewStep::status).toList());
    assertEquals(WITHDRAWN, s.solution(P2022, S1).status());
    assertEquals(6, s.solution(P2022, S1).history().size());
    LedgerRejectedException notYet =
        assertThrows(
            LedgerRejectedException.class,
            () -> s.ledger().asOf(beforeSubmission).solution(P2022, SolutionId.of(S1)));
    assertEquals(RejectionCode.UNKNOWN_SOLUTION, notYet.code());
    assertEquals(List.of(), s.ledger().asOf(beforeSubmission).solutions(P2022));
    assertEquals(List.of(then), s.ledger().asOf(inQualification).solutions(P2022));
  }

  private ReviewSolution review(ReviewStatus to, String actor, String note) {
    return ReviewSolution.move(s.nextId("review"), P2022, SolutionId.of(S1), to, actor, note);
  }
}
