package dev.pointsledger.core.id;

/**
 * Identifies a manufacturer (SME) that is granted and spends points; by convention its business id (統一編號).
 *
 * @param value the identifier's text, validated by {@link Ids#check}
 */
public record ManufacturerId(String value) implements Comparable<ManufacturerId> {
  /**
   * Validates the text.
   *
   * @param value the identifier's text, validated by {@link Ids#check}
   * @throws NullPointerException if the text is null
   * @throws IllegalArgumentException if it is blank, too long, holds control characters or a lone surrogate
   */
  public ManufacturerId {
    Ids.check(value, "manufacturer id");
  }

  /**
   * Creates the identifier.
   *
   * @param value the identifier's text
   * @return the identifier
   */
  public static ManufacturerId of(String value) {
    return new ManufacturerId(value);
  }

  @Override
  public int compareTo(ManufacturerId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
