package dev.pointsledger.jdbc.internal;

import dev.pointsledger.core.command.CommandOutcome;
import java.util.List;

/**
 * What the store tells an operator's metrics: outcomes, latency, retries, group sizes and the
 * time spent waiting for the chain lock and for the WAL flush. {@link #NONE} when the application
 * names no meter registry; {@link MicrometerMetrics} otherwise, the only class that touches
 * Micrometer, created only when a registry was given (so a class path without Micrometer never
 * loads it). Every method is cheap and thread-safe, and none throws.
 */
public abstract class StoreMetrics {
  /** Records nothing. */
  public static final StoreMetrics NONE = new StoreMetrics() {};

  /** For the metrics of this package only. */
  StoreMetrics() {}

  /**
   * A caller's call of {@code execute} returned.
   *
   * @param outcomes its outcomes
   * @param nanos how long the call took, queueing included
   */
  void executed(List<CommandOutcome> outcomes, long nanos) {}

  /**
   * A caller's call of {@code execute} failed.
   *
   * @param failure what it threw
   * @param nanos how long the call took
   */
  void failed(Throwable failure, long nanos) {}

  /**
   * A unit of work is tried again.
   *
   * @param cause why: {@code serialization}, {@code deadlock}, {@code lock-timeout}, {@code
   *     duplicate}, {@code lock-table}, {@code more-locks} or {@code head-moved}
   */
  void retried(String cause) {}

  /**
   * A unit of work took calls from the queue.
   *
   * @param calls how many callers share it
   * @param commands how many commands it holds
   */
  void grouped(int calls, int commands) {}

  /**
   * A unit of work waited for the chain lock (this JVM's turn and the schema's lock).
   *
   * @param nanos how long
   */
  void chainLockWaited(long nanos) {}

  /**
   * A unit of work waited for its commit to be durable.
   *
   * @param nanos how long
   */
  void flushWaited(long nanos) {}

  /**
   * The metrics for an application's registry.
   *
   * @param registry null, or an {@code io.micrometer.core.instrument.MeterRegistry}
   * @param schema the store's schema, a tag of every meter
   * @return {@link #NONE} for null; Micrometer's meters otherwise
   */
  public static StoreMetrics of(Object registry, String schema) {
    return registry == null ? NONE : MicrometerMetrics.create(registry, schema);
  }
}
