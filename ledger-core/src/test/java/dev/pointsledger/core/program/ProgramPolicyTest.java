package dev.pointsledger.core.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The policy's arithmetic: the points share of a price and the minimum term. */
class ProgramPolicyTest {
  private static final ProgramPolicy POLICY_2022 = ProgramPresets.industrialPavilion2022Policy();

  @ParameterizedTest(name = "{1}% of NTD {0}: at most {2} points")
  @CsvSource({
    "0, 50, 0",
    "1, 50, 0",
    "2, 50, 1",
    "3, 50, 1",
    "150001, 50, 75000",
    "200000, 50, 100000",
    "9223372036854775807, 50, 4611686018427387903",
    "9223372036854775807, 100, 9223372036854775807",
    "9223372036854775807, 30, 2767011611056432742",
    "100, 30, 30",
    "101, 30, 30",
    "103, 30, 30",
    "104, 30, 31",
    "99, 1, 0",
    "100, 1, 1",
  })
  void maxPointsFor_isTheFloorOfTheShareOfThePrice(long price, int share, long expected) {
    assertEquals(expected, withShare(share).maxPointsFor(price));
  }

  @Test
  void minimumTerm_isThePolicys() {
    ProgramPolicy sixMonths = ProgramPolicy.builder().minimumTermMonths(6).build();
    assertEquals(LocalDate.of(2022, 11, 30), sixMonths.earliestEndFor(LocalDate.of(2022, 6, 1), 3));
  }

  @Test
  void maxPointsFor_refusesANegativePrice() {
    assertThrows(IllegalArgumentException.class, () -> POLICY_2022.maxPointsFor(-1));
  }

  @ParameterizedTest(name = "service from {0}, solution term {1} months: until {2} at least")
  @CsvSource({
    "2022-06-01, 3, 2022-08-31",
    "2022-05-31, 3, 2022-08-30",
    "2022-01-15, 3, 2022-04-14",
    "2022-10-01, 3, 2022-12-31",
    "2022-06-01, 1, 2022-08-31", // the policy's 3 months, when the solution asks less
    "2022-06-01, 6, 2022-11-30", // the solution's own, when longer
    "2022-08-31, 3, 2022-11-30", // November has no 31st: its last day
    "2022-11-30, 3, 2023-02-28", // February 2023 has no 30th
    "2023-11-30, 3, 2024-02-29", // a leap February's last day
    "2023-11-29, 3, 2024-02-28", // February 2024 has a 29th: the day before it
    "2022-05-29, 9, 2023-02-28", // not 2023-02-27, as plusMonths(9).minusDays(1) gives
    "2022-01-31, 1, 2022-04-30", // the policy's 3 months from January 31
    "2022-12-01, 3, 2023-02-28",
    "9999-09-30, 3, 9999-12-29",
  })
  void earliestEnd_isTheDayBeforeTheSameDateTheLongerTermLater(
      LocalDate start, int solutionMonths, LocalDate end) {
    assertEquals(end, POLICY_2022.earliestEndFor(start, solutionMonths));
  }

  @Test
  void policy_refusesInconsistentSettings() {
    assertThrows(IllegalArgumentException.class, () -> ProgramPolicy.builder().grantCap(0).build());
    assertThrows(
        IllegalArgumentException.class,
        () -> ProgramPolicy.builder().pointsSharePercent(101).build());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            ProgramPolicy.builder()
                .programPeriod(LocalDate.of(2022, 12, 31), LocalDate.of(2022, 1, 1))
                .build());
  }

  @Test
  void minimumTerm_ofZeroMonths_endsTheDayBeforeTheStart() {
    ProgramPolicy none = ProgramPolicy.builder().minimumTermMonths(0).build();
    assertEquals(LocalDate.of(2022, 5, 31), none.earliestEndFor(LocalDate.of(2022, 6, 1), 0));
  }

  @Test
  void earliestEnd_refusesAnUnsupportedStartOrATermAboveTheLimit() {
    assertThrows(
        IllegalArgumentException.class, () -> POLICY_2022.earliestEndFor(LocalDate.MAX, 3));
    assertThrows(
        IllegalArgumentException.class,
        () -> POLICY_2022.earliestEndFor(LocalDate.of(2022, 6, 1), ProgramPolicy.MAX_TERM_MONTHS + 1));
  }

  @Test
  void policy_refusesAPriceLimitOutside1ToMaxPrice_andAcceptsItsEnds() {
    assertEquals(1, ProgramPolicy.builder().maxPrice(1).build().maxPrice());
    assertEquals(
        ProgramPolicy.MAX_PRICE,
        ProgramPolicy.builder().maxPrice(ProgramPolicy.MAX_PRICE).build().maxPrice());
    assertThrows(IllegalArgumentException.class, () -> ProgramPolicy.builder().maxPrice(0).build());
    assertThrows(
        IllegalArgumentException.class,
        () -> ProgramPolicy.builder().maxPrice(ProgramPolicy.MAX_PRICE + 1).build());
  }

  @Test
  void maxPrice_keepsATotalOverTheMostRecordsAListHolds_within64Bits() {
    assertTrue(
        BigInteger.valueOf(ProgramPolicy.MAX_PRICE)
                .multiply(BigInteger.valueOf(Integer.MAX_VALUE))
                .compareTo(BigInteger.valueOf(Long.MAX_VALUE))
            < 0);
  }

  @Test
  void policy_refusesBackdatingOutsideItsRange_andDatesOutsideTheSupportedOnes() {
    assertEquals(0, POLICY_2022.serviceBackdatingDays());
    assertThrows(
        IllegalArgumentException.class,
        () -> ProgramPolicy.builder().serviceBackdatingDays(-1).build());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            ProgramPolicy.builder()
                .serviceBackdatingDays(ProgramPolicy.MAX_SERVICE_BACKDATING_DAYS + 1)
                .build());
    assertThrows(
        IllegalArgumentException.class,
        () -> ProgramPolicy.builder().programPeriod(LocalDate.of(2022, 3, 23), LocalDate.MAX).build());
    assertThrows(
        IllegalArgumentException.class,
        () -> ProgramPolicy.builder().listingValidUntil(LocalDate.of(10_000, 1, 1)).build());
    assertThrows(
        IllegalArgumentException.class,
        () -> ProgramPolicy.builder().minimumTermMonths(ProgramPolicy.MAX_TERM_MONTHS + 1).build());
  }

  private static ProgramPolicy withShare(int share) {
    return ProgramPolicy.builder().pointsSharePercent(share).build();
  }
}
