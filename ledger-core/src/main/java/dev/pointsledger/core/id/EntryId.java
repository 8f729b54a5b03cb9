package dev.pointsledger.core.id;

/**
 * Identifies a journal entry, and the command that made it: the caller-chosen idempotency key, unique in the ledger.
 *
 * @param value the identifier's text, validated by {@link Ids#check}
 */
public record EntryId(String value) implements Comparable<EntryId> {
  /**
   * Validates the text.
   *
   * @param value the identifier's text, validated by {@link Ids#check}
   * @throws NullPointerException if the text is null
   * @throws IllegalArgumentException if it is blank, too long, holds control characters or a lone surrogate
   */
  public EntryId {
    Ids.check(value, "entry id");
  }

  /**
   * Creates the identifier.
   *
   * @param value the identifier's text
   * @return the identifier
   */
  public static EntryId of(String value) {
    return new EntryId(value);
  }

  @Override
  public int compareTo(EntryId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
