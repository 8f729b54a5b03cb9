package dev.pointsledger.core.store;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.pointsledger.core.error.Rejection;
import dev.pointsledger.core.journal.EntryDraft;
import dev.pointsledger.core.journal.JournalEntry;
import dev.pointsledger.core.state.LedgerRecord;
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
    /** Copies the records. */
    public Accept {
      requireNonNull(entry, "entry");
      records = ImmutableList.copyOf(records);
    }
  }

  /**
   * Write nothing; the command is refused.
   *
   * @param rejection why
   */
  record Reject(Rejection rejection) implements Decision {
    /** Checks the rejection is present. */
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
    /** Checks the entry is present. */
    public Replay {
      requireNonNull(original, "original");
    }
  }
}
