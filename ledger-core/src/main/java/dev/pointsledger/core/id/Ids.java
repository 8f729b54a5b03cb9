package dev.pointsledger.core.id;

import static java.util.Objects.requireNonNull;

/** The one validation every identifier goes through. */
public final class Ids {
  /** The longest identifier accepted, in UTF-16 characters. */
  public static final int MAX_LENGTH = 128;

  private Ids() {}

  /**
   * Checks an identifier's text.
   *
   * @param value the text
   * @param kind what the identifier names, for the message
   * @return the text, unchanged
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if it is blank, too long or holds a control character
   */
  public static String check(String value, String kind) {
    requireNonNull(value, kind);
    if (value.isBlank()) {
      throw new IllegalArgumentException(kind + " must not be blank");
    }
    if (value.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(
          kind + " must be at most " + MAX_LENGTH + " characters, was " + value.length());
    }
    for (int i = 0; i < value.length(); i++) {
      if (Character.isISOControl(value.charAt(i))) {
        throw new IllegalArgumentException(kind + " must not contain control characters");
      }
    }
    return value;
  }
}
