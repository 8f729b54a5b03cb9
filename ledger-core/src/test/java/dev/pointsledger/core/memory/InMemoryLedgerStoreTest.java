package dev.pointsledger.core.memory;

import dev.pointsledger.core.store.LedgerStore;
import dev.pointsledger.core.testing.LedgerStoreContract;

/** The store contract suite, run against the in-memory store. */
class InMemoryLedgerStoreTest extends LedgerStoreContract {
  @Override
  protected LedgerStore newStore() {
    return new InMemoryLedgerStore();
  }
}
