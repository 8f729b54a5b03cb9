package dev.pointsledger.jdbc.internal;

import dev.pointsledger.core.account.AccountId;
import dev.pointsledger.core.id.EntryId;
import dev.pointsledger.core.journal.JournalEntry;
import dev.pointsledger.core.state.LedgerRecord;
import dev.pointsledger.core.state.RecordKey;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;

/**
 * What one unit of work has read of the committed state, kept so that each thing is read once.
 *
 * <p>While <em>speculating</em>, a read of something not yet loaded is noted as a miss and
 * answered with "absent" (or 0); {@link #loadMisses()} then reads every miss in one query per
 * kind of thing. Otherwise a miss is read from the database at once. This lets a batch of a
 * thousand commands be decided with a handful of queries instead of thousands, without the store
 * knowing what the rules read.
 */
final class CommittedState {
  private final Handle handle;
  private final Lookup<EntryId, JournalEntry> entries;
  private final Lookup<EntryId, JournalEntry> reversals;
  private final Lookup<AccountId, Long> balances;
  private final Lookup<RecordKey, LedgerRecord> records;
  private final List<Lookup<?, ?>> all;
  private boolean speculating;

  /**
   * The committed state as of an entry.
   *
   * @param handle the unit of work's handle
   * @param context the store's parts
   * @param head the last entry counted: the head read once the unit's locks were granted, so
   *     that a row beyond it (planted, never appended through the chain) cannot steer a decision
   */
  CommittedState(Handle handle, StoreContext context, long head) {
    this.handle = handle;
    entries = new Lookup<>(keys -> context.entries().byIds(handle, keys, head), null);
    reversals = new Lookup<>(keys -> context.entries().reversalsOf(handle, keys, head), null);
    balances = new Lookup<>(keys -> context.accounts().balances(handle, keys, head), 0L);
    records = new Lookup<>(keys -> context.records().latest(handle, keys, head), null);
    all = List.of(entries, reversals, balances, records);
  }

  void speculate(boolean on) {
    speculating = on;
  }

  Handle handle() {
    return handle;
  }

  /** The entry with an id, or null. */
  JournalEntry entry(EntryId id) {
    return get(entries, id);
  }

  /** The entry that reverses an entry, or null. */
  JournalEntry reversalOf(EntryId target) {
    return get(reversals, target);
  }

  long balance(AccountId account) {
    return get(balances, account);
  }

  /** The latest version of a record, or null. */
  LedgerRecord record(RecordKey key) {
    return get(records, key);
  }

  boolean hasMisses() {
    for (Lookup<?, ?> l : all) {
      if (!l.missing.isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** Reads every noted miss, one query per kind of thing. */
  void loadMisses() {
    all.forEach(Lookup::load);
  }

  private <K, V> V get(Lookup<K, V> lookup, K key) {
    if (lookup.known.containsKey(key)) {
      return lookup.known.get(key);
    }
    lookup.missing.add(key);
    if (speculating) {
      return lookup.absent;
    }
    lookup.load();
    return lookup.known.get(key);
  }

  /**
   * One kind of thing read by key: what is known (absent ones as {@code absent}), what was
   * missed, and the query that reads many at once.
   */
  private static final class Lookup<K, V> {
    final Map<K, V> known = new HashMap<>();
    final Set<K> missing = new LinkedHashSet<>();
    final Function<Set<K>, Map<K, V>> query;
    final V absent;

    Lookup(Function<Set<K>, Map<K, V>> query, V absent) {
      this.query = query;
      this.absent = absent;
    }

    void load() {
      if (missing.isEmpty()) {
        return;
      }
      Map<K, V> found = query.apply(missing);
      for (K key : missing) {
        known.put(key, found.getOrDefault(key, absent));
      }
      missing.clear();
    }
  }
}
