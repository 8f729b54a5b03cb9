package dev.pointsledger.core.id;

import static java.util.Objects.requireNonNull;

/**
 * The one validation every free text of a command goes through (a reason, a note, an actor, a
 * name, a reviewer, a business item), beside {@link Ids} for identifiers. A text is at most {@link
 * #MAX_LENGTH} UTF-16 characters, holds no control character (NUL, line breaks, ... : {@link
 * Character#isISOControl}) and is well-formed UTF-16 (no lone surrogate, which PostgreSQL's driver
 * would store as {@code ?}, so that a retry of the command would no longer be recognised as one).
 * It may be empty. Both stores therefore see only text they keep exactly as given.
 */
public final class Texts {
  /** The longest free text accepted, in UTF-16 characters. */
  public static final int MAX_LENGTH = 1_000;

  private Texts() {}

  /**
   * Checks a free text.
   *
   * @param value the text
   * @param field the field it is, for the message
   * @return the text, unchanged
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if it is longer than {@link #MAX_LENGTH}, holds a control
   *     character or a lone surrogate
   */
  public static String check(String value, String field) {
    return checkCharacters(value, field, MAX_LENGTH);
  }

  /**
   * Checks the length and the characters of a text: shared by {@link Ids#check}.
   *
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if it is too long, holds a control character or a lone
   *     surrogate
   */
  static String checkCharacters(String value, String field, int maxLength) {
    requireNonNull(value, field);
    if (value.length() > maxLength) {
      throw new IllegalArgumentException(
          field + " must be at most " + maxLength + " characters, was " + value.length());
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c)) {
        throw new IllegalArgumentException(
            String.format(
                "%s must not contain control characters: U+%04X at index %d", field, (int) c, i));
      }
      if (Character.isHighSurrogate(c)
          && i + 1 < value.length()
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new IllegalArgumentException(
            String.format(
                "%s must be well-formed UTF-16: a lone surrogate U+%04X at index %d",
                field, (int) c, i));
      }
    }
    return value;
  }
}
