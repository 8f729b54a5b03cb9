package dev.pointsledger.core.audit;

import static java.util.Objects.requireNonNull;

/**
 * One broken invariant.
 *
 * @param invariant which invariant
 * @param sequence the sequence number of the entry it broke at (for an end-of-journal check, the
 *     last entry read; 0 when the journal is empty)
 * @param entryId that entry's id as stored, empty if unknown
 * @param detail what was expected and what was found
 */
public record Finding(Invariant invariant, long sequence, String entryId, String detail) {
  /**
   * Checks the parts are present.
   *
   * @param invariant which invariant
   * @param sequence the sequence number of the entry it broke at
   * @param entryId that entry's id as stored, empty if unknown
   * @param detail what was expected and what was found
   */
  public Finding {
    requireNonNull(invariant, "invariant");
    entryId = entryId == null ? "" : entryId;
    requireNonNull(detail, "detail");
  }
}
