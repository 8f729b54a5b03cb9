package dev.pointsledger.core.finance.payout;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * A row of a payout file that cannot be a payout, with every problem found on it. A bad row is
 * never dropped and never applied: a file with any bad row is applied not at all.
 *
 * @param line the 1-based line the row starts on
 * @param fields the row's fields as read
 * @param problems what is wrong, at least one
 */
public record BadRow(long line, List<String> fields, List<Problem> problems) {

  /** Why a row is bad. */
  public enum Reason {
    /** Not 4 or 5 fields. */
    WRONG_COLUMN_COUNT,
    /** A field is empty that must not be. */
    MISSING_VALUE,
    /** The amount is not a whole number of NTD. */
    NOT_A_NUMBER,
    /** The amount is zero or negative. */
    NOT_POSITIVE,
    /** The date is not a date in ISO (2022-11-30) or Minguo (111/11/30, 111-11-30) form. */
    NOT_A_DATE,
    /** The date is written as one but does not exist (2022-02-30, 111/13/01). */
    IMPOSSIBLE_DATE,
    /** An id holds characters no id may hold, or is too long. */
    INVALID_ID,
    /** The row names the same claim twice. */
    REPEATED_CLAIM,
    /** The vendor is not registered in the program. */
    UNKNOWN_VENDOR
  }

  /**
   * One problem of a row.
   *
   * @param reason why
   * @param column the field's 1-based position, 0 for the whole row
   * @param value the field's value as read, or the row's field count
   */
  public record Problem(Reason reason, int column, String value) {
    /**
     * Checks the parts.
     *
     * @param reason why
     * @param column the field's 1-based position, 0 for the whole row
     * @param value the field's value as read
     */
    public Problem {
      requireNonNull(reason, "reason");
      checkArgument(column >= 0, "columns start at 1, 0 for the row");
      requireNonNull(value, "value");
    }
  }

  /**
   * Checks the parts.
   *
   * @param line the 1-based line the row starts on
   * @param fields the row's fields as read
   * @param problems what is wrong, at least one
   * @throws IllegalArgumentException if there is no problem or the line is not positive
   */
  public BadRow {
    checkArgument(line >= 1, "lines start at 1: %s", line);
    fields = ImmutableList.copyOf(fields);
    problems = ImmutableList.copyOf(problems);
    checkArgument(!problems.isEmpty(), "a bad row has a problem");
  }
}
