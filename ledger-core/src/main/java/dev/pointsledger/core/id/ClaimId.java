package dev.pointsledger.core.id;

/**
 * Identifies a vendor's redemption claim on a contract; unique within a program.
 *
 * @param value the identifier's text, validated by {@link Ids#check}
 */
public record ClaimId(String value) implements Comparable<ClaimId> {
  /**
   * Validates the text.
   *
   * @param value the identifier's text, validated by {@link Ids#check}
   * @throws NullPointerException if the text is null
   * @throws IllegalArgumentException if it is blank, too long, holds control characters or a lone surrogate
   */
  public ClaimId {
    Ids.check(value, "claim id");
  }

  /**
   * Creates the identifier.
   *
   * @param value the identifier's text
   * @return the identifier
   */
  public static ClaimId of(String value) {
    return new ClaimId(value);
  }

  @Override
  public int compareTo(ClaimId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
