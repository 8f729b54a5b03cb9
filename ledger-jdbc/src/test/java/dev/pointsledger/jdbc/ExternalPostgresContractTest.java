package dev.pointsledger.jdbc;

import dev.pointsledger.core.store.LedgerStore;
import dev.pointsledger.core.testing.LedgerStoreContract;
import dev.pointsledger.jdbc.testing.TestServer;
import org.junit.jupiter.api.BeforeAll;

/**
 * The core's store contract suite against the server named by {@code LEDGER_TEST_JDBC_URL};
 * skipped when that variable is not set.
 */
class ExternalPostgresContractTest extends LedgerStoreContract {
  @BeforeAll
  static void requireServer() {
    TestServer.EXTERNAL.assumeAvailable();
  }

  @Override
  protected LedgerStore newStore() {
    return TestServer.EXTERNAL.newStore();
  }
}
