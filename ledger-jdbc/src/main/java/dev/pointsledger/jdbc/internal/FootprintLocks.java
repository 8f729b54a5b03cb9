package dev.pointsledger.jdbc.internal;

import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * Starts a unit of work's transaction and takes its locks, in one round trip: READ COMMITTED
 * (whatever the data source's default, so that every statement after the locks sees what the
 * previous holders committed); an asynchronous commit (the commit releases the chain lock
 * without waiting for the WAL flush, which {@link JournalAppender#awaitDurable} waits for after
 * the lock is released); then the schema's {@code lock_footprint} function: the ledger lock
 * (shared, or exclusive for the whole ledger), then the footprint keys in ascending order. Held
 * until the transaction ends.
 */
public final class FootprintLocks {
  private final String lock;

  /**
   * Prepares the call for a schema.
   *
   * @param sql the schema
   */
  public FootprintLocks(SchemaSql sql) {
    lock =
        sql.render(
            "SET TRANSACTION ISOLATION LEVEL READ COMMITTED;"
                + " SET LOCAL synchronous_commit = off;"
                + " SELECT ${schema}.lock_footprint(:wholeLedger, :keys::bigint[])");
  }

  /**
   * Locks, waiting as long as other transactions hold the same keys.
   *
   * @param h the unit of work's handle, in a transaction that has not run a statement yet
   * @param wholeLedger true to take the ledger exclusively instead of the keys
   * @param keys the footprint keys, ascending
   */
  public void lockFootprint(Handle h, boolean wholeLedger, long[] keys) {
    List<Long> boxed = new ArrayList<>(keys.length);
    for (long k : keys) {
      boxed.add(k);
    }
    // an update, not a query: its first result is the SET's, and the function's row is not needed
    h.createUpdate(lock)
        .bind("wholeLedger", wholeLedger)
        .bindArray("keys", Long.class, wholeLedger ? List.of() : boxed)
        .execute();
  }
}
