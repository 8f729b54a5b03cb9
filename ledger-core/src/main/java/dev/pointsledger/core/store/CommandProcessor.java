package dev.pointsledger.core.store;

import dev.pointsledger.core.command.Command;
import dev.pointsledger.core.journal.EntryDraft;
import dev.pointsledger.core.journal.EntryHash;
import dev.pointsledger.core.journal.JournalEntry;
import java.time.Instant;

/**
 * The core's side of a unit of work, handed to {@link LedgerStore#execute}: it names what a
 * command touches, decides it, and seals its entry.
 *
 * <p>Sealed to the ledger's own rules, {@code dev.pointsledger.core.rules.LedgerRules}, so a
 * store's writer takes those rules and nothing else: no caller can hand a store a processor that
 * appends entries no rule has decided. A store only calls these methods; it never implements
 * them. The permitted class lives in another package, which javac allows because both are in the
 * named module {@code dev.pointsledger.core}. On the class path both classes are in the same
 * unnamed module and {@code LedgerRules} is public, which is all JVMS 17 §5.3.5 asks of a
 * permitted subclass at run time (the tests run this way).
 *
 * <p>{@link #footprint} and {@link #decide} have no side effects: a store may call them several
 * times for one command (for example to decide a batch again after loading what it had not read
 * yet, or after a retry), and only the decision it finally carries out counts.
 */
public sealed interface CommandProcessor permits dev.pointsledger.core.rules.LedgerRules {
  /**
   * What the command must hold exclusively; read only immutable facts (which contract a claim is
   * on, which manufacturer a contract belongs to), which may be read before any lock is held.
   *
   * @param command the command
   * @param facts the committed state
   * @return the lock names
   */
  Footprint footprint(Command command, StateView facts);

  /**
   * Decides a command against the current state. Never writes; never throws for a refusal.
   *
   * @param command the command
   * @param state the current state, under the command's footprint
   * @return accept (with the entry and record versions), reject, or replay
   */
  Decision decide(Command command, StateView state);

  /**
   * Gives an accepted entry its place in the journal.
   *
   * @param draft the accepted entry
   * @param sequence the next sequence number
   * @param previousHash the hash of the entry at {@code sequence - 1}
   * @return the sealed entry, stamped with the processor's clock
   */
  default JournalEntry seal(EntryDraft draft, long sequence, EntryHash previousHash) {
    return draft.seal(sequence, now(), previousHash);
  }

  /**
   * The instant entries are recorded at, from the ledger's clock.
   *
   * @return now
   */
  Instant now();
}
