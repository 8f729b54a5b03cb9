package dev.pointsledger.core.rules;

import static dev.pointsledger.core.testing.Fixtures.M1;
import static dev.pointsledger.core.testing.Fixtures.M2;
import static dev.pointsledger.core.testing.Fixtures.P2022;
import static dev.pointsledger.core.testing.Fixtures.V1;
import static dev.pointsledger.core.testing.Fixtures.V2;
import static dev.pointsledger.core.testing.Fixtures.e;
import static dev.pointsledger.core.testing.Fixtures.grant;
import static dev.pointsledger.core.testing.Fixtures.purchase;
import static dev.pointsledger.core.testing.Fixtures.v;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pointsledger.core.command.CarryOverSolution;
import dev.pointsledger.core.command.ReviewSolution;
import dev.pointsledger.core.command.SubmitSolution;
import dev.pointsledger.core.error.Rejection;
import dev.pointsledger.core.error.RejectionCode;
import dev.pointsledger.core.id.SolutionId;
import dev.pointsledger.core.program.ManufacturerProfile;
import dev.pointsledger.core.program.ProgramPolicy;
import dev.pointsledger.core.program.ProgramPresets;
import dev.pointsledger.core.supply.ReviewStatus;
import dev.pointsledger.core.supply.SolutionCategory;
import dev.pointsledger.core.testing.Fixtures;
import dev.pointsledger.core.testing.HostileInputs;
import dev.pointsledger.core.testing.TestLedger;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The ledger's bounds on a command's values: every date within 1900-01-01 .. 9999-12-31 ({@code
 * DATE_OUT_OF_RANGE}), every price within the policy's {@code maxPrice} and every term within 1,200
 * months ({@code AMOUNT_ABOVE_LIMIT}), refused with a code, never a {@code DateTimeException} or an
 * {@code ArithmeticException}.
 */
class InputBoundsTest {
  private final TestLedger t = TestLedger.of2022(Fixtures.MAY_2).listSolutions(V1, V2);
  private static final long MAX_PRICE =
      ProgramPresets.industrialPavilion2022Policy().maxPrice();

  static Stream<LocalDate> unsupportedDates() {
    return HostileInputs.UNSUPPORTED_DATES.stream();
  }

  @BeforeEach
  void grantTheManufacturer() {
    t.run(grant("g1", M1, 200_000));
  }

  @ParameterizedTest
  @MethodSource("unsupportedDates")
  void grant_refusesAnApplicationDateOutsideTheSupportedDates(LocalDate day) {
    Rejection r =
        t.refused(
            grant("g2", P2022, M2, 1_000, day, ManufacturerProfile.typicalSmallFactory()),
            RejectionCode.DATE_OUT_OF_RANGE);
    assertTrue(r.message().contains("1900-01-01 .. 9999-12-31"), r::message);
  }

  @ParameterizedTest
  @MethodSource("unsupportedDates")
  void reserve_refusesAFirstOrLastDayOfServiceOutsideTheSupportedDates(LocalDate day) {
    t.refused(
        purchase("r1", "C1", M1, V1).service(day, LocalDate.of(2022, 8, 31)).build(),
        RejectionCode.DATE_OUT_OF_RANGE);
    t.refused(
        purchase("r1", "C1", M1, V1).service(LocalDate.of(2022, 6, 1), day).build(),
        RejectionCode.DATE_OUT_OF_RANGE);
  }

  @ParameterizedTest
  @MethodSource("unsupportedDates")
  void review_refusesASupplementDeadlineOutsideTheSupportedDates(LocalDate day) {
    t.refused(
        new ReviewSolution(
            e("q1"), P2022, SolutionId.of("S-" + V1), ReviewStatus.SUPPLEMENT_REQUESTED, "office",
            "send the invoice", Optional.of(day), List.of()),
        RejectionCode.DATE_OUT_OF_RANGE);
  }

  @Test
  void theSupportedDates_includeTheirEnds() {
    t.refused(
        purchase("r1", "C1", M1, V1)
            .service(LocalDate.of(2022, 6, 1), LocalDate.of(9999, 12, 31))
            .points(200_001)
            .build(),
        RejectionCode.MORE_THAN_HALF_OF_PRICE);
    t.refused(
        grant("g2", P2022, M2, 1_000, LocalDate.of(1900, 1, 1),
            ManufacturerProfile.typicalSmallFactory()),
        RejectionCode.APPLICATION_WINDOW_CLOSED);
  }

  @Test
  void reserve_refusesAPriceAboveThePolicysHighestPrice() {
    Rejection r =
        t.refused(
            purchase("r1", "C1", M1, V1).price(MAX_PRICE + 1).build(),
            RejectionCode.AMOUNT_ABOVE_LIMIT);
    assertTrue(r.message().contains("1,000,000,000"), r::message);
    t.refused(
        purchase("r1", "C1", M1, V1).price(Long.MAX_VALUE).points(Long.MAX_VALUE).build(),
        RejectionCode.AMOUNT_ABOVE_LIMIT);
  }

  @Test
  void submission_refusesAPriceOrMarketPriceAboveTheLimit_andATermAbove1200Months() {
    t.refused(submission(MAX_PRICE + 1, MAX_PRICE + 1, 3), RejectionCode.AMOUNT_ABOVE_LIMIT);
    t.refused(submission(1_000, Long.MAX_VALUE, 3), RejectionCode.AMOUNT_ABOVE_LIMIT);
    t.refused(
        submission(1_000, 1_000, ProgramPolicy.MAX_TERM_MONTHS + 1),
        RejectionCode.AMOUNT_ABOVE_LIMIT);
    t.refused(submission(1_000, 1_000, Integer.MAX_VALUE), RejectionCode.AMOUNT_ABOVE_LIMIT);
    t.run(submission(MAX_PRICE, MAX_PRICE, ProgramPolicy.MAX_TERM_MONTHS));
  }

  @Test
  void carryOver_refusesAPriceAboveTheLimit() {
    t.refused(
        new CarryOverSolution(
            e("co1"), P2022, SolutionId.of("S-old"), ProgramPresets.INDUSTRIAL_PAVILION_2021,
            MAX_PRICE + 1, MAX_PRICE + 1, "office"),
        RejectionCode.AMOUNT_ABOVE_LIMIT);
  }

  private static SubmitSolution submission(long price, long marketPrice, int termMonths) {
    return new SubmitSolution(
        e("s1"), P2022, SolutionId.of("S-new"), v(V1), "Cloud ERP",
        SolutionCategory.FINANCE, price, marketPrice, termMonths);
  }
}
