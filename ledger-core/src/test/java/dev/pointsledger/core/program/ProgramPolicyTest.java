package dev.pointsledger.core.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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

  private static ProgramPolicy withShare(int share) {
    return ProgramPolicy.builder().pointsSharePercent(share).build();
  }
}
