package dev.pointsledger.core.id;

/**
 * Identifies a vendor (資服業者) that sells listed solutions and claims the points spent on them.
 *
 * @param value the identifier's text, validated by {@link Ids#check}
 */
public record VendorId(String value) implements Comparable<VendorId> {
  /**
   * Validates the text.
   *
   * @param value the identifier's text, validated by {@link Ids#check}
   * @throws NullPointerException if the text is null
   * @throws IllegalArgumentException if it is blank, too long, holds control characters or a lone surrogate
   */
  public VendorId {
    Ids.check(value, "vendor id");
  }

  /**
   * Creates the identifier.
   *
   * @param value the identifier's text
   * @return the identifier
   */
  public static VendorId of(String value) {
    return new VendorId(value);
  }

  @Override
  public int compareTo(VendorId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
