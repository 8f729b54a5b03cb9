package dev.pointsledger.core.supply;

import static java.util.Objects.requireNonNull;

import dev.pointsledger.core.id.EntryId;
import java.time.LocalDate;

/**
 * One move of a solution's review: to which status, by whom, on which day, why, and the entry
 * that records it.
 *
 * @param status the status moved to
 * @param actor who made the move (a reviewer, the office, the vendor)
 * @param on the business day
 * @param note why, or the review's opinion
 * @param entry the journal entry that records the move
 */
public record ReviewStep(
    ReviewStatus status, String actor, LocalDate on, String note, EntryId entry) {
  /**
   * Checks the parts are present.
   *
   * @param status the status moved to
   * @param actor who made the move (a reviewer, the office, the vendor)
   * @param on the business day
   * @param note why, or the review's opinion
   * @param entry the journal entry that records the move
   */
  public ReviewStep {
    requireNonNull(status, "status");
    requireNonNull(actor, "actor");
    requireNonNull(on, "on");
    requireNonNull(note, "note");
    requireNonNull(entry, "entry");
  }
}
