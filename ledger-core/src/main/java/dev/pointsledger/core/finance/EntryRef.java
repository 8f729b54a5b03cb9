package dev.pointsledger.core.finance;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import dev.pointsledger.core.id.EntryId;

/**
 * An entry named by its sequence number and id, as reports cite it.
 *
 * @param sequence the entry's sequence number
 * @param id the entry's id
 */
public record EntryRef(long sequence, EntryId id) {
  /**
   * Checks the parts.
   *
   * @param sequence the entry's sequence number
   * @param id the entry's id
   * @throws IllegalArgumentException if the sequence number is not positive
   */
  public EntryRef {
    checkArgument(sequence >= 1, "sequence starts at 1: %s", sequence);
    requireNonNull(id, "id");
  }

  @Override
  public String toString() {
    return "#" + sequence + " " + id;
  }
}
