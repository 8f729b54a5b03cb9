package dev.pointsledger.core.store;

import dev.pointsledger.core.command.Command;
import dev.pointsledger.core.journal.EntryDraft;
import dev.pointsledger.core.journal.EntryHash;
import dev.pointsledger.core.journal.JournalEntry;
import java.time.Instant;

/**
 * The core's side of a unit of work, handed to {@link LedgerStore#execute}: it names what a
 * command touches, decides it, and seals its entry. Implemented once, by the rules package.
 *
 * <p>{@link #footprint} and {@link #decide} have no side effects: a store may call them several
 * times for one command (for example to decide a batch again after loading what it had not read
 * yet, or after a retry), and only the decision it finally carries out counts.
 */
public interface CommandProcessor {
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
