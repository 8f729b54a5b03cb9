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

  // equals and hashCode written out (the generated ones' values): ids are looked up in a store's
  // maps on every command, and the generated methods showed up as method-handle frames.
  @Override
  public boolean equals(Object o) {
    return this == o || o instanceof EntryId other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
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
