package dev.pointsledger.core;

import dev.pointsledger.core.store.LedgerStore;

/**
 * The store underneath a ledger, for tests that read it directly (its head, its entries, its
 * records). {@link Ledger} no longer exposes its store; its writer would take nothing but the
 * ledger's own rules anyway. Serves our own tests; may change without notice.
 */
public final class StoreOf {
  private StoreOf() {}

  /**
   * The store a ledger runs on.
   *
   * @param ledger the ledger
   * @return its store
   */
  public static LedgerStore storeOf(Ledger ledger) {
    return ledger.store();
  }
}
