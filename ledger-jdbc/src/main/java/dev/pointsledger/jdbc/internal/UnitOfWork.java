package dev.pointsledger.jdbc.internal;

import dev.pointsledger.core.command.Command;
import dev.pointsledger.core.command.CommandOutcome;
import dev.pointsledger.core.id.EntryId;
import dev.pointsledger.core.journal.JournalEntry;
import dev.pointsledger.core.store.CommandProcessor;
import dev.pointsledger.core.store.Decision;
import dev.pointsledger.core.store.StateView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
 *       key, ascending, in one call;
 *   <li>every command decided in order against the state read under those locks plus the
 *       effects of the commands before it (reads are batched, see {@link CommittedState});
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

  /** The decisions of a unit of work, and the entries they accepted, not yet written. */
  record Prepared(List<Decision> decisions, PendingWrites pending) {}

  /**
   * Steps 1 to 3: footprints (in autocommit mode, before the transaction), then the transaction
   * with its locks, then every decision.
   *
   * @param extraNames names to lock beyond the footprints, found by an earlier attempt
   * @param escalate whether to lock the whole ledger
   * @return the decisions; the handle is left in the transaction
   * @throws NeedMoreLocks if a command turned out to need a name that was not locked
   */
  Prepared prepare(Set<String> extraNames, boolean escalate) {
    Set<String> names = footprints();
    names.addAll(extraNames);
    long[] keys =
        names.stream()
            .mapToLong(n -> keyCache.computeIfAbsent(n, context.keys()::keyOf))
            .sorted()
            .distinct()
            .toArray();
    boolean wholeLedger = escalate || keys.length > context.options().lockEscalationThreshold();
    handle.begin();
    context.locks().lockFootprint(handle, wholeLedger, keys);
    Set<Long> held = null;
    if (!wholeLedger) {
      held = new HashSet<>(keys.length * 2);
      for (long k : keys) {
        held.add(k);
      }
    }
    Pass pass = decideAll(held);
    if (!pass.extras().isEmpty()) {
      throw new NeedMoreLocks(pass.extras());
    }
    return new Prepared(pass.decisions(), pass.pending());
  }

  private Set<String> footprints() {
    CommittedState facts = new CommittedState(handle, context);
    StateView view = new UnitStateView(facts, new PendingWrites(), context.programs());
    for (int round = 1; ; round++) {
      facts.speculate(round <= SPECULATIVE_ROUNDS);
      Set<String> names = new TreeSet<>();
      for (Command command : commands) {
        try {
          names.addAll(processor.footprint(command, view).locks());
        } catch (RuntimeException e) {
          if (!facts.hasMisses()) {
            throw e;
          }
        }
      }
      if (!facts.hasMisses()) {
        return names;
      }
      facts.loadMisses();
    }
  }

  /** The decisions of one round, the entries they accepted and the names left unlocked. */
  private record Pass(List<Decision> decisions, PendingWrites pending, Set<String> extras) {}

  private Pass decideAll(Set<Long> held) {
    CommittedState state = new CommittedState(handle, context);
    for (int round = 1; ; round++) {
      state.speculate(round <= SPECULATIVE_ROUNDS);
      Pass pass = decideRound(state, held);
      if (!state.hasMisses()) {
        return pass;
      }
      state.loadMisses();
    }
  }

  private Pass decideRound(CommittedState state, Set<Long> held) {
    PendingWrites pending = new PendingWrites();
    StateView view = new UnitStateView(state, pending, context.programs());
    List<Decision> decisions = new ArrayList<>(commands.size());
    Set<String> extras = new TreeSet<>();
    for (Command command : commands) {
      try {
        if (held != null) {
          for (String name : processor.footprint(command, view).locks()) {
            if (!held.contains(keyCache.computeIfAbsent(name, context.keys()::keyOf))) {
              extras.add(name);
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
    return new Pass(decisions, pending, extras);
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
