package dev.pointsledger.core.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pointsledger.core.testing.CivilCode;
import java.math.BigInteger;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * The points share of any price, against exact arithmetic; the minimum term from any day, against
 * the Civil Code's article 121 written out by hand ({@link CivilCode}).
 */
class ProgramPolicyProperties {

  @Property(tries = 2000)
  void earliestEnd_isTheCivilCodesLastDayOfTheTerm_fromAnySupportedDay(
      @ForAll("supportedDays") LocalDate start,
      @ForAll @IntRange(min = 0, max = ProgramPolicy.MAX_TERM_MONTHS) int months) {
    ProgramPolicy noMinimum = ProgramPolicy.builder().minimumTermMonths(0).build();
    assertEquals(CivilCode.lastDayOfMonths(start, months), noMinimum.earliestEndFor(start, months));
  }

  @Property(tries = 1000)
  void earliestEnd_isNeverBeforeTheStart_andLaterForALongerTerm(
      @ForAll("supportedDays") LocalDate start,
      @ForAll @IntRange(min = 1, max = 120) int months) {
    ProgramPolicy noMinimum = ProgramPolicy.builder().minimumTermMonths(0).build();
    LocalDate end = noMinimum.earliestEndFor(start, months);
    assertTrue(!end.isBefore(start), () -> start + " + " + months + " months ends " + end);
    assertTrue(end.isAfter(noMinimum.earliestEndFor(start, months - 1)));
  }

  /** Any supported day, often the end of a month (where the Civil Code differs from plusMonths). */
  @Provide
  Arbitrary<LocalDate> supportedDays() {
    Arbitrary<LocalDate> any =
        Arbitraries.longs()
            .between(SupportedDates.FIRST.toEpochDay(), SupportedDates.LAST.toEpochDay())
            .map(LocalDate::ofEpochDay);
    Arbitrary<LocalDate> monthEnds =
        any.map(d -> d.withDayOfMonth(d.lengthOfMonth()).minusDays(d.getDayOfMonth() % 3));
    return Arbitraries.oneOf(any, monthEnds);
  }

  @Property(tries = 1000)
  void maxPointsFor_equalsTheExactFloorOfShareTimesPrice(
      @ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long price,
      @ForAll @IntRange(min = 1, max = 100) int share) {
    long exact =
        BigInteger.valueOf(price)
            .multiply(BigInteger.valueOf(share))
            .divide(BigInteger.valueOf(100))
            .longValueExact();
    assertEquals(
        exact, ProgramPolicy.builder().pointsSharePercent(share).build().maxPointsFor(price));
  }
}
