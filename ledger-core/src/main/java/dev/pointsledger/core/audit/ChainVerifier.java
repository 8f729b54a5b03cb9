package dev.pointsledger.core.audit;

import static java.util.Objects.requireNonNull;

import dev.pointsledger.core.journal.EntryHash;
import dev.pointsledger.core.journal.JournalEntry;
import dev.pointsledger.core.store.LedgerStore;
import java.util.List;
import java.util.Optional;

/** Verifies the hash chain of a store's journal, page by page, from the start or a checkpoint. */
public final class ChainVerifier {
  private static final int PAGE = 10_000;

  private ChainVerifier() {}

  /**
   * Verifies every entry from the first.
   *
   * @param store the store
   * @return the report
   */
  public static ChainReport verify(LedgerStore store) {
    return verifyFrom(store, Checkpoint.START);
  }

  /**
   * Verifies the entries after a trusted checkpoint, and that the checkpoint's entry still has
   * the trusted hash.
   *
   * @param store the store
   * @param from the trusted checkpoint
   * @return the report
   */
  public static ChainReport verifyFrom(LedgerStore store, Checkpoint from) {
    requireNonNull(store, "store");
    requireNonNull(from, "from");
    long expectedSequence = from.sequence() + 1;
    EntryHash expectedPrevious = from.hash();
    long checked = 0;
    Checkpoint head = from;
    if (from.sequence() > 0) {
      List<JournalEntry> anchor = store.entries(from.sequence(), 1);
      if (anchor.isEmpty() || !anchor.get(0).hash().equals(from.hash())) {
        String found = anchor.isEmpty() ? "no entry" : anchor.get(0).hash().hex();
        return new ChainReport(
            from,
            0,
            from,
            Optional.of(
                new ChainReport.Break(
                    from.sequence(),
                    ChainReport.BreakKind.CONTENT_CHANGED,
                    "the checkpoint's entry has hash " + found + ", trusted " + from.hash())));
      }
    }
    while (true) {
      List<JournalEntry> page = store.entries(expectedSequence, PAGE);
      if (page.isEmpty()) {
        return new ChainReport(from, checked, head, Optional.empty());
      }
      for (JournalEntry e : page) {
        Optional<ChainReport.Break> broken = check(e, expectedSequence, expectedPrevious);
        if (broken.isPresent()) {
          return new ChainReport(from, checked, head, broken);
        }
        checked++;
        head = new Checkpoint(e.sequence(), e.hash());
        expectedSequence++;
        expectedPrevious = e.hash();
      }
    }
  }

  private static Optional<ChainReport.Break> check(
      JournalEntry e, long expectedSequence, EntryHash expectedPrevious) {
    if (e.sequence() != expectedSequence) {
      return Optional.of(
          new ChainReport.Break(
              e.sequence(),
              ChainReport.BreakKind.SEQUENCE_GAP,
              "expected entry " + expectedSequence + ", found " + e.sequence()));
    }
    if (!e.previousHash().equals(expectedPrevious)) {
      return Optional.of(
          new ChainReport.Break(
              e.sequence(),
              ChainReport.BreakKind.LINK_BROKEN,
              "previous hash " + e.previousHash() + ", the entry before has " + expectedPrevious));
    }
    if (!e.hashIsValid()) {
      return Optional.of(
          new ChainReport.Break(
              e.sequence(),
              ChainReport.BreakKind.CONTENT_CHANGED,
              "entry " + e.id() + " does not hash to its recorded hash " + e.hash()));
    }
    return Optional.empty();
  }
}
