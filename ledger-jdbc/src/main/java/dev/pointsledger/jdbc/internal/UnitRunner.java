package dev.pointsledger.jdbc.internal;

import dev.pointsledger.core.command.Command;
import dev.pointsledger.core.command.CommandOutcome;
import dev.pointsledger.core.error.LedgerStoreException;
import dev.pointsledger.core.id.EntryId;
import dev.pointsledger.core.journal.JournalEntry;
import dev.pointsledger.core.store.CommandProcessor;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;

/**
 * Runs a list of commands as one transaction, trying again, up to the configured bound, when
 * PostgreSQL reports a serialization failure or deadlock (after a pause that grows exponentially,
 * with jitter), when a unit needs more locks, or when the lock table is full (then taking the
 * whole ledger). Every other failure is rolled back and reported as a {@link
 * LedgerStoreException}; a failed commit is resolved by looking for the first entry it wrote.
 */
public final class UnitRunner {
  private final StoreContext context;

  /**
   * Creates the runner.
   *
   * @param context the store's parts
   */
  public UnitRunner(StoreContext context) {
    this.context = context;
  }

  /**
   * Runs the commands.
   *
   * @param commands the commands, in order
   * @param processor the core's decision procedure
   * @return one outcome per command
   * @throws LedgerStoreException if the store fails; nothing of the unit was written
   */
  public List<CommandOutcome> execute(
      List<? extends Command> commands, CommandProcessor processor) {
    Set<String> extraNames = new TreeSet<>();
    boolean escalate = false;
    int maxAttempts = context.options().maxAttempts();
    for (int attempt = 1; ; attempt++) {
      Handle handle = open();
      UnitOfWork unit = new UnitOfWork(context, handle, commands, processor);
      UnitOfWork.Prepared prepared = null;
      try {
        prepared = unit.prepare(extraNames, escalate);
        Map<EntryId, JournalEntry> sealed = Map.of();
        if (prepared.pending().isEmpty()) {
          handle.commit();
        } else {
          sealed =
              context.appender().appendAndCommit(handle, prepared.pending().accepted(), processor);
          try {
            context.appender().awaitDurable(handle);
          } catch (JdbiException e) {
            throw new JournalAppender.CommitFailed(e, sealed);
          }
        }
        closeQuietly(handle);
        return unit.outcomes(prepared.decisions(), sealed);
      } catch (NeedMoreLocks e) {
        rollbackAndClose(handle, e);
        extraNames.addAll(e.names());
        if (attempt >= maxAttempts) {
          throw new LedgerStoreException(
              "gave up after " + attempt + " attempts: the unit of work kept needing more locks",
              e);
        }
      } catch (JournalAppender.CommitFailed e) {
        rollbackAndClose(handle, e);
        if (committed(e.sealed().values().iterator().next())) {
          return unit.outcomes(prepared.decisions(), e.sealed());
        }
        throw new LedgerStoreException(
            "the commit failed (" + describe(e) + "); nothing of the unit of work was written;"
                + " submitting the same commands again is safe",
            e);
      } catch (JdbiException e) {
        rollbackAndClose(handle, e);
        SqlFailures.Kind kind = SqlFailures.classify(e);
        boolean retry = kind == SqlFailures.Kind.RETRY || kind == SqlFailures.Kind.ESCALATE;
        if (!retry || attempt >= maxAttempts) {
          throw failed(e, attempt, retry);
        }
        escalate |= kind == SqlFailures.Kind.ESCALATE;
        pause(attempt);
      } catch (RuntimeException | Error e) {
        rollbackAndClose(handle, e);
        throw e;
      }
    }
  }

  private Handle open() {
    try {
      return context.jdbi().open();
    } catch (JdbiException e) {
      throw new LedgerStoreException(
          "cannot get a connection to PostgreSQL (" + describe(e) + "); nothing was written", e);
    }
  }

  /**
   * After a failed commit or wait for durability: whether the unit's first entry is in the
   * journal after all, and durable.
   */
  private boolean committed(JournalEntry first) {
    try (Handle h = context.jdbi().open()) {
      boolean found =
          first.equals(context.entries().byIds(h, List.of(first.id())).get(first.id()));
      if (found) {
        context.appender().awaitDurable(h);
      }
      return found;
    } catch (JdbiException e) {
      throw new LedgerStoreException(
          "the commit failed and PostgreSQL cannot be asked whether it happened ("
              + describe(e)
              + "); submit the same commands again once it is back: applied ones replay",
          e);
    }
  }

  private static void closeQuietly(Handle handle) {
    try {
      handle.close();
    } catch (JdbiException e) {
      // committed: a connection that fails to go back to its pool does not undo that
    }
  }

  private static void rollbackAndClose(Handle handle, Throwable cause) {
    try {
      if (handle.isInTransaction()) {
        handle.rollback();
      }
    } catch (RuntimeException e) {
      cause.addSuppressed(e);
    }
    try {
      handle.close();
    } catch (RuntimeException e) {
      cause.addSuppressed(e);
    }
  }

  private void pause(int attempt) {
    long capNanos = context.options().maxBackoff().toNanos();
    long doubling = TimeUnit.MILLISECONDS.toNanos(1L << Math.min(attempt - 1, 20));
    long ceiling = Math.min(capNanos, doubling);
    long nanos = ceiling <= 0 ? 0 : ThreadLocalRandom.current().nextLong(ceiling + 1);
    try {
      TimeUnit.NANOSECONDS.sleep(nanos);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LedgerStoreException(
          "interrupted while waiting to try again; nothing was written", e);
    }
  }

  private static LedgerStoreException failed(JdbiException e, int attempts, boolean retryable) {
    String what =
        retryable
            ? "gave up after " + attempts + " attempts (" + describe(e) + ")"
            : "the unit of work failed (" + describe(e) + ")";
    return new LedgerStoreException(
        what + "; it was rolled back and nothing of it was written; submitting the same commands"
            + " again is safe",
        e);
  }

  private static String describe(Throwable e) {
    return SqlFailures.sqlCause(e)
        .map(s -> "SQLSTATE " + s.getSQLState() + ": " + s.getMessage())
        .orElse(String.valueOf(e.getMessage()));
  }
}
