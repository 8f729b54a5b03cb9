package dev.pointsledger.core.testing;

import static dev.pointsledger.core.StoreOf.storeOf;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import dev.pointsledger.core.Ledger;
import dev.pointsledger.core.account.AccountId;
import dev.pointsledger.core.journal.JournalEntry;
import dev.pointsledger.core.journal.Posting;
import dev.pointsledger.core.program.Program;
import dev.pointsledger.core.state.LedgerRecord;
import dev.pointsledger.core.state.RecordKind;
import dev.pointsledger.core.store.LedgerStore;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything a command could change, read back from a store: the head, every account's balance and
 * every state record. Two snapshots are equal exactly when nothing was written in between, which is
 * what a refusal promises.
 *
 * @param head the last entry's sequence number
 * @param balances every account ever posted to, with its balance
 * @param records the latest version of every state record of every program
 */
public record LedgerSnapshot(long head, Map<AccountId, Long> balances, List<LedgerRecord> records) {

  /** Copies the parts. */
  public LedgerSnapshot {
    balances = ImmutableSortedMap.copyOf(balances);
    records = ImmutableList.copyOf(records);
  }

  /**
   * Reads a snapshot of a ledger.
   *
   * @param ledger the ledger
   * @return its snapshot now
   */
  public static LedgerSnapshot of(Ledger ledger) {
    LedgerStore store = storeOf(ledger);
    long head = store.headSequence();
    Map<AccountId, Long> balances = new TreeMap<>();
    for (JournalEntry entry : store.entries(1, (int) head)) {
      for (Posting p : entry.postings()) {
        balances.computeIfAbsent(p.account(), a -> store.balance(a, head));
      }
    }
    ImmutableList.Builder<LedgerRecord> records = ImmutableList.builder();
    for (Program program : store.programs()) {
      for (RecordKind kind : RecordKind.values()) {
        records.addAll(store.records(kind, program.id(), head));
      }
    }
    return new LedgerSnapshot(head, balances, records.build());
  }
}
