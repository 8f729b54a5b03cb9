package dev.pointsledger.core.finance;

import static java.util.Objects.requireNonNull;

/**
 * The program's totals: what moved over the range, the position before it and at its end.
 *
 * @param period the figures over the range
 * @param toDate the figures up to the range's last day
 * @param opening the position at the end of the day before the range
 * @param closing the position at the end of the range's last day
 * @param trace the movements behind {@code period}
 */
public record ProgramTotals(
    Figures period, Figures toDate, Position opening, Position closing, Trace trace) {
  /**
   * Checks the parts are present.
   *
   * @param period the figures over the range
   * @param toDate the figures up to the range's last day
   * @param opening the position at the end of the day before the range
   * @param closing the position at the end of the range's last day
   * @param trace the movements behind {@code period}
   */
  public ProgramTotals {
    requireNonNull(period, "period");
    requireNonNull(toDate, "toDate");
    requireNonNull(opening, "opening");
    requireNonNull(closing, "closing");
    requireNonNull(trace, "trace");
  }
}
