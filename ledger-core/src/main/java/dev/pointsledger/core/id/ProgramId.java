package dev.pointsledger.core.id;

/**
 * Identifies a subsidy program, such as the 2022 Industrial Pavilion program.
 *
 * @param value the identifier's text, validated by {@link Ids#check}
 */
public record ProgramId(String value) implements Comparable<ProgramId> {
  /**
   * Validates the text.
   *
   * @throws NullPointerException if the text is null
   * @throws IllegalArgumentException if it is blank, too long, holds control characters or a lone surrogate
   */
  public ProgramId {
    Ids.check(value, "program id");
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

  @Override
  public int compareTo(ProgramId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
