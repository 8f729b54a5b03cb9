package dev.pointsledger.jdbc;

import static dev.pointsledger.core.testing.Fixtures.grant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pointsledger.core.Ledger;
import dev.pointsledger.core.testing.Fixtures;
import dev.pointsledger.jdbc.testing.TestLedgers;
import dev.pointsledger.jdbc.testing.TestServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The store's meters in a Micrometer registry, from a real store on PostgreSQL. */
class StoreMetricsTest {
  @Test
  void aStoreWithARegistry_countsOutcomesByCodeAndTimesEveryWait() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    PostgresStoreOptions options =
        TestServer.EMBEDDED.options().toBuilder().meterRegistry(registry).build();
    try (PostgresLedgerStore store =
        PostgresLedgerStore.create(TestServer.EMBEDDED.dataSource(), options)) {
      Ledger ledger = TestLedgers.on(store);
      String m = Fixtures.businessNumber(3, 1);
      ledger.submit(grant("g1", m, 100_000));
      ledger.submit(grant("g1", m, 100_000));
      ledger.submit(grant("g2", m, 150_000));

      assertEquals(
          2, registry.get("ledger.commands").tag("outcome", "applied").counter().count(), 0,
          "the program's definition and the first grant");
      assertEquals(
          1, registry.get("ledger.commands").tag("outcome", "replayed").counter().count(), 0);
      assertEquals(
          1, registry.get("ledger.commands").tag("outcome", "refused").counter().count(), 0,
          "more than the cap of 200,000 for one manufacturer");
      String code =
          registry.get("ledger.commands").tag("outcome", "refused").counter().getId()
              .getTag("code");
      assertTrue(!code.equals("none"), code);
      assertEquals(4, registry.get("ledger.execute").timer().count());
      assertEquals(4, registry.get("ledger.group.calls").summary().count());
      assertEquals(2, registry.get("ledger.chain.lock.wait").timer().count(), "two appends");
      assertEquals(4, registry.get("ledger.flush.wait").timer().count(), "every outcome waits");
      assertTrue(registry.get("ledger.flush.wait").timer().totalTime(TimeUnit.NANOSECONDS) > 0);
      assertEquals(
          options.schema(), registry.get("ledger.execute").timer().getId().getTag("ledger.schema"));
    }
  }

  @Test
  void aRegistryOfAnotherKind_isRefusedWhenTheOptionsAreBuilt() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> PostgresStoreOptions.builder().meterRegistry(new Object()).build());
    assertTrue(e.getMessage().contains("io.micrometer.core.instrument.MeterRegistry"));
  }
}
