package dev.pointsledger.jdbc;

import static dev.pointsledger.core.testing.Fixtures.approve;
import static dev.pointsledger.core.testing.Fixtures.claim;
import static dev.pointsledger.core.testing.Fixtures.grant;
import static dev.pointsledger.core.testing.Fixtures.reserve;
import static dev.pointsledger.core.testing.Fixtures.settle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pointsledger.core.Ledger;
import dev.pointsledger.core.testing.Fixtures;
import dev.pointsledger.core.testing.MutableClock;
import dev.pointsledger.jdbc.migration.LedgerMigrator;
import dev.pointsledger.jdbc.testing.TestLedgers;
import dev.pointsledger.jdbc.testing.TestServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The application's role needs nothing but the grants docs/jdbc.md lists: it runs the ledger
 * whole, and it can neither change nor remove a row.
 */
class LeastPrivilegeTest {
  @ParameterizedTest
  @EnumSource(TestServer.class)
  void anApplicationRoleWithTheDocumentedGrants_runsTheLedger_andCannotTamper(TestServer server)
      throws SQLException {
    String schema = TestServer.freshSchema();
    String role = "app_" + schema;
    String password = "secret-" + schema;
    LedgerMigrator.forSchema(schema).migrate(server.dataSource());
    TestLedgers.sql(
        server.dataSource(),
        "CREATE ROLE " + role + " LOGIN PASSWORD '" + password + "'",
        // the grants of docs/jdbc.md, "A least-privilege role"
        "GRANT USAGE ON SCHEMA " + schema + " TO " + role,
        "GRANT SELECT, INSERT ON ALL TABLES IN SCHEMA " + schema + " TO " + role,
        "REVOKE INSERT ON " + schema + ".ledger_schema_history FROM " + role,
        "GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA " + schema + " TO " + role);
    try {
      PostgresStoreOptions options =
          PostgresStoreOptions.builder().schema(schema).migrateOnStart(false).build();
      String url = server.jdbcUrlAs(role, password);
      try (PostgresLedgerStore store = PostgresLedgerStore.connect(url, options)) {
        MutableClock clock = MutableClock.at(Fixtures.MAY_2);
        Ledger ledger = TestLedgers.on(store, clock);
        Fixtures.listSolutions(ledger, "V1");
        ledger.execute(grant("g1", "M1", 100_000));
        ledger.execute(reserve("r1", "C1", "M1", "V1", 20_000, 10_000));
        clock.setDay(LocalDate.of(2022, 9, 1));
        ledger.execute(claim("k1", "K1", "C1", "V1", 10_000));
        ledger.execute(approve("a1", "K1"));
        ledger.execute(settle("s1", "V1", "PAY-1", "K1"));
        assertTrue(ledger.audit().clean());
      }
      try (Connection c = DriverManager.getConnection(url);
          Statement s = c.createStatement()) {
        for (String tamper :
            new String[] {
              "UPDATE " + schema + ".entries SET entry_type = 'GRANT'",
              "DELETE FROM " + schema + ".postings",
              "TRUNCATE " + schema + ".record_versions",
              "ALTER TABLE " + schema + ".entries DISABLE TRIGGER entries_append_only",
              "DROP TABLE " + schema + ".postings"
            }) {
          SQLException e = assertThrows(SQLException.class, () -> s.execute(tamper));
          assertEquals("42501", e.getSQLState(), tamper + ": " + e.getMessage());
        }
      }
    } finally {
      TestLedgers.sql(server.dataSource(), "DROP OWNED BY " + role, "DROP ROLE " + role);
    }
  }
}
