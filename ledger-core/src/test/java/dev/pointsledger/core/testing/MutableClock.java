package dev.pointsledger.core.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock tests move by hand: set it to a business day in Asia/Taipei, or advance it by days. It
 * always shows noon of its day, so a business date never depends on the hour a test runs.
 * Thread-safe: concurrent tests may read it while one moves it. Part of the test kit (see the
 * package's description).
 */
public final class MutableClock extends Clock {
  /** The zone the ledger takes business dates in, whatever a clock's zone. */
  private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

  private final AtomicReference<Instant> now;

  private MutableClock(Instant start) {
    this.now = new AtomicReference<>(start);
  }

  /**
   * A clock at noon of a business day in Taipei.
   *
   * @param day the day
   * @return the clock
   */
  public static MutableClock at(LocalDate day) {
    return new MutableClock(noon(day));
  }

  private static Instant noon(LocalDate day) {
    return day.atTime(12, 0).atZone(TAIPEI).toInstant();
  }

  /**
   * Moves to noon of another business day.
   *
   * @param day the day
   */
  public void setDay(LocalDate day) {
    now.set(noon(day));
  }

  /**
   * Moves forward (or, given a negative number, back) by whole days.
   *
   * @param days how many days
   * @throws java.time.DateTimeException if the day would leave the supported range
   */
  public void advanceDays(long days) {
    setDay(today().plusDays(days));
  }

  /**
   * The business day the clock shows.
   *
   * @return today in Taipei
   */
  public LocalDate today() {
    return LocalDate.ofInstant(now.get(), TAIPEI);
  }

  @Override
  public ZoneId getZone() {
    return TAIPEI;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("a test clock stays in Asia/Taipei");
  }

  @Override
  public Instant instant() {
    return now.get();
  }
}
