package dev.pointsledger.core.audit;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * The result of verifying the hash chain.
 *
 * @param from the checkpoint verification started from
 * @param entriesChecked how many entries were checked
 * @param head the last entry checked, as a checkpoint for the next verification
 * @param firstBreak where the chain first breaks, if it does
 */
public record ChainReport(
    Checkpoint from, long entriesChecked, Checkpoint head, Optional<Break> firstBreak) {

  /**
   * Checks the parts.
   *
   * @param from the checkpoint verification started from
   * @param entriesChecked how many entries were checked
   * @param head the last entry checked, as a checkpoint for the next verification
   * @param firstBreak where the chain first breaks, if it does
   */
  public ChainReport {
    requireNonNull(from, "from");
    requireNonNull(head, "head");
    requireNonNull(firstBreak, "firstBreak");
  }

  /**
   * Whether the chain is whole.
   *
   * @return true if no break was found
   */
  public boolean intact() {
    return firstBreak.isEmpty();
  }

  /** How the chain can break. */
  public enum BreakKind {
    /** An entry's hash is not the hash of its content: the entry was changed. */
    CONTENT_CHANGED,
    /** An entry's previous hash is not the hash of the entry before: one was removed or slipped
     * in. */
    LINK_BROKEN,
    /** Sequence numbers skip or repeat: an entry was removed or slipped in. */
    SEQUENCE_GAP
  }

  /**
   * Where and how the chain breaks.
   *
   * @param sequence the sequence number of the first entry that does not fit
   * @param kind how it does not fit
   * @param detail what was expected and found
   */
  public record Break(long sequence, BreakKind kind, String detail) {}
}
