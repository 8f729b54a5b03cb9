package dev.pointsledger.jdbc.internal;

import dev.pointsledger.core.journal.JournalEntry;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;

/**
 * Finds out, after the connection failed at an append's commit (or while it waited for the
 * commit's durability), whether the commit happened, by asking PostgreSQL on a new connection
 * about the transaction's id ({@code txid_status}):
 *
 * <ul>
 *   <li>committed, and the append's first entry is in the journal as sealed: waits for
 *       durability, then the outcomes stand;
 *   <li>aborted twice in a row, or an id the server has not reached (a crash lost the
 *       transaction and the server came back with its counter behind): nothing was written;
 *   <li>in progress (the old connection's server process has not noticed yet), or committed
 *       while the entry is not visible yet: asked again for a short while, then unknown (after a
 *       crash the lost id may have been given to another transaction);
 *   <li>anything else, or no answer: unknown.
 * </ul>
 */
final class CommitResolver {
  /** How often, and how long apart, an append still in progress is asked about again. */
  private static final int POLLS = 50;

  private static final long POLL_MILLIS = 40;

  private final StoreContext context;

  CommitResolver(StoreContext context) {
    this.context = context;
  }

  /** What became of a commit. */
  enum Outcome {
    /** Committed and now durable. */
    COMMITTED,
    /** Not committed: nothing of it is in the journal. */
    ABORTED,
    /** PostgreSQL could not say. */
    UNKNOWN
  }

  /**
   * Resolves a failed commit.
   *
   * @param failed what the commit would have written, and its transaction's id
   * @param cause the failure, which gets what went wrong while resolving as suppressed
   * @return what became of it
   */
  Outcome resolve(JournalAppender.Appended failed, Throwable cause) {
    JournalEntry first = failed.entries().values().iterator().next();
    boolean abortedBefore = false;
    try (Handle h = context.jdbi().open()) {
      for (int poll = 1; poll <= POLLS; poll++) {
        if (poll > 1) {
          TimeUnit.MILLISECONDS.sleep(POLL_MILLIS);
        }
        Optional<String> status = status(h, failed.xid());
        if (status.isEmpty()) {
          return Outcome.ABORTED;
        }
        switch (status.get()) {
          case "committed" -> {
            // marked committed a moment before it is visible to a new snapshot; or, after a
            // crash, an id given again to another transaction: ask again while it is absent
            if (first.equals(
                context.entries().byIds(h, List.of(first.id())).get(first.id()))) {
              context.appender().awaitDurable(h);
              return Outcome.COMMITTED;
            }
          }
          case "aborted" -> {
            // asked twice: a transaction finishing its commit between the two checks inside
            // txid_status could read as aborted once, never twice
            if (abortedBefore) {
              return Outcome.ABORTED;
            }
            abortedBefore = true;
          }
          case "in progress" -> {
            // the old connection's server process has not noticed yet: ask again
          }
          default -> {
            return Outcome.UNKNOWN;
          }
        }
      }
      return Outcome.UNKNOWN;
    } catch (JdbiException e) {
      cause.addSuppressed(e);
      return Outcome.UNKNOWN;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      cause.addSuppressed(e);
      return Outcome.UNKNOWN;
    }
  }

  /**
   * The transaction's status, or empty if its id is beyond the server's counter (it never
   * reached the disk). A null status (too old to know) reads as "unknown".
   */
  private static Optional<String> status(Handle h, long xid) {
    try {
      String status =
          h.createQuery("SELECT txid_status(:xid)").bind("xid", xid).mapTo(String.class).one();
      return Optional.of(status == null ? "unknown" : status);
    } catch (JdbiException e) {
      // 22023 "transaction ID ... is in the future": the server restarted without it
      if ("22023".equals(SqlFailures.sqlState(e))) {
        return Optional.empty();
      }
      throw e;
    }
  }
}
