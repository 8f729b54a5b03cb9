package dev.pointsledger.jdbc.internal;

import dev.pointsledger.core.command.Command;
import dev.pointsledger.core.command.CommandOutcome;
import dev.pointsledger.core.error.LedgerOutcomeUnknownException;
import dev.pointsledger.core.error.LedgerStoreException;
import dev.pointsledger.core.store.CommandProcessor;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Admission of units of work within one JVM, and group commit: calls of {@code execute} are
 * queued, and at most a bound of units of work run at once. With sharing on, a unit takes every
 * queued call it can (same processor, up to {@link #MAX_GROUP_COMMANDS} commands) as one
 * transaction; a call's commands stay together and in order, each with its own outcome, exactly
 * as if its transaction had committed at that point of the journal. Under no load a call runs
 * alone, at once. One transaction for many callers means one chain lock and one WAL flush for all
 * of them; the bound keeps the database's CPUs for the units that run instead of for dozens of
 * connections competing with the one that holds the chain lock.
 *
 * <p>When a shared unit fails, each of its calls is run again alone, so that a failure (a rule bug,
 * a lost connection) reaches only the calls it belongs to; commands are idempotent, so running
 * one again after a commit whose outcome was unknown replays it. If that run fails as well, the
 * caller gets a {@link LedgerOutcomeUnknownException}, never "nothing was written".
 */
public final class GroupCommit {
  /** The most commands one shared unit of work takes from the queue (one call may bring more). */
  static final int MAX_GROUP_COMMANDS = 1_000;

  private static final Logger LOG = LoggerFactory.getLogger(GroupCommit.class);

  private final UnitRunner runner;
  private final StoreMetrics metrics;
  private final int maxUnits;
  private final boolean share;
  private final ArrayDeque<Call> queue = new ArrayDeque<>();
  private int running;

  /**
   * Creates the queue.
   *
   * @param runner what runs a unit of work
   * @param maxUnits the most units of work running at once
   * @param share whether a unit takes every queued call it can, or only the first
   * @param metrics where calls and group sizes are reported
   */
  public GroupCommit(UnitRunner runner, int maxUnits, boolean share, StoreMetrics metrics) {
    this.runner = runner;
    this.metrics = metrics;
    this.maxUnits = maxUnits;
    this.share = share;
  }

  /** One caller's commands and, once run, their outcomes or failure. */
  private static final class Call {
    final List<? extends Command> commands;
    final CommandProcessor processor;
    List<CommandOutcome> outcomes;
    RuntimeException failure;
    Error error;
    boolean done;

    Call(List<? extends Command> commands, CommandProcessor processor) {
      this.commands = commands;
      this.processor = processor;
    }
  }

  /**
   * Runs a caller's commands, in a unit of work of its own or shared with other callers.
   *
   * @param commands the commands, in order
   * @param processor the core's decision procedure
   * @return one outcome per command
   */
  public List<CommandOutcome> execute(
      List<? extends Command> commands, CommandProcessor processor) {
    long start = System.nanoTime();
    List<CommandOutcome> outcomes;
    try {
      outcomes = queued(commands, processor);
    } catch (RuntimeException | Error e) {
      metrics.failed(e, System.nanoTime() - start);
      throw e;
    }
    metrics.executed(outcomes, System.nanoTime() - start);
    return outcomes;
  }

  private List<CommandOutcome> queued(
      List<? extends Command> commands, CommandProcessor processor) {
    Call mine = new Call(commands, processor);
    synchronized (this) {
      queue.add(mine);
    }
    boolean interrupted = false;
    while (true) {
      List<Call> group;
      synchronized (this) {
        while (!mine.done && (running >= maxUnits || queue.isEmpty())) {
          try {
            wait();
          } catch (InterruptedException e) {
            interrupted = true;
            if (queue.remove(mine)) {
              Thread.currentThread().interrupt();
              throw new LedgerStoreException(
                  "interrupted while waiting for a unit of work; nothing was written", e);
            }
            // already taken by another caller's unit: its outcome is on its way
          }
        }
        if (mine.done) {
          if (interrupted) {
            Thread.currentThread().interrupt();
          }
          return result(mine);
        }
        group = take();
        running++;
      }
      try {
        run(group);
      } finally {
        synchronized (this) {
          running--;
          notifyAll();
        }
      }
    }
  }

  /** The calls at the head of the queue that share the first one's processor. */
  private List<Call> take() {
    List<Call> group = new ArrayList<>();
    CommandProcessor processor = queue.peek().processor;
    int commands = 0;
    while (!queue.isEmpty()
        && (share || group.isEmpty())
        && queue.peek().processor == processor
        && (group.isEmpty() || commands + queue.peek().commands.size() <= MAX_GROUP_COMMANDS)) {
      Call c = queue.poll();
      group.add(c);
      commands += c.commands.size();
    }
    metrics.grouped(group.size(), commands);
    return group;
  }

  private void run(List<Call> group) {
    if (group.size() == 1) {
      runAlone(group.get(0), null);
      return;
    }
    List<Command> all = new ArrayList<>();
    for (Call c : group) {
      all.addAll(c.commands);
    }
    List<CommandOutcome> outcomes;
    try {
      outcomes = runner.execute(all, group.get(0).processor);
    } catch (LedgerOutcomeUnknownException e) {
      LOG.debug(
          "a transaction shared by {} calls ended with its outcome unknown; running each call"
              + " again alone",
          group.size(),
          e);
      for (Call c : group) {
        runAlone(c, e);
      }
      return;
    } catch (RuntimeException | Error e) {
      LOG.debug(
          "a transaction shared by {} calls failed; running each call alone", group.size(), e);
      for (Call c : group) {
        runAlone(c, null);
      }
      return;
    }
    int from = 0;
    for (Call c : group) {
      int to = from + c.commands.size();
      complete(c, List.copyOf(outcomes.subList(from, to)), null, null);
      from = to;
    }
  }

  /**
   * Runs one call alone. If it was part of a shared unit whose outcome is unknown, that unit may
   * have applied its commands: a failure of this run then cannot mean "nothing was written", so
   * it reaches the caller as the shared unit's unknown outcome (a successful run settles it: the
   * commands replay or apply now).
   */
  private void runAlone(Call c, LedgerOutcomeUnknownException sharedUnknown) {
    try {
      complete(c, runner.execute(c.commands, c.processor), null, null);
    } catch (LedgerOutcomeUnknownException e) {
      complete(c, null, e, null);
    } catch (RuntimeException e) {
      if (sharedUnknown != null) {
        LOG.warn(
            "a call whose shared transaction ended with its outcome unknown failed again when run"
                + " alone; its outcome stays unknown",
            e);
      }
      complete(c, null, sharedUnknown == null ? e : stillUnknown(sharedUnknown, e), null);
    } catch (Error e) {
      complete(c, null, null, e);
    }
  }

  private static LedgerOutcomeUnknownException stillUnknown(
      LedgerOutcomeUnknownException shared, RuntimeException rerun) {
    LedgerOutcomeUnknownException unknown =
        new LedgerOutcomeUnknownException(
            "this call shared a transaction whose commit failed with its outcome unknown ("
                + shared.getMessage()
                + "), and running it again alone failed too; submit the same commands again"
                + " once the database is back: each ends in exactly one entry",
            shared);
    unknown.addSuppressed(rerun);
    return unknown;
  }

  private synchronized void complete(
      Call c, List<CommandOutcome> outcomes, RuntimeException failure, Error error) {
    c.outcomes = outcomes;
    c.failure = failure;
    c.error = error;
    c.done = true;
    notifyAll();
  }

  private static List<CommandOutcome> result(Call c) {
    if (c.error != null) {
      throw c.error;
    }
    if (c.failure != null) {
      throw c.failure;
    }
    return c.outcomes;
  }
}
