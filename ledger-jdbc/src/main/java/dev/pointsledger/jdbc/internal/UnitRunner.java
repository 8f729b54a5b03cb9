package dev.pointsledger.jdbc.internal;

import dev.pointsledger.core.command.Command;
import dev.pointsledger.core.command.CommandOutcome;
import dev.pointsledger.core.error.LedgerOutcomeUnknownException;
import dev.pointsledger.core.error.LedgerStoreException;
import dev.pointsledger.core.store.CommandProcessor;
import dev.pointsledger.core.store.Footprint;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a list of commands as one transaction, trying again, up to the configured bound, when
 * PostgreSQL reports a serialization failure or deadlock (after a pause that grows exponentially,
 * with jitter), when a unit needs more locks, when another writer moved the chain's head before
 * an append that carried its commit, or when the lock table is full (then taking the whole
 * ledger). Every other failure is rolled back and reported as a {@link
 * LedgerStoreException}; a failed commit is resolved by asking PostgreSQL about its transaction
 * ({@link CommitResolver}), and reported as a {@link LedgerOutcomeUnknownException} when it
 * cannot say.
 */
public final class UnitRunner {
  private static final Logger LOG = LoggerFactory.getLogger(UnitRunner.class);

  private final StoreContext context;
  private final CommitResolver resolver;

  /**
   * Creates the runner.
   *
   * @param context the store's parts
   */
  public UnitRunner(StoreContext context) {
    this.context = context;
    this.resolver = new CommitResolver(context);
  }

  /**
   * Runs the commands.
   *
   * @param commands the commands, in order
   * @param processor the core's decision procedure
   * @return one outcome per command, each durable
   * @throws LedgerOutcomeUnknownException if the commit failed and PostgreSQL cannot say whether
   *     it happened
   * @throws LedgerStoreException if the store fails; nothing of the unit was written
   */
  List<CommandOutcome> execute(
      List<? extends Command> commands, CommandProcessor processor) {
    Set<String> extraLocks = new TreeSet<>();
    Set<String> extraShared = new TreeSet<>();
    boolean escalate = false;
    int maxAttempts = context.settings().maxAttempts();
    for (int attempt = 1; ; attempt++) {
      Handle handle = open();
      UnitOfWork unit = new UnitOfWork(context, handle, commands, processor);
      UnitOfWork.Prepared prepared = null;
      try {
        prepared = unit.prepare(new Footprint(extraLocks, extraShared), escalate);
        if (prepared.pending().isEmpty()) {
          long flushStart = System.nanoTime();
          context.appender().commitDurably(handle);
          context.metrics().flushWaited(System.nanoTime() - flushStart);
          closeQuietly(handle);
          return unit.outcomes(prepared.decisions(), Map.of());
        }
        JournalAppender.Appended appended =
            context
                .appender()
                .appendAndCommit(
                    handle, prepared.pending().accepted(), processor, prepared.xid());
        long flushStart = System.nanoTime();
        try {
          context.appender().awaitDurable(handle);
        } catch (JdbiException e) {
          throw new JournalAppender.CommitFailed(e, appended);
        }
        context.metrics().flushWaited(System.nanoTime() - flushStart);
        closeQuietly(handle);
        return unit.outcomes(prepared.decisions(), appended.entries());
      } catch (NeedMoreLocks e) {
        rollbackAndClose(handle, e);
        extraLocks.addAll(e.names().locks());
        extraShared.addAll(e.names().shared());
        if (attempt >= maxAttempts) {
          LOG.warn(
              "giving up after {} attempts: the unit of work of {} commands kept needing more"
                  + " locks",
              attempt,
              commands.size());
          throw new LedgerStoreException(
              "gave up after " + attempt + " attempts: the unit of work kept needing more locks",
              e);
        }
        context.metrics().retried("more-locks");
        LOG.debug(
            "attempt {} of {} needs {} more locks; trying again",
            attempt,
            maxAttempts,
            e.names().locks().size() + e.names().shared().size());
      } catch (JournalAppender.HeadMoved e) {
        rollbackAndClose(handle, e);
        if (attempt >= maxAttempts) {
          throw new LedgerStoreException(
              "gave up after " + attempt + " attempts: other writers kept moving the chain's"
                  + " head; nothing of the unit of work was written",
              e);
        }
        context.metrics().retried("head-moved");
        LOG.debug("attempt {} of {} found the chain's head moved; trying again", attempt,
            maxAttempts);
      } catch (JournalAppender.CommitFailed e) {
        rollbackAndClose(handle, e);
        // the server may have crashed: a program cached from another writer's commit that was
        // not yet flushed may be gone from the journal, so read programs afresh from now on
        context.programs().forget();
        return resolved(e, unit, prepared);
      } catch (JdbiException e) {
        rollbackAndClose(handle, e);
        SqlFailures.Kind kind = SqlFailures.classify(e);
        if (kind == SqlFailures.Kind.CONNECTION) {
          context.programs().forget();
        }
        boolean retry = kind == SqlFailures.Kind.RETRY || kind == SqlFailures.Kind.ESCALATE;
        if (!retry || attempt >= maxAttempts) {
          if (retry) {
            LOG.warn(
                "giving up after {} attempts on a unit of work of {} commands ({})",
                attempt,
                commands.size(),
                describe(e));
          }
          throw failed(e, attempt, retry);
        }
        LOG.debug(
            "attempt {} of {} failed ({}{}); trying again",
            attempt,
            maxAttempts,
            describe(e),
            kind == SqlFailures.Kind.ESCALATE ? ", taking the whole ledger's lock next" : "");
        escalate |= kind == SqlFailures.Kind.ESCALATE;
        context.metrics().retried(SqlFailures.retryCause(e));
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
   * After a failed commit or wait for durability: the outcomes if the append is in the journal
   * after all (and now durable); otherwise a failure saying what is known.
   */
  private List<CommandOutcome> resolved(
      JournalAppender.CommitFailed e, UnitOfWork unit, UnitOfWork.Prepared prepared) {
    switch (resolver.resolve(e.appended(), e)) {
      case COMMITTED -> {
        return unit.outcomes(prepared.decisions(), e.appended().entries());
      }
      case ABORTED -> throw new LedgerStoreException(
          "the commit failed (" + describe(e) + "); PostgreSQL reports that the transaction did"
              + " not commit, so nothing of the unit of work was written; submitting the same"
              + " commands again is safe",
          e);
      default -> throw new LedgerOutcomeUnknownException(
          "the commit failed (" + describe(e) + ") and PostgreSQL cannot say whether it happened"
              + " (transaction " + e.appended().xid() + "): every command of the unit of work"
              + " was applied, or none; submit the same commands again once the database is"
              + " back: each ends in exactly one entry",
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
    long capNanos = context.settings().maxBackoff().toNanos();
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
