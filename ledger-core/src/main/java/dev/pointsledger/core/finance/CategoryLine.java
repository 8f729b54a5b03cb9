package dev.pointsledger.core.finance;

import static java.util.Objects.requireNonNull;

import dev.pointsledger.core.supply.SolutionCategory;

/**
 * One of the ten categories (R-V2): what moved on its contracts over the range and up to its end.
 *
 * @param category the category
 * @param period the figures over the range
 * @param toDate the figures up to the range's last day
 * @param trace the movements behind {@code period}
 */
public record CategoryLine(SolutionCategory category, Figures period, Figures toDate, Trace trace) {
  /**
   * Checks the parts are present.
   *
   * @param category the category
   * @param period the figures over the range
   * @param toDate the figures up to the range's last day
   * @param trace the movements behind {@code period}
   */
  public CategoryLine {
    requireNonNull(category, "category");
    requireNonNull(period, "period");
    requireNonNull(toDate, "toDate");
    requireNonNull(trace, "trace");
  }

  /**
   * Approved points of the category's contracts not yet paid at the range's end.
   *
   * @return the points outstanding
   */
  public long outstanding() {
    return toDate.outstanding();
  }
}
