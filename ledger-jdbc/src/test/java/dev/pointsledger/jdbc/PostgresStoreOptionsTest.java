package dev.pointsledger.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PostgresStoreOptionsTest {
  @Test
  void defaults_migrateIntoThePointsLedgerSchema_withGroupCommit() {
    PostgresStoreOptions o = PostgresStoreOptions.defaults();
    assertEquals("points_ledger", o.schema());
    assertEquals(true, o.migrateOnStart());
    assertEquals(true, o.groupCommit());
  }

  @Test
  void builder_setsEverySetting_andToBuilderKeepsThem() {
    PostgresStoreOptions o =
        PostgresStoreOptions.builder()
            .schema("ledger_b")
            .migrateOnStart(false)
            .maxAttempts(3)
            .maxBackoff(Duration.ofMillis(5))
            .lockEscalationThreshold(7)
            .maximumPoolSize(2)
            .groupCommit(false)
            .maxConcurrentUnits(1)
            .build();
    assertEquals(
        new PostgresStoreOptions("ledger_b", false, 3, Duration.ofMillis(5), 7, 2, false, 1, null), o);
    assertEquals(o, o.toBuilder().build());
    assertEquals("ledger_c", o.withSchema("ledger_c").schema());
    assertFalse(o.withSchema("ledger_c").groupCommit());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Ledger", "1ledger", "ledger-a", "ledger a", "pg_ledger", "a;drop"})
  void schema_mustBeAPlainLowerCaseIdentifier(String schema) {
    assertThrows(
        IllegalArgumentException.class, () -> PostgresStoreOptions.defaults().withSchema(schema));
  }

  @Test
  void schema_isAtMost63Characters() {
    PostgresStoreOptions.defaults().withSchema("a".repeat(63));
    assertThrows(
        IllegalArgumentException.class,
        () -> PostgresStoreOptions.defaults().withSchema("a".repeat(64)));
  }

  @Test
  void numbers_outOfRange_areRefused() {
    PostgresStoreOptions.Builder b = PostgresStoreOptions.builder();
    assertThrows(IllegalArgumentException.class, () -> b.maxAttempts(0).build());
    b.maxAttempts(1);
    assertThrows(IllegalArgumentException.class, () -> b.maxBackoff(Duration.ofMillis(-1)).build());
    b.maxBackoff(Duration.ZERO);
    assertThrows(IllegalArgumentException.class, () -> b.lockEscalationThreshold(0).build());
    b.lockEscalationThreshold(1);
    assertThrows(IllegalArgumentException.class, () -> b.maximumPoolSize(0).build());
    b.maximumPoolSize(1);
    assertThrows(IllegalArgumentException.class, () -> b.maxConcurrentUnits(0).build());
    b.maxConcurrentUnits(1);
    b.build();
  }
}
