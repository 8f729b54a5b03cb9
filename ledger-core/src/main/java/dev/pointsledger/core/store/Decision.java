package dev.pointsledger.core.store;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.pointsledger.core.error.Rejection;
import dev.pointsledger.core.journal.EntryDraft;
import dev.pointsledger.core.journal.JournalEntry;
import dev.pointsledger.core.journal.RecordDigest;
import dev.pointsledger.core.state.LedgerRecord;
import dev.pointsledger.core.state.RecordKey;
import java.util.List;

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
     * @throws IllegalArgumentException if the entry's record digests do not name exactly these
     *     records
     */
    public Accept {
      requireNonNull(entry, "entry");
      records = ImmutableList.copyOf(records);
      List<RecordDigest> digests = entry.records();
      boolean named = digests.size() == records.size();
      for (int i = 0; named && i < records.size(); i++) {
        RecordKey key = records.get(i).key();
        named =
            digests.stream()
                .anyMatch(
                    d ->
                        d.kind().equals(key.kind().tag())
                            && d.program().equals(key.program())
                            && d.id().equals(key.id()));
      }
      if (!named) {
        throw new IllegalArgumentException(
            "entry " + entry.id() + " must carry the digest of every record it writes");
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
