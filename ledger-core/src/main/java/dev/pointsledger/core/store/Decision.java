package dev.pointsledger.core.store;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.pointsledger.core.error.Rejection;
import dev.pointsledger.core.journal.EntryDraft;
import dev.pointsledger.core.journal.JournalEntry;
import dev.pointsledger.core.journal.RecordDigest;
import dev.pointsledger.core.state.LedgerRecord;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/** What the core decided about one command; the store carries it out without second-guessing. */
public sealed interface Decision {

  /**
   * Append this entry and these record versions, atomically. The entry's record digests are
   * always the digests of exactly these records: {@link #writing} computes them, once, and makes
   * the draft from them, so an entry can never seal a digest that disagrees with the record
   * written beside it (its hash covers the digests, and the chain would no longer verify the
   * stored record).
   */
  final class Accept implements Decision {
    private final EntryDraft entry;
    private final List<LedgerRecord> records;

    private Accept(EntryDraft entry, List<LedgerRecord> records) {
      this.entry = entry;
      this.records = records;
    }

    /**
     * The decision to append the draft made from the digests of these records.
     *
     * @param records new versions of the state records the command changes, at most one per
     *     record
     * @param draft makes the entry from the records' digests (each record's {@link
     *     LedgerRecord#digest()}, sorted by kind, program and id), which it must carry as they are
     * @return the decision
     * @throws IllegalArgumentException if the draft's record digests are not exactly the digests
     *     it was given, or a record is written twice
     */
    public static Accept writing(
        List<LedgerRecord> records, Function<List<RecordDigest>, EntryDraft> draft) {
      List<LedgerRecord> written = ImmutableList.copyOf(records);
      RecordDigest[] digests = new RecordDigest[written.size()];
      for (int i = 0; i < digests.length; i++) {
        digests[i] = written.get(i).digest();
      }
      // Sorted as the draft keeps them (by kind, program and id), so that it takes the list as it
      // is; the draft refuses a record twice, so equal lists are equal sets.
      Arrays.sort(digests);
      List<RecordDigest> sorted = ImmutableList.copyOf(digests);
      EntryDraft entry = requireNonNull(draft.apply(sorted), "draft");
      if (!entry.records().equals(sorted)) {
        throw new IllegalArgumentException(
            "entry " + entry.id() + " must carry the digest of every record it writes, and only"
                + " those: digests " + entry.records() + ", records "
                + written.stream().map(LedgerRecord::key).toList());
      }
      return new Accept(entry, written);
    }

    /**
     * The entry to seal and append.
     *
     * @return the draft
     */
    public EntryDraft entry() {
      return entry;
    }

    /**
     * The new versions of the state records the command changes.
     *
     * @return the records, immutable
     */
    public List<LedgerRecord> records() {
      return records;
    }

    @Override
    public String toString() {
      return "Accept[entry=" + entry + ", records=" + records + "]";
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
