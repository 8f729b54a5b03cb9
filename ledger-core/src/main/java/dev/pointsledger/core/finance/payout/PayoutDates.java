package dev.pointsledger.core.finance.payout;

import dev.pointsledger.core.program.SupportedDates;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as office files write them: ISO ({@code 2022-11-30}, also {@code 2022/11/30}) or Minguo,
 * the Republic of China calendar whose year 1 is 1912 ({@code 111/11/30}, {@code 111-11-30}, {@code
 * 民國111年11月30日}). A year of four digits is a Gregorian year, of one to three a Minguo year. Both
 * separators of a date are the same.
 */
final class PayoutDates {
  private static final Pattern NUMERIC = Pattern.compile("(\\d{1,4})([/-])(\\d{1,2})\\2(\\d{1,2})");
  private static final Pattern CHINESE =
      Pattern.compile("(?:民國)?\\s*(\\d{1,3})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
  private static final int MINGUO_OFFSET = 1911;

  /** A date that could not be read: not a date at all, or one that does not exist. */
  enum Failure {
    NOT_A_DATE,
    IMPOSSIBLE
  }

  /** A date read, or why not. */
  record Result(Optional<LocalDate> date, Optional<Failure> failure) {}

  private PayoutDates() {}

  static Result parse(String text) {
    Matcher m = NUMERIC.matcher(text);
    if (m.matches()) {
      int year = Integer.parseInt(m.group(1));
      boolean minguo = m.group(1).length() < 4;
      return of(year, minguo, m.group(3), m.group(4));
    }
    Matcher c = CHINESE.matcher(text);
    if (c.matches()) {
      return of(Integer.parseInt(c.group(1)), true, c.group(2), c.group(3));
    }
    return new Result(Optional.empty(), Optional.of(Failure.NOT_A_DATE));
  }

  private static Result of(int year, boolean minguo, String month, String day) {
    if (minguo && year < 1) {
      return impossible();
    }
    try {
      LocalDate date =
          LocalDate.of(
              minguo ? year + MINGUO_OFFSET : year, Integer.parseInt(month), Integer.parseInt(day));
      if (date.isBefore(SupportedDates.FIRST) || date.isAfter(SupportedDates.LAST)) {
        return impossible();
      }
      return new Result(Optional.of(date), Optional.empty());
    } catch (DateTimeException e) {
      return impossible();
    }
  }

  private static Result impossible() {
    return new Result(Optional.empty(), Optional.of(Failure.IMPOSSIBLE));
  }
}
