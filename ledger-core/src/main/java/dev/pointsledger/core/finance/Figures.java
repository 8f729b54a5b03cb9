package dev.pointsledger.core.finance;

import static java.util.Objects.requireNonNull;

import java.util.EnumMap;
import java.util.Map;

/**
 * Points moved, by measure: the figures of one line of a reconciliation, over the range or up to
 * its end. Each figure is the sum of the movements of that measure behind the line (reversals count
 * negative).
 *
 * @param granted points issued to manufacturers
 * @param reserved points reserved on contracts
 * @param released reserved points given back to available
 * @param releasedLapsed reserved points given back after the program's end, lapsed at once
 * @param claimed points claimed by vendors
 * @param approved claimed points approved
 * @param rejected claimed points rejected
 * @param settled approved points paid out
 * @param lapsed unused points lapsed
 */
public record Figures(
    long granted,
    long reserved,
    long released,
    long releasedLapsed,
    long claimed,
    long approved,
    long rejected,
    long settled,
    long lapsed) {

  /** Nothing moved. */
  public static final Figures ZERO = new Figures(0, 0, 0, 0, 0, 0, 0, 0, 0);

  /**
   * The figure of a measure.
   *
   * @param measure the measure
   * @return its figure
   */
  public long of(Measure measure) {
    requireNonNull(measure, "measure");
    return switch (measure) {
      case GRANTED -> granted;
      case RESERVED -> reserved;
      case RELEASED -> released;
      case RELEASED_LAPSED -> releasedLapsed;
      case CLAIMED -> claimed;
      case APPROVED -> approved;
      case REJECTED -> rejected;
      case SETTLED -> settled;
      case LAPSED -> lapsed;
    };
  }

  /**
   * The figures as a map, in the measures' order.
   *
   * @return every measure's figure
   */
  public Map<Measure, Long> asMap() {
    Map<Measure, Long> map = new EnumMap<>(Measure.class);
    for (Measure m : Measure.values()) {
      map.put(m, of(m));
    }
    return map;
  }

  /**
   * Approved points not yet paid out: {@code approved - settled}.
   *
   * @return the points outstanding
   */
  public long outstanding() {
    return Math.subtractExact(approved, settled);
  }

  /**
   * All points lapsed, unused or on release: {@code lapsed + releasedLapsed}.
   *
   * @return the points lapsed
   */
  public long allLapsed() {
    return Math.addExact(lapsed, releasedLapsed);
  }

  /**
   * The balance of an account type the figures imply: what flowed in minus what flowed out.
   *
   * @param type the account type
   * @return the implied balance
   */
  public long impliedBalance(dev.pointsledger.core.account.AccountType type) {
    long balance = 0;
    for (Measure m : Measure.values()) {
      if (m.to() == type) {
        balance = Math.addExact(balance, of(m));
      }
      if (m.from() == type) {
        balance = Math.subtractExact(balance, of(m));
      }
    }
    return balance;
  }

  /** Builds figures from an array indexed by {@link Measure#ordinal()}. */
  static Figures of(long[] byMeasure) {
    return new Figures(
        byMeasure[0],
        byMeasure[1],
        byMeasure[2],
        byMeasure[3],
        byMeasure[4],
        byMeasure[5],
        byMeasure[6],
        byMeasure[7],
        byMeasure[8]);
  }
}
