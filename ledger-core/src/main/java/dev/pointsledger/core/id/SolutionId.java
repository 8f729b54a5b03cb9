package dev.pointsledger.core.id;

/**
 * Identifies a listed cloud solution of a vendor; unique within a program.
 *
 * @param value the identifier's text, validated by {@link Ids#check}
 */
public record SolutionId(String value) implements Comparable<SolutionId> {
  /**
   * Validates the text.
   *
   * @param value the identifier's text, validated by {@link Ids#check}
   * @throws NullPointerException if the text is null
   * @throws IllegalArgumentException if it is blank, too long, holds control characters or a lone surrogate
   */
  public SolutionId {
    Ids.check(value, "solution id");
  }

  /**
   * Creates the identifier.
   *
   * @param value the identifier's text
   * @return the identifier
   */
  public static SolutionId of(String value) {
    return new SolutionId(value);
  }

  @Override
  public int compareTo(SolutionId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
