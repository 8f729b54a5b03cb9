package dev.pointsledger.core.finance;

import static java.util.Objects.requireNonNull;

import dev.pointsledger.core.id.ManufacturerId;

/**
 * A manufacturer's (中小型製造業) points: granted, used, reserved and lapsed over the range, and where
 * its points stand at the end, from the postings.
 *
 * @param manufacturer the manufacturer
 * @param period the figures over the range
 * @param toDate the figures up to the range's last day
 * @param available its unused points at the end
 * @param reserved its points reserved on contracts at the end
 * @param claimed its points under pending claims at the end
 * @param lapsed its lapsed points at the end
 * @param trace the movements behind {@code period}
 */
public record ManufacturerLine(
    ManufacturerId manufacturer,
    Figures period,
    Figures toDate,
    long available,
    long reserved,
    long claimed,
    long lapsed,
    Trace trace) {
  /**
   * Checks the parts are present.
   *
   * @param manufacturer the manufacturer
   * @param period the figures over the range
   * @param toDate the figures up to the range's last day
   * @param available its unused points at the end
   * @param reserved its points reserved on contracts at the end
   * @param claimed its points under pending claims at the end
   * @param lapsed its lapsed points at the end
   * @param trace the movements behind {@code period}
   */
  public ManufacturerLine {
    requireNonNull(manufacturer, "manufacturer");
    requireNonNull(period, "period");
    requireNonNull(toDate, "toDate");
    requireNonNull(trace, "trace");
  }

  /**
   * Points granted up to the range's end (net of reversed grants).
   *
   * @return the points granted
   */
  public long granted() {
    return toDate.granted();
  }

  /**
   * Points used up to the range's end: those of its contracts' approved claims (redeemed).
   *
   * @return the points used
   */
  public long used() {
    return toDate.approved();
  }

  /**
   * Whether {@code granted = available + reserved + claimed + used + lapsed} holds at the end.
   *
   * @return true if its points add up
   */
  public boolean addsUp() {
    long sum = Math.addExact(Math.addExact(available, reserved), Math.addExact(claimed, lapsed));
    return granted() == Math.addExact(sum, used());
  }
}
