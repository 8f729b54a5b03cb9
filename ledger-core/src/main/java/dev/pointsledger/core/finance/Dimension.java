package dev.pointsledger.core.finance;

import static java.util.Objects.requireNonNull;

import dev.pointsledger.core.supply.SolutionCategory;
import java.util.Optional;

/** What a line of a reconciliation is about, and so which movements its figures add up. */
public enum Dimension {
  /** The whole program: every movement. */
  PROGRAM,
  /** One of the ten categories (R-V2), keyed by its tag: movements on its contracts. */
  CATEGORY,
  /** A vendor, keyed by its id: movements on its contracts, payables and payouts. */
  VENDOR,
  /** A contract, keyed by its id. */
  CONTRACT,
  /** A manufacturer, keyed by its id. */
  MANUFACTURER;

  /**
   * Whether a movement is behind a line of this dimension.
   *
   * @param movement the movement
   * @param key the line's key: a category tag, a vendor, contract or manufacturer id (ignored for
   *     {@link #PROGRAM})
   * @return true if the movement counts in that line
   */
  public boolean matches(Movement movement, String key) {
    requireNonNull(movement, "movement");
    requireNonNull(key, "key");
    return switch (this) {
      case PROGRAM -> true;
      case CATEGORY -> is(movement.category().map(SolutionCategory::tag), key);
      case VENDOR -> is(movement.vendor().map(v -> v.value()), key);
      case CONTRACT -> is(movement.contract().map(c -> c.value()), key);
      case MANUFACTURER -> is(movement.manufacturer().map(m -> m.value()), key);
    };
  }

  private static boolean is(Optional<String> value, String key) {
    return value.isPresent() && value.get().equals(key);
  }
}
