package dev.pointsledger.jdbc.internal;

import dev.pointsledger.core.command.Command;
import dev.pointsledger.core.command.CommandOutcome;
import dev.pointsledger.core.id.EntryId;
import dev.pointsledger.core.journal.JournalEntry;
import dev.pointsledger.core.store.CommandProcessor;
import dev.pointsledger.core.store.Decision;
import dev.pointsledger.core.store.StateView;
import dev.pointsledger.core.store.Footprint;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;

/**
 * One attempt at running a list of commands in one transaction, in four steps:
 *
 * <ol>
 *   <li>the footprint of every command, from committed facts, without locks;
 *   <li>the ledger lock (shared, or exclusive past the escalation threshold) and every footprint
 *       key, ascending, each exclusively or shared, in one call that answers the chain's head;
 *   <li>every command decided in order against the state read under those locks, up to that
 *       head, plus the effects of the commands before it (reads are batched, see {@link
 *       CommittedState});
 *   <li>if anything was accepted: the chain lock, sealing and one insert ({@link
 *       JournalAppender}).
 * </ol>
 *
 * <p>{@link UnitRunner} runs the steps, step 4 through {@link JournalAppender}, and commits or
 * rolls back; a command whose footprint needs a name that was not locked aborts the attempt with
 * {@link NeedMoreLocks}.
 */
final class UnitOfWork {
  /** Rounds of batched reads before the remaining misses are read one at a time. */
  private static final int SPECULATIVE_ROUNDS = 8;

  private final StoreContext context;
  private final Handle handle;
  private final List<? extends Command> commands;
  private final CommandProcessor processor;
  private final Map<String, Long> keyCache = new HashMap<>();

  UnitOfWork(
      StoreContext context,
      Handle handle,
      List<? extends Command> commands,
      CommandProcessor processor) {
    this.context = context;
    this.handle = handle;
    this.commands = commands;
    this.processor = processor;
  }

  /**
   * The decisions of a unit of work, the entries they accepted, not yet written, and the id of
   * the transaction they would be written in.
   */
  record Prepared(List<Decision> decisions, PendingWrites pending, long xid) {}

  /**
   * Steps 1 to 3: footprints (in autocommit mode, before the transaction), then the transaction
   * with its locks, then every decision, each read bounded by the head as of the locks.
   *
   * @param extra names to lock beyond the footprints, found by an earlier attempt
   * @param escalate whether to lock the whole ledger
   * @return the decisions; the handle is left in the transaction
   * @throws NeedMoreLocks if a command turned out to need a name that was not locked (or held
   *     only shared and needed exclusively)
   */
  Prepared prepare(Footprint extra, boolean escalate) {
    Footprint names = footprints(extra);
    long[] exclusive = keysOf(names.locks(), new long[0]);
    long[] shared = keysOf(names.shared(), exclusive);
    boolean wholeLedger =
        escalate
            || exclusive.length + shared.length > context.settings().lockEscalationThreshold();
    handle.begin();
    FootprintLocks.Locked locked =
        context.locks().lockFootprint(handle, wholeLedger, exclusive, shared);
    Map<Long, Boolean> held = null;
    if (!wholeLedger) {
      held = new HashMap<>((exclusive.length + shared.length) * 2);
      for (long k : shared) {
        held.put(k, false);
      }
      for (long k : exclusive) {
        held.put(k, true);
      }
    }
    Pass pass = decideAll(held, locked.head());
    if (!pass.extras().locks().isEmpty() || !pass.extras().shared().isEmpty()) {
      throw new NeedMoreLocks(pass.extras());
    }
    return new Prepared(pass.decisions(), pass.pending(), locked.xid());
  }

  /** The keys of names, ascending and distinct, leaving out those in {@code except}. */
  private long[] keysOf(Set<String> names, long[] except) {
    return names.stream()
        .mapToLong(this::keyOf)
        .filter(k -> Arrays.binarySearch(except, k) < 0)
        .sorted()
        .distinct()
        .toArray();
  }

  private long keyOf(String name) {
    return keyCache.computeIfAbsent(name, context.keys()::keyOf);
  }

  private Footprint footprints(Footprint extra) {
    // planning only, before any lock: unbounded reads of committed facts; every name is checked
    // again against the bounded view once the locks are held (decideRound)
    CommittedState facts = new CommittedState(handle, context, Long.MAX_VALUE);
    StateView view = new UnitStateView(facts, new PendingWrites(), context.programs());
    for (int round = 1; ; round++) {
      facts.speculate(round <= SPECULATIVE_ROUNDS);
      Set<String> locks = new TreeSet<>(extra.locks());
      Set<String> shared = new TreeSet<>(extra.shared());
      for (Command command : commands) {
        try {
          Footprint fp = processor.footprint(command, view);
          locks.addAll(fp.locks());
          shared.addAll(fp.shared());
        } catch (RuntimeException e) {
          if (!facts.hasMisses()) {
            throw e;
          }
        }
      }
      if (!facts.hasMisses()) {
        return new Footprint(locks, shared);
      }
      facts.loadMisses();
    }
  }

  /** The decisions of one round, the entries they accepted and the names left unlocked. */
  private record Pass(List<Decision> decisions, PendingWrites pending, Footprint extras) {}

  private Pass decideAll(Map<Long, Boolean> held, long head) {
    CommittedState state = new CommittedState(handle, context, head);
    for (int round = 1; ; round++) {
      state.speculate(round <= SPECULATIVE_ROUNDS);
      Pass pass = decideRound(state, held);
      if (!state.hasMisses()) {
        return pass;
      }
      state.loadMisses();
    }
  }

  /**
   * Decides every command once. With {@code held} (the keys locked, each true if exclusively),
   * also collects every footprint name not held in the mode the command needs.
   */
  private Pass decideRound(CommittedState state, Map<Long, Boolean> held) {
    PendingWrites pending = new PendingWrites();
    StateView view = new UnitStateView(state, pending, context.programs());
    List<Decision> decisions = new ArrayList<>(commands.size());
    Set<String> extraLocks = new TreeSet<>();
    Set<String> extraShared = new TreeSet<>();
    for (Command command : commands) {
      try {
        if (held != null) {
          Footprint fp = processor.footprint(command, view);
          for (String name : fp.locks()) {
            if (!Boolean.TRUE.equals(held.get(keyOf(name)))) {
              extraLocks.add(name);
            }
          }
          for (String name : fp.shared()) {
            if (!held.containsKey(keyOf(name))) {
              extraShared.add(name);
            }
          }
        }
        Decision decision = processor.decide(command, view);
        if (decision instanceof Decision.Accept accept) {
          pending.accept(accept, processor.now());
        }
        decisions.add(decision);
      } catch (RuntimeException e) {
        if (!state.hasMisses()) {
          throw e;
        }
        decisions.add(null);
      }
    }
    return new Pass(decisions, pending, new Footprint(extraLocks, extraShared));
  }

  /**
   * Step 4 done: the outcome of every command.
   *
   * @param decisions the decisions
   * @param sealed the entries written, by id
   * @return one outcome per command
   */
  List<CommandOutcome> outcomes(List<Decision> decisions, Map<EntryId, JournalEntry> sealed) {
    List<CommandOutcome> outcomes = new ArrayList<>(commands.size());
    for (int i = 0; i < commands.size(); i++) {
      Command command = commands.get(i);
      Decision decision = decisions.get(i);
      if (decision instanceof Decision.Accept accept) {
        outcomes.add(new CommandOutcome.Applied(command, sealed.get(accept.entry().id()), false));
      } else if (decision instanceof Decision.Reject reject) {
        outcomes.add(new CommandOutcome.Refused(command, reject.rejection()));
      } else {
        JournalEntry original = ((Decision.Replay) decision).original();
        outcomes.add(
            new CommandOutcome.Applied(
                command, sealed.getOrDefault(original.id(), original), true));
      }
    }
    return outcomes;
  }
}
