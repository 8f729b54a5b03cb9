package dev.pointsledger.core.id;

/**
 * Identifies a purchase contract between a manufacturer and a vendor; unique within a program.
 *
 * @param value the identifier's text, validated by {@link Ids#check}
 */
public record ContractId(String value) implements Comparable<ContractId> {
  /**
   * Validates the text.
   *
   * @param value the identifier's text, validated by {@link Ids#check}
   * @throws NullPointerException if the text is null
   * @throws IllegalArgumentException if it is blank, too long, holds control characters or a lone surrogate
   */
  public ContractId {
    Ids.check(value, "contract id");
  }

  /**
   * Creates the identifier.
   *
   * @param value the identifier's text
   * @return the identifier
   */
  public static ContractId of(String value) {
    return new ContractId(value);
  }

  @Override
  public int compareTo(ContractId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
