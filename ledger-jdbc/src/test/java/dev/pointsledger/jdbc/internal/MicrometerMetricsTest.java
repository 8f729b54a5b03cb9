package dev.pointsledger.jdbc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class MicrometerMetricsTest {
  @Test
  void of_withoutARegistry_recordsNothing() {
    assertSame(StoreMetrics.NONE, StoreMetrics.of(null, "s"));
  }

  @Test
  void of_refusesWhatIsNotAMeterRegistry() {
    assertThrows(IllegalArgumentException.class, () -> StoreMetrics.of("registry", "s"));
  }

  @Test
  void retriesGroupsAndWaits_areRecordedPerCauseAndTaggedWithTheSchema() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    StoreMetrics metrics = StoreMetrics.of(registry, "ledger_a");
    metrics.retried("deadlock");
    metrics.retried("deadlock");
    metrics.retried("more-locks");
    metrics.grouped(3, 12);
    metrics.chainLockWaited(TimeUnit.MILLISECONDS.toNanos(2));
    metrics.flushWaited(TimeUnit.MILLISECONDS.toNanos(5));
    metrics.failed(new IllegalStateException("x"), 1_000);
    metrics.executed(List.of(), 1_000);

    assertEquals(
        2, registry.get("ledger.retries").tag("cause", "deadlock").counter().count(), 0);
    assertEquals(
        1, registry.get("ledger.retries").tag("cause", "more-locks").counter().count(), 0);
    assertEquals(12, registry.get("ledger.group.commands").summary().totalAmount(), 0);
    assertEquals(3, registry.get("ledger.group.calls").summary().totalAmount(), 0);
    assertEquals(
        2,
        registry.get("ledger.chain.lock.wait").timer().totalTime(TimeUnit.MILLISECONDS),
        0.001);
    assertEquals(
        5, registry.get("ledger.flush.wait").timer().totalTime(TimeUnit.MILLISECONDS), 0.001);
    assertEquals(
        1,
        registry
            .get("ledger.failures")
            .tag("exception", "IllegalStateException")
            .counter()
            .count(),
        0);
    assertEquals(2, registry.get("ledger.execute").timer().count());
    assertEquals(
        List.of("ledger_a"),
        registry.getMeters().stream().map(m -> m.getId().getTag("ledger.schema")).distinct()
            .toList());
  }
}
