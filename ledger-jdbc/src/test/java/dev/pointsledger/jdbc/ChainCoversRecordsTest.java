package dev.pointsledger.jdbc;

import static dev.pointsledger.core.testing.Fixtures.M1;
import static dev.pointsledger.core.testing.Fixtures.M9;
import static dev.pointsledger.core.testing.Fixtures.V1;
import static dev.pointsledger.core.testing.Fixtures.grant;
import static dev.pointsledger.core.testing.Fixtures.reserve;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pointsledger.core.Ledger;
import dev.pointsledger.core.audit.Invariant;
import dev.pointsledger.core.audit.VerificationReport;
import dev.pointsledger.core.id.EntryId;
import dev.pointsledger.jdbc.testing.TestLedgers;
import dev.pointsledger.jdbc.testing.TestServer;
import java.sql.SQLException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The hash chain covers the state record versions written with each entry and every program's
 * policy: a superuser who disables the append-only triggers and changes a stored record body, or
 * a program's policy, breaks the chain at the entry that wrote it.
 */
class ChainCoversRecordsTest {

  /** Runs statements as the superuser with the schema's triggers off. */
  private static void tamper(TestServer server, String schema, String statement)
      throws SQLException {
    TestLedgers.sql(
        server.dataSource(),
        "ALTER TABLE " + schema + ".record_versions DISABLE TRIGGER USER",
        statement,
        "ALTER TABLE " + schema + ".record_versions ENABLE TRIGGER USER");
  }

  private static long firstBreak(VerificationReport report) {
    return report.findings(Invariant.HASH_CHAIN).get(0).sequence();
  }

  private static long seqOf(PostgresLedgerStore store, String id) {
    return store.entry(EntryId.of(id)).orElseThrow().sequence();
  }

  @ParameterizedTest
  @EnumSource(TestServer.class)
  void aChangedContractRecord_breaksTheChainAtTheEntryThatWroteIt(TestServer server)
      throws SQLException {
    try (PostgresLedgerStore store = server.newStore()) {
      Ledger ledger = TestLedgers.withVendors(store);
      ledger.execute(grant("g1", M1, 100_000));
      ledger.execute(reserve("r1", "C1", M1, V1, 20_000, 10_000));
      assertTrue(ledger.verify().clean());
      long reserve = seqOf(store, "r1");

      // another vendor on the contract: the vendor who may claim its points (R-P3)
      tamper(
          server,
          store.schema(),
          "UPDATE " + store.schema() + ".record_versions"
              + " SET body = jsonb_set(body::jsonb, '{vendor}', '\"V2\"')::json"
              + " WHERE kind = 'CONTRACT' AND record_id = 'C1'");

      VerificationReport report = ledger.verify();
      assertFalse(report.clean());
      assertEquals(reserve, firstBreak(report));
      assertTrue(report.findings(Invariant.HASH_CHAIN).get(0).detail().contains("was changed"));
    }
  }

  @ParameterizedTest
  @EnumSource(TestServer.class)
  void aChangedProgramPolicy_breaksTheChainAtTheProgramsDefinition(TestServer server)
      throws SQLException {
    try (PostgresLedgerStore store = server.newStore()) {
      Ledger ledger = TestLedgers.on(store);
      ledger.execute(grant("g1", M1, 100_000));
      assertTrue(ledger.verify().clean());
      long definition = seqOf(store, "program:industrial-pavilion-2022");

      // a cap of 400,000 points instead of 200,000 (R-D2)
      tamper(
          server,
          store.schema(),
          "UPDATE " + store.schema() + ".record_versions"
              + " SET body = jsonb_set(body::jsonb, '{program,policy,grantCap}', '400000')::json"
              + " WHERE kind = 'PROGRAM'");

      VerificationReport report = ledger.verify();
      assertFalse(report.clean());
      assertEquals(definition, firstBreak(report));
    }
  }

  @ParameterizedTest
  @EnumSource(TestServer.class)
  void aRecordVersionSlippedInBesideAnEntry_breaksTheChainAtThatEntry(TestServer server)
      throws SQLException {
    try (PostgresLedgerStore store = server.newStore()) {
      Ledger ledger = TestLedgers.withVendors(store);
      ledger.execute(grant("g1", M1, 100_000));
      ledger.execute(reserve("r1", "C1", M1, V1, 20_000, 10_000));
      long grant = seqOf(store, "g1");

      // a second manufacturer "granted" by the grant entry, as a planted record version
      tamper(
          server,
          store.schema(),
          "INSERT INTO " + store.schema() + ".record_versions"
              + " SELECT kind, program_id, '" + M9 + "', seq,"
              + " jsonb_set(body::jsonb, '{manufacturer}', '\"" + M9 + "\"')::json"
              + " FROM " + store.schema() + ".record_versions"
              + " WHERE kind = 'MANUFACTURER' AND record_id = '" + M1 + "' AND seq = " + grant);

      VerificationReport report = ledger.verify();
      assertFalse(report.clean());
      assertEquals(grant, firstBreak(report));
    }
  }
}
