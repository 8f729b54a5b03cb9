package dev.pointsledger.jdbc.internal;

import dev.pointsledger.core.account.AccountId;
import dev.pointsledger.core.id.EntryId;
import dev.pointsledger.core.journal.EntryDraft;
import dev.pointsledger.core.journal.EntryHash;
import dev.pointsledger.core.journal.JournalEntry;
import dev.pointsledger.core.journal.Posting;
import dev.pointsledger.core.journal.References;
import dev.pointsledger.core.state.LedgerRecord;
import dev.pointsledger.core.state.RecordKey;
import dev.pointsledger.core.store.Decision;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The entries a unit of work has accepted but not yet written, and their effects, which later
 * commands of the same unit see. Until the chain lock is taken an accepted entry is
 * <em>provisional</em>: its content is final, but its sequence number (counted from {@link
 * #PROVISIONAL_BASE}), hashes and recording time are placeholders that sealing replaces.
 */
final class PendingWrites {
  /** Provisional sequence numbers start above this; no journal reaches it. */
  static final long PROVISIONAL_BASE = Long.MAX_VALUE / 2;

  private final List<Decision.Accept> accepted = new ArrayList<>();
  private final Map<EntryId, JournalEntry> entries = new HashMap<>();
  private final Map<EntryId, JournalEntry> reversals = new HashMap<>();
  private final Map<AccountId, Long> deltas = new HashMap<>();
  private final Map<RecordKey, LedgerRecord> records = new HashMap<>();

  /** Adds an accepted entry and its effects. */
  void accept(Decision.Accept decision, Instant now) {
    EntryDraft d = decision.entry();
    JournalEntry provisional =
        new JournalEntry(
            PROVISIONAL_BASE + accepted.size() + 1,
            d.id(),
            d.type(),
            d.program(),
            d.businessDate(),
            now,
            d.postings(),
            d.references(),
            d.records(),
            d.commandFingerprint(),
            EntryHash.GENESIS,
            EntryHash.GENESIS);
    accepted.add(decision);
    entries.put(d.id(), provisional);
    String reversed = d.references().get(References.REVERSES);
    if (reversed != null) {
      reversals.put(EntryId.of(reversed), provisional);
    }
    for (Posting p : d.postings()) {
      deltas.merge(p.account(), p.amount(), Math::addExact);
    }
    for (LedgerRecord r : decision.records()) {
      records.put(r.key(), r);
    }
  }

  List<Decision.Accept> accepted() {
    return accepted;
  }

  boolean isEmpty() {
    return accepted.isEmpty();
  }

  JournalEntry entry(EntryId id) {
    return entries.get(id);
  }

  JournalEntry reversalOf(EntryId target) {
    return reversals.get(target);
  }

  long delta(AccountId account) {
    return deltas.getOrDefault(account, 0L);
  }

  LedgerRecord record(RecordKey key) {
    return records.get(key);
  }
}
