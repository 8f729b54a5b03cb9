package dev.pointsledger.jdbc.internal;

import dev.pointsledger.core.account.AccountId;
import dev.pointsledger.core.id.EntryId;
import dev.pointsledger.core.journal.JournalEntry;
import dev.pointsledger.core.state.LedgerRecord;
import dev.pointsledger.core.state.RecordKey;
import dev.pointsledger.core.store.StateView;
import java.util.Optional;

/**
 * The state as one command of a unit of work sees it: what the unit has accepted so far, over
 * the committed state read under the unit's locks. Programs are read as the {@code PROGRAM}
 * records they are (the core's {@link StateView#program}), like every record bounded by the
 * unit's head and never taken from a cache that could outlive a crash of the server.
 */
final class UnitStateView implements StateView {
  private final CommittedState committed;
  private final PendingWrites pending;

  UnitStateView(CommittedState committed, PendingWrites pending) {
    this.committed = committed;
    this.pending = pending;
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
