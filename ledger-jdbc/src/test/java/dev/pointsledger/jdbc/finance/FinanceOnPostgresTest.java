package dev.pointsledger.jdbc.finance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pointsledger.core.finance.DateRange;
import dev.pointsledger.core.finance.JournalSource;
import dev.pointsledger.core.finance.Reconciliation;
import dev.pointsledger.core.finance.ReconciliationReport;
import dev.pointsledger.core.testing.FinanceScenario;
import dev.pointsledger.core.testing.TestLedger;
import dev.pointsledger.jdbc.PostgresLedgerStore;
import dev.pointsledger.jdbc.testing.TestServer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The finance scenario on PostgreSQL: the reconciliation is the in-memory one's, figure for figure,
 * and applying the same payout file twice writes once.
 */
class FinanceOnPostgresTest {
  @ParameterizedTest
  @EnumSource(TestServer.class)
  void theReconciliation_isTheInMemoryOnes(TestServer server) {
    try (PostgresLedgerStore store = server.newStore()) {
      TestLedger onPostgres = FinanceScenario.build(store);
      TestLedger inMemory = FinanceScenario.build();
      ReconciliationReport pg =
          Reconciliation.of(
              JournalSource.now(onPostgres.ledger()), TestLedger.P2022, DateRange.all());
      ReconciliationReport memory =
          Reconciliation.of(
              JournalSource.now(inMemory.ledger()), TestLedger.P2022, DateRange.all());
      assertTrue(pg.tiesOut(), () -> pg.discrepancies().toString());
      assertEquals(memory, pg);
    }
  }

  @ParameterizedTest
  @EnumSource(TestServer.class)
  void applyingTheSamePayoutFileTwice_writesNothingNew(TestServer server) throws Exception {
    try (PostgresLedgerStore store = server.newStore()) {
      FinanceScenario.applyingThePayoutFileTwice_writesOnce(FinanceScenario.build(store));
    }
  }
}
