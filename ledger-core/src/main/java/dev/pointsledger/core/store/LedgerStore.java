package dev.pointsledger.core.store;

import dev.pointsledger.core.account.AccountId;
import dev.pointsledger.core.account.AccountType;
import dev.pointsledger.core.command.Command;
import dev.pointsledger.core.command.CommandOutcome;
import dev.pointsledger.core.error.LedgerStoreException;
import dev.pointsledger.core.id.EntryId;
import dev.pointsledger.core.id.ProgramId;
import dev.pointsledger.core.journal.JournalEntry;
import dev.pointsledger.core.program.Program;
import dev.pointsledger.core.state.LedgerRecord;
import dev.pointsledger.core.state.ProgramRecord;
import dev.pointsledger.core.state.RecordKey;
import dev.pointsledger.core.state.RecordKind;
import java.util.List;
import java.util.Optional;

/**
 * Where the journal lives. Implementations: the in-memory store of the core and the PostgreSQL
 * store of {@code ledger-jdbc}; both pass the same contract test suite and are safe for
 * concurrent callers.
 *
 * <p>Reads that take {@code asOf} answer as the ledger stood right after the entry with that
 * sequence number; pass {@link #headSequence()} for now. A read naming a sequence beyond the head
 * is a caller bug the query layer refuses before it reaches the store.
 */
public interface LedgerStore extends AutoCloseable {

  /**
   * A defined program: the {@link RecordKind#PROGRAM} record its definition entry wrote.
   *
   * @param id its id
   * @return the program, if defined
   * @throws LedgerStoreException if the store fails
   */
  default Optional<Program> program(ProgramId id) {
    return record(RecordKey.program(id), ProgramRecord.class, headSequence())
        .map(ProgramRecord::program);
  }

  /**
   * Every defined program, in the order their definition entries were appended.
   *
   * @return the programs
   * @throws LedgerStoreException if the store fails
   */
  List<Program> programs();

  /**
   * Runs commands in order. For each: hold its footprint, let the processor decide against the
   * current state (which includes the effects of the commands before it in the list), then append
   * the accepted entry and its record versions, or nothing. Each command has its own outcome; a
   * refused command does not affect the others. A store may run the whole list in one transaction;
   * either way, after this returns every outcome (applied, replayed, refused) is durable: so is
   * everything it was decided on.
   *
   * @param commands the commands, in order
   * @param processor the core's decision procedure: the ledger's own rules, the one {@link
   *     CommandProcessor} there is (the interface is sealed to them)
   * @return one outcome per command, in order
   * @throws dev.pointsledger.core.error.LedgerOutcomeUnknownException if the store lost its
   *     database while committing and cannot tell whether the unit was written (whole or not at
   *     all); submitting the same commands again settles it
   * @throws LedgerStoreException if the store fails; no entry of the failed unit of work is kept
   */
  List<CommandOutcome> execute(List<? extends Command> commands, CommandProcessor processor);

  /**
   * The sequence number of the last entry, 0 when the journal is empty.
   *
   * @return the head's sequence number
   */
  long headSequence();

  /**
   * An entry by id.
   *
   * @param id the entry's id
   * @return the entry, if any
   */
  Optional<JournalEntry> entry(EntryId id);

  /**
   * Entries in sequence order.
   *
   * @param fromSequence the first sequence number wanted, at least 1
   * @param limit the most entries to return
   * @return up to {@code limit} entries from {@code fromSequence} on
   */
  List<JournalEntry> entries(long fromSequence, int limit);

  /**
   * The stored journal rows, undecoded, for a verifier that trusts nothing: the rows whose stored
   * sequence number is at least {@code fromSequence}, in ascending order of it, each with the
   * postings and record versions stored under that number. Unlike {@link #entries}, this reads
   * beyond any head the store would otherwise keep to, decodes nothing it need not, and never
   * throws because of what a row holds: a damaged row comes back with what could be read and a
   * {@link RawEntry#problems() problem} saying what could not.
   *
   * @param fromSequence the first sequence number wanted
   * @param limit the most rows to return
   * @return up to {@code limit} rows from {@code fromSequence} on
   * @throws LedgerStoreException if the store fails (not because of a row's content)
   */
  List<RawEntry> rawEntries(long fromSequence, int limit);

  /**
   * An account's balance as of an entry.
   *
   * @param account the account
   * @param asOf the sequence number
   * @return the sum of its postings up to and including {@code asOf}
   */
  long balance(AccountId account, long asOf);

  /**
   * Whether an account had any posting up to an entry.
   *
   * @param account the account
   * @param asOf the sequence number
   * @return true if the account existed then
   */
  boolean accountExists(AccountId account, long asOf);

  /**
   * An account's postings with running balances, oldest first.
   *
   * @param account the account
   * @param asOf the last sequence number to include
   * @return the account's lines up to {@code asOf}
   */
  List<AccountLine> history(AccountId account, long asOf);

  /**
   * The accounts of one holder and type, such as every reserved account of a manufacturer.
   *
   * @param program the program
   * @param type the accounts' type
   * @param holder the holder's id
   * @param asOf the sequence number
   * @return the accounts with any posting up to {@code asOf}, sorted
   */
  List<AccountId> accountsOf(ProgramId program, AccountType type, String holder, long asOf);

  /**
   * A state record as of an entry.
   *
   * @param key the record's key
   * @param type the record's Java type
   * @param asOf the sequence number
   * @param <R> the record's Java type
   * @return the latest version written at or before {@code asOf}, if any
   */
  <R extends LedgerRecord> Optional<R> record(RecordKey key, Class<R> type, long asOf);

  /**
   * Every record of a kind in a program, as of an entry, ordered by key.
   *
   * @param kind the kind
   * @param program the program
   * @param asOf the sequence number
   * @return the latest version of each record that existed at {@code asOf}
   */
  List<LedgerRecord> records(RecordKind kind, ProgramId program, long asOf);

  /**
   * A page of {@link #records(RecordKind, ProgramId, long)}: the records of a kind in a program,
   * as of an entry, whose id comes after {@code afterId} in the store's order of ids, at most
   * {@code limit} of them, ordered by id; the next page starts after the last id of this one. A
   * reader of a program with a million records (the auditors' verifier) thus holds one page at a
   * time. This default slices the whole list; a store with an index on the ids should override
   * it.
   *
   * @param kind the kind
   * @param program the program
   * @param asOf the sequence number
   * @param afterId the last id of the page before; the empty string for the first page
   * @param limit the most records
   * @return the latest version of each such record that existed at {@code asOf}
   * @throws IllegalArgumentException if {@code limit} is not positive
   */
  default List<LedgerRecord> records(
      RecordKind kind, ProgramId program, long asOf, String afterId, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be positive");
    }
    java.util.Objects.requireNonNull(afterId, "afterId");
    List<LedgerRecord> page = new java.util.ArrayList<>();
    for (LedgerRecord r : records(kind, program, asOf)) {
      if (r.key().id().compareTo(afterId) > 0) {
        page.add(r);
        if (page.size() == limit) {
          break;
        }
      }
    }
    return page;
  }

  /**
   * Releases the store's resources (a pool it created). The in-memory store keeps its data.
   *
   * @throws LedgerStoreException if releasing fails
   */
  @Override
  void close();
}
