package dev.pointsledger.core.testing;

import java.time.LocalDate;

/**
 * Periods of months as the Civil Code counts them (article 121), written from the article by hand,
 * without {@link LocalDate#plusMonths}: the independent formulation tests compare the policy's
 * arithmetic with.
 */
public final class CivilCode {
  private CivilCode() {}

  /**
   * The last day of a period of months starting on a day: the day before the same day of the last
   * month, or that month's last day when it has no such day.
   *
   * @param start the first day of the period
   * @param months its length in months, not negative
   * @return its last day
   */
  public static LocalDate lastDayOfMonths(LocalDate start, int months) {
    long index = start.getYear() * 12L + (start.getMonthValue() - 1) + months;
    int year = (int) Math.floorDiv(index, 12);
    int month = (int) Math.floorMod(index, 12) + 1;
    int day = start.getDayOfMonth();
    if (day > daysIn(year, month)) {
      return LocalDate.of(year, month, daysIn(year, month));
    }
    if (day > 1) {
      return LocalDate.of(year, month, day - 1);
    }
    int previousMonth = month == 1 ? 12 : month - 1;
    int previousYear = month == 1 ? year - 1 : year;
    return LocalDate.of(previousYear, previousMonth, daysIn(previousYear, previousMonth));
  }

  /** The days of a month in the proleptic Gregorian calendar. */
  private static int daysIn(int year, int month) {
    boolean leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return switch (month) {
      case 2 -> leap ? 29 : 28;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
  }
}
