package dev.pointsledger.core.store;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.pointsledger.core.error.Rejection;
import dev.pointsledger.core.journal.EntryDraft;
import dev.pointsledger.core.journal.JournalEntry;
import dev.pointsledger.core.journal.RecordDigest;
import dev.pointsledger.core.state.LedgerRecord;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What the core decided about one command; the store carries it out without second-guessing. */
public sealed interface Decision {

  /**
   * Append this entry and these record versions, atomically.
   *
   * @param entry the entry to seal and append
   * @param records new versions of the state records the command changes
   */
  record Accept(EntryDraft entry, List<LedgerRecord> records) implements Decision {
    /**
     * Copies the records.
     *
     * @param entry the entry to seal and append
     * @param records new versions of the state records the command changes
     * @throws IllegalArgumentException if the entry's record digests are not exactly the digests
     *     of these records (each record's {@link LedgerRecord#digest()}, by kind, program, id and
     *     value): an entry's hash covers the digests, so a digest that disagreed with the record
     *     written beside it would seal a chain that no longer verifies the stored record
     */
    public Accept {
      requireNonNull(entry, "entry");
      records = ImmutableList.copyOf(records);
      Set<RecordDigest> written = new HashSet<>(records.size());
      for (LedgerRecord r : records) {
        written.add(r.digest());
      }
      List<RecordDigest> digests = entry.records();
      if (digests.size() != records.size()
          || written.size() != records.size()
          || !written.equals(new HashSet<>(digests))) {
        throw new IllegalArgumentException(
            "entry " + entry.id() + " must carry the digest of every record it writes, and only"
                + " those: digests " + entry.records() + ", records "
                + records.stream().map(LedgerRecord::key).toList());
      }
    }
  }

  /**
   * Write nothing; the command is refused.
   *
   * @param rejection why
   */
  record Reject(Rejection rejection) implements Decision {
    /**
     * Checks the rejection is present.
     *
     * @param rejection why
     */
    public Reject {
      requireNonNull(rejection, "rejection");
    }
  }

  /**
   * Write nothing; the command was applied before, as this entry.
   *
   * @param original the entry the first call made
   */
  record Replay(JournalEntry original) implements Decision {
    /**
     * Checks the entry is present.
     *
     * @param original the entry the first call made
     */
    public Replay {
      requireNonNull(original, "original");
    }
  }
}
