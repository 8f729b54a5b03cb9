package dev.pointsledger.jdbc;

import dev.pointsledger.core.store.LedgerStore;
import dev.pointsledger.core.testing.LedgerStoreContract;
import dev.pointsledger.jdbc.testing.TestServer;

/** The core's store contract suite against the embedded PostgreSQL, each test in a new schema. */
class EmbeddedPostgresContractTest extends LedgerStoreContract {
  @Override
  protected LedgerStore newStore() {
    return TestServer.EMBEDDED.newStore();
  }
}
