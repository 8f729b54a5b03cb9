package dev.pointsledger.jdbc;

import static dev.pointsledger.core.testing.Fixtures.M1;
import static dev.pointsledger.core.testing.Fixtures.P2022;
import static dev.pointsledger.core.testing.Fixtures.V1;
import static dev.pointsledger.core.testing.Fixtures.V2;
import static dev.pointsledger.core.testing.Fixtures.claim;
import static dev.pointsledger.core.testing.Fixtures.grant;
import static dev.pointsledger.core.testing.Fixtures.m;
import static dev.pointsledger.core.testing.Fixtures.reserve;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pointsledger.core.Ledger;
import dev.pointsledger.core.command.CommandOutcome;
import dev.pointsledger.core.testing.Fixtures;
import dev.pointsledger.core.testing.MutableClock;
import dev.pointsledger.jdbc.testing.TestLedgers;
import dev.pointsledger.jdbc.testing.TestServer;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Collections;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A row planted in the journal's tables outside {@code append_entries} cannot steer the rules:
 * the database refuses a posting or record version that was not inserted with its entry, even
 * from the owner; and one planted anyway (by a superuser with triggers off) beyond the chain's
 * head is invisible to every decision, which reads as of the head.
 */
class PlantedRowsTest {
  private static final long FAR = 1_000_000;

  @ParameterizedTest
  @EnumSource(TestServer.class)
  void aPostingPlantedBeyondTheHead_isRefused_andWithTriggersOffDoesNotCountInADecision(
      TestServer server) throws SQLException {
    try (PostgresLedgerStore store = server.newStore()) {
      Ledger ledger = TestLedgers.withVendors(store);
      ledger.execute(grant("g1", M1, 100_000));
      String s = store.schema();
      // ten times the manufacturer's grant, on its own account, at a sequence number far away
      String plant =
          "INSERT INTO " + s + ".postings SELECT %d, 0, program_id, account_type,"
              + " holder, contract, amount * 10 FROM " + s + ".postings"
              + " WHERE holder = '" + M1 + "' ORDER BY seq LIMIT 1";
      assertEquals(1, plant(server, true, String.format(plant, FAR)));

      // 200,000 points: more than the 100,000 granted, less than with the planted posting
      CommandOutcome outcome = ledger.submit(reserve("r1", "C1", M1, V1, 400_000, 200_000));
      assertInstanceOf(CommandOutcome.Refused.class, outcome);
      assertEquals(100_000, ledger.now().manufacturer(P2022, m(M1)).available());
      assertRefusedWithTriggersOn(server, String.format(plant, FAR + 1));
    }
  }

  @ParameterizedTest
  @EnumSource(TestServer.class)
  void aRecordVersionPlantedBeyondTheHead_isRefused_andWithTriggersOffDoesNotSteerADecision(
      TestServer server) throws SQLException {
    try (PostgresLedgerStore store = server.newStore()) {
      MutableClock clock = MutableClock.at(Fixtures.MAY_2);
      Ledger ledger = TestLedgers.on(store, clock);
      Fixtures.listSolutions(ledger, V1, V2);
      ledger.execute(grant("g1", M1, 100_000));
      ledger.execute(reserve("r1", "C1", M1, V1, 20_000, 10_000));
      String s = store.schema();
      // a later version of contract C1 that names another vendor
      String plant =
          "INSERT INTO " + s + ".record_versions SELECT kind, program_id, record_id, %d,"
              + " jsonb_set(body::jsonb, '{vendor}', '\"V2\"')::json FROM " + s
              + ".record_versions WHERE kind = 'CONTRACT' AND record_id = 'C1'"
              + " ORDER BY seq DESC LIMIT 1";
      assertEquals(1, plant(server, true, String.format(plant, FAR)));

      clock.setDay(LocalDate.of(2022, 9, 1));
      // the contract's vendor files the claim, as if nothing had been planted
      CommandOutcome outcome = ledger.submit(claim("k1", "K1", "C1", V1, 10_000));
      assertInstanceOf(CommandOutcome.Applied.class, outcome);
      assertTrue(ledger.verify().clean());
      assertRefusedWithTriggersOn(server, String.format(plant, FAR + 1));
    }
  }

  @ParameterizedTest
  @EnumSource(TestServer.class)
  void appendEntries_refusesAPostingOrRecordVersionThatNamesNoEntryOfTheCall(TestServer server)
      throws SQLException {
    try (PostgresLedgerStore store = server.newStore()) {
      // one entry; a posting (then a record version) naming entry 2, then entry 0
      for (String[] rows :
          new String[][] {{"'{2}'", "NULL"}, {"NULL", "'{2}'"}, {"'{0}'", "NULL"}}) {
        String call =
            "SELECT * FROM " + store.schema() + ".append_entries(0, NULL, '{x}', "
                + String.join(", ", Collections.nCopies(9, "NULL")) + ", " + rows[0] + ", "
                + String.join(", ", Collections.nCopies(6, "NULL")) + ", " + rows[1] + ", "
                + String.join(", ", Collections.nCopies(4, "NULL")) + ")";
        SQLException e =
            assertThrows(SQLException.class, () -> TestLedgers.sql(server.dataSource(), call));
        assertEquals("22023", e.getSQLState(), e::getMessage);
        assertTrue(e.getMessage().contains("names no entry of this append"), e::getMessage);
      }
      assertEquals(0, store.headSequence());
    }
  }

  /** Even the owner (here the superuser, triggers on) cannot insert a row without its entry. */
  private static void assertRefusedWithTriggersOn(TestServer server, String insert) {
    SQLException refused = assertThrows(SQLException.class, () -> plant(server, false, insert));
    assertEquals("23514", refused.getSQLState(), refused::getMessage);
  }

  /** Inserts as the server's superuser, with triggers on or off; returns the rows inserted. */
  private static int plant(TestServer server, boolean triggersOff, String insert)
      throws SQLException {
    try (Connection c = server.dataSource().getConnection();
        Statement st = c.createStatement()) {
      st.execute("SET session_replication_role = " + (triggersOff ? "replica" : "DEFAULT"));
      try {
        return st.executeUpdate(insert);
      } finally {
        st.execute("SET session_replication_role = DEFAULT");
      }
    }
  }
}
