package dev.pointsledger.jdbc.internal;

import dev.pointsledger.core.account.AccountId;
import dev.pointsledger.core.id.EntryId;
import dev.pointsledger.core.id.ProgramId;
import dev.pointsledger.core.journal.JournalEntry;
import dev.pointsledger.core.program.Program;
import dev.pointsledger.core.state.LedgerRecord;
import dev.pointsledger.core.state.ProgramRecord;
import dev.pointsledger.core.state.RecordKey;
import dev.pointsledger.core.store.StateView;
import java.util.Optional;

/**
 * The state as one command of a unit of work sees it: what the unit has accepted so far, over
 * the committed state read under the unit's locks.
 */
final class UnitStateView implements StateView {
  private final CommittedState committed;
  private final PendingWrites pending;
  private final ProgramCatalog programs;

  UnitStateView(CommittedState committed, PendingWrites pending, ProgramCatalog programs) {
    this.committed = committed;
    this.pending = pending;
    this.programs = programs;
  }

  @Override
  public Optional<Program> program(ProgramId id) {
    LedgerRecord mine = pending.record(RecordKey.program(id));
    if (mine != null) {
      return Optional.of(((ProgramRecord) mine).program());
    }
    return programs.find(committed.handle(), id);
  }

  @Override
  public long balance(AccountId account) {
    return Math.addExact(committed.balance(account), pending.delta(account));
  }

  @Override
  public Optional<JournalEntry> entry(EntryId id) {
    JournalEntry mine = pending.entry(id);
    return Optional.ofNullable(mine != null ? mine : committed.entry(id));
  }

  @Override
  public Optional<JournalEntry> reversalOf(EntryId target) {
    JournalEntry mine = pending.reversalOf(target);
    return Optional.ofNullable(mine != null ? mine : committed.reversalOf(target));
  }

  @Override
  public <R extends LedgerRecord> Optional<R> record(RecordKey key, Class<R> type) {
    LedgerRecord mine = pending.record(key);
    return Optional.ofNullable(mine != null ? mine : committed.record(key)).map(type::cast);
  }
}
