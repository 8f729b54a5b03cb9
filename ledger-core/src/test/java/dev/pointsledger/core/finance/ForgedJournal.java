package dev.pointsledger.core.finance;

import dev.pointsledger.core.account.AccountId;
import dev.pointsledger.core.account.AccountType;
import dev.pointsledger.core.command.Command;
import dev.pointsledger.core.command.CommandOutcome;
import dev.pointsledger.core.id.EntryId;
import dev.pointsledger.core.id.ProgramId;
import dev.pointsledger.core.journal.JournalEntry;
import dev.pointsledger.core.program.Program;
import dev.pointsledger.core.state.LedgerRecord;
import dev.pointsledger.core.state.RecordKey;
import dev.pointsledger.core.state.RecordKind;
import dev.pointsledger.core.store.AccountLine;
import dev.pointsledger.core.store.CommandProcessor;
import dev.pointsledger.core.store.LedgerStore;
import dev.pointsledger.core.store.RawEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A store whose journal reads back with one entry changed, as a tampered database would hand it
 * out: the reconciliation must say where and by how much it no longer ties out.
 */
final class ForgedJournal implements LedgerStore {
  private final LedgerStore real;
  private final UnaryOperator<JournalEntry> forge;
  private int pages;
  private int largestPage;

  ForgedJournal(LedgerStore real, UnaryOperator<JournalEntry> forge) {
    this.real = real;
    this.forge = forge;
  }

  @Override
  public List<JournalEntry> entries(long fromSequence, int limit) {
    pages++;
    largestPage = Math.max(largestPage, limit);
    return real.entries(fromSequence, limit).stream().map(forge).toList();
  }

  /** How many pages of entries were asked for. */
  int pages() {
    return pages;
  }

  /** The most entries asked for at once. */
  int largestPage() {
    return largestPage;
  }

  /** The stored rows as the forged entries would be stored, for the verifier. */
  @Override
  public List<RawEntry> rawEntries(long fromSequence, int limit) {
    List<RawEntry> rows = new ArrayList<>();
    for (RawEntry r : real.rawEntries(fromSequence, limit)) {
      rows.add(
          real.entry(EntryId.of(r.id()))
              .map(forge)
              .map(e -> RawEntry.of(e, r.records()))
              .orElse(r));
    }
    return rows;
  }

  @Override
  public Optional<JournalEntry> entry(EntryId id) {
    return real.entry(id).map(forge);
  }

  @Override
  public List<Program> programs() {
    return real.programs();
  }

  @Override
  public List<CommandOutcome> execute(
      List<? extends Command> commands, CommandProcessor processor) {
    return real.execute(commands, processor);
  }

  @Override
  public long headSequence() {
    return real.headSequence();
  }

  @Override
  public long balance(AccountId account, long asOf) {
    return real.balance(account, asOf);
  }

  @Override
  public boolean accountExists(AccountId account, long asOf) {
    return real.accountExists(account, asOf);
  }

  @Override
  public List<AccountLine> history(AccountId account, long asOf) {
    return real.history(account, asOf);
  }

  @Override
  public List<AccountId> accountsOf(ProgramId program, AccountType type, String holder, long asOf) {
    return real.accountsOf(program, type, holder, asOf);
  }

  @Override
  public <R extends LedgerRecord> Optional<R> record(RecordKey key, Class<R> type, long asOf) {
    return real.record(key, type, asOf);
  }

  @Override
  public List<LedgerRecord> records(RecordKind kind, ProgramId program, long asOf) {
    return real.records(kind, program, asOf);
  }

  @Override
  public void close() {
    real.close();
  }
}
