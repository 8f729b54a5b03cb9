package dev.pointsledger.core.finance;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import dev.pointsledger.core.program.SupportedDates;
import java.time.LocalDate;

/**
 * A range of business dates, both ends included: what a reconciliation covers.
 *
 * @param from the first day
 * @param to the last day, not before {@code from}
 */
public record DateRange(LocalDate from, LocalDate to) {
  /**
   * Checks the ends.
   *
   * @param from the first day
   * @param to the last day, not before {@code from}
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public DateRange {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    checkArgument(!to.isBefore(from), "a range ends on or after its start: %s .. %s", from, to);
  }

  /**
   * A range.
   *
   * @param from the first day
   * @param to the last day
   * @return the range
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public static DateRange of(LocalDate from, LocalDate to) {
    return new DateRange(from, to);
  }

  /**
   * Every date the ledger supports, 1900-01-01 .. 9999-12-31: the whole journal.
   *
   * @return the range
   */
  public static DateRange all() {
    return new DateRange(SupportedDates.FIRST, SupportedDates.LAST);
  }

  /**
   * Whether a day lies in the range.
   *
   * @param day the day
   * @return true if {@code from <= day <= to}
   */
  public boolean contains(LocalDate day) {
    return !day.isBefore(from) && !day.isAfter(to);
  }

  /**
   * Whether the range starts after a day, so that the day belongs to the opening position.
   *
   * @param day the day
   * @return true if {@code day < from}
   */
  public boolean startsAfter(LocalDate day) {
    return day.isBefore(from);
  }

  @Override
  public String toString() {
    return from + ".." + to;
  }
}
