package dev.pointsledger.core.store;

import dev.pointsledger.core.account.AccountId;
import dev.pointsledger.core.id.EntryId;
import dev.pointsledger.core.id.ProgramId;
import dev.pointsledger.core.journal.JournalEntry;
import dev.pointsledger.core.program.Program;
import dev.pointsledger.core.state.LedgerRecord;
import dev.pointsledger.core.state.ProgramRecord;
import dev.pointsledger.core.state.RecordKey;
import dev.pointsledger.core.state.RecordKind;
import java.util.Optional;

/**
 * The current state as one unit of work sees it: every write made earlier in the same unit of
 * work (an earlier command of the same batch) is visible. The core reads through it while it
 * decides; a store answers from its current state, under the locks named by the command's
 * {@link Footprint}.
 *
 * <p>An entry accepted earlier in the same unit of work may be returned by {@link #entry} and
 * {@link #reversalOf} before the store has sealed it: its id, type, program, date, postings,
 * references and command fingerprint are final, but its sequence number, hashes and recorded
 * instant may still be placeholders. The rules use only the final fields.
 */
public interface StateView {
  /**
   * A defined program: its {@link RecordKind#PROGRAM} record, written by its definition entry.
   *
   * @param id the program's id
   * @return the program, if defined
   */
  default Optional<Program> program(ProgramId id) {
    return record(RecordKey.program(id), ProgramRecord.class).map(ProgramRecord::program);
  }

  /**
   * An account's current balance.
   *
   * @param account the account
   * @return the sum of its postings, 0 if it has none
   */
  long balance(AccountId account);

  /**
   * An entry by its id (which is its command's id).
   *
   * @param id the id
   * @return the entry, if any
   */
  Optional<JournalEntry> entry(EntryId id);

  /**
   * The entry that reverses an entry.
   *
   * @param target the reversed entry's id
   * @return the reversal, if the entry was reversed
   */
  Optional<JournalEntry> reversalOf(EntryId target);

  /**
   * The latest version of a state record.
   *
   * @param key the record's key
   * @param type the record's Java type
   * @param <R> the record's Java type
   * @return the record, if it exists
   */
  <R extends LedgerRecord> Optional<R> record(RecordKey key, Class<R> type);
}
