package dev.pointsledger.core.program;

import java.time.LocalDate;

/**
 * The calendar dates the ledger accepts: {@value #FIRST_TEXT} .. {@value #LAST_TEXT}. Every date a
 * command carries and every date of a policy lies in this range, so that date arithmetic (a term of
 * months, the day after a deadline) never leaves {@link LocalDate}'s range, and every date fits
 * PostgreSQL's {@code date} type unchanged. A command naming a date outside it is refused {@code
 * DATE_OUT_OF_RANGE}; a policy naming one cannot be built.
 */
public final class SupportedDates {
  /** The first supported date, as text. */
  public static final String FIRST_TEXT = "1900-01-01";

  /** The last supported date, as text. */
  public static final String LAST_TEXT = "9999-12-31";

  /** The first supported date. */
  public static final LocalDate FIRST = LocalDate.parse(FIRST_TEXT);

  /** The last supported date. */
  public static final LocalDate LAST = LocalDate.parse(LAST_TEXT);

  private SupportedDates() {}

  /**
   * Whether a date is supported.
   *
   * @param day the date
   * @return true if it lies within {@link #FIRST} .. {@link #LAST}
   * @throws NullPointerException if {@code day} is null
   */
  public static boolean contains(LocalDate day) {
    return !day.isBefore(FIRST) && !day.isAfter(LAST);
  }
}
