package dev.pointsledger.core.id;

/**
 * Identifies a subsidy program, such as the 2022 Industrial Pavilion program. At most {@value
 * #MAX_LENGTH} characters, so that the id of its definition entry ({@code program:<id>}) is a
 * valid entry id.
 *
 * @param value the identifier's text, validated by {@link Ids#check}
 */
public record ProgramId(String value) implements Comparable<ProgramId> {
  /** The longest program id accepted, in UTF-16 characters. */
  public static final int MAX_LENGTH = 64;

  /**
   * Validates the text.
   *
   * @param value the identifier's text, validated by {@link Ids#check}
   * @throws NullPointerException if the text is null
   * @throws IllegalArgumentException if it is blank, longer than {@value #MAX_LENGTH} characters,
   *     holds control characters or a lone surrogate
   */
  public ProgramId {
    Ids.check(value, "program id");
    if (value.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(
          "program id must be at most " + MAX_LENGTH + " characters, was " + value.length());
    }
  }

  /**
   * Creates the identifier.
   *
   * @param value the identifier's text
   * @return the identifier
   */
  public static ProgramId of(String value) {
    return new ProgramId(value);
  }

  // equals and hashCode written out (the generated ones' values): ids are looked up in a store's
  // maps on every command, and the generated methods showed up as method-handle frames.
  @Override
  public boolean equals(Object o) {
    return this == o || o instanceof ProgramId other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public int compareTo(ProgramId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
