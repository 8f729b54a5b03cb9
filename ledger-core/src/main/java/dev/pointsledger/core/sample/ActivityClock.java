package dev.pointsledger.core.sample;

import static java.util.Objects.requireNonNull;

import dev.pointsledger.core.rules.LedgerRules;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The clock a ledger runs generated activity on: noon in Asia/Taipei of the business day you set,
 * so that each {@link ActivityBatch} is decided on its own {@link ActivityBatch#day()}. Record
 * times are then the same on every run, and so is the journal's hash chain for a seed. Thread-safe.
 */
public final class ActivityClock extends Clock {
  private final AtomicReference<Instant> now;

  private ActivityClock(Instant start) {
    now = new AtomicReference<>(start);
  }

  /**
   * A clock at noon of a business day.
   *
   * @param day the day, in Taipei
   * @return the clock
   */
  public static ActivityClock at(LocalDate day) {
    return new ActivityClock(noon(day));
  }

  /**
   * Moves the clock to noon of a business day, forward or back.
   *
   * @param day the day, in Taipei
   */
  public void setDay(LocalDate day) {
    now.set(noon(day));
  }

  /**
   * The business day the clock shows.
   *
   * @return today in Taipei
   */
  public LocalDate today() {
    return LocalDate.ofInstant(now.get(), LedgerRules.TAIPEI);
  }

  private static Instant noon(LocalDate day) {
    return requireNonNull(day, "day").atTime(12, 0).atZone(LedgerRules.TAIPEI).toInstant();
  }

  @Override
  public ZoneId getZone() {
    return LedgerRules.TAIPEI;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public Instant instant() {
    return now.get();
  }
}
