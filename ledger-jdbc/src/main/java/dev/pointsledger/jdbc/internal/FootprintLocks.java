package dev.pointsledger.jdbc.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * Starts a unit of work's transaction and takes its locks, in one round trip: READ COMMITTED
 * (whatever the data source's default, so that every statement after the locks sees what the
 * previous holders committed), then the schema's {@code lock_footprint} function: the ledger
 * lock (shared, or exclusive for the whole ledger), then every footprint key in ascending order,
 * each exclusively or shared; it answers the chain's head as read once the locks are granted,
 * which bounds every read the unit decides on. Held until the transaction ends. The same round
 * trip gives the transaction its id ({@code txid_current()}): the append sends its {@code COMMIT}
 * in the append's own round trip ({@link JournalAppender}), and if that round trip fails, the
 * transaction's id must already be known to ask PostgreSQL whether the commit happened ({@link
 * CommitResolver}).
 *
 * <p>The transaction commits with the session's {@code synchronous_commit}; only the append step
 * makes it asynchronous ({@link JournalAppender}).
 */
final class FootprintLocks {
  private final String lock;

  /**
   * What the locking step answered.
   *
   * @param head the chain's head sequence number once the locks were granted
   * @param xid the transaction's id, with its epoch ({@code txid_current()})
   */
  record Locked(long head, long xid) {}

  /**
   * Prepares the call for a schema.
   *
   * @param sql the schema
   */
  FootprintLocks(SchemaSql sql) {
    lock =
        sql.render(
            "SET TRANSACTION ISOLATION LEVEL READ COMMITTED;"
                + " SELECT ${schema}.lock_footprint(?, ?::bigint[], ?::bigint[]), txid_current()");
  }

  /**
   * Locks, waiting as long as other transactions hold the same keys in a conflicting mode.
   *
   * @param h the unit of work's handle, in a transaction that has not run a statement yet
   * @param wholeLedger true to take the ledger exclusively instead of the keys
   * @param exclusive the keys held exclusively, ascending
   * @param shared the keys held shared, ascending, none of them in {@code exclusive}
   * @return the chain's head sequence number once the locks are granted, and the transaction's id
   * @throws UnableToExecuteStatementException if PostgreSQL fails
   */
  Locked lockFootprint(Handle h, boolean wholeLedger, long[] exclusive, long[] shared) {
    // plain JDBC: the statement's first result is the SET's, the head is in the second, and
    // Jdbi's queries read only the first
    try (PreparedStatement s = h.getConnection().prepareStatement(lock)) {
      s.setBoolean(1, wholeLedger);
      s.setString(2, literal(wholeLedger ? new long[0] : exclusive));
      s.setString(3, literal(wholeLedger ? new long[0] : shared));
      s.execute();
      if (!s.getMoreResults()) {
        throw new SQLException("lock_footprint returned no head");
      }
      try (ResultSet rs = s.getResultSet()) {
        rs.next();
        return new Locked(rs.getLong(1), rs.getLong(2));
      }
    } catch (SQLException e) {
      throw new UnableToExecuteStatementException(e, null);
    }
  }

  private static String literal(long[] keys) {
    ArrayLiteral a = new ArrayLiteral(keys.length);
    for (long k : keys) {
      a.add(k);
    }
    return a.build();
  }
}
