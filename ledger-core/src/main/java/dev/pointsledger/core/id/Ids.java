package dev.pointsledger.core.id;

import static java.util.Objects.requireNonNull;

/** The one validation every identifier goes through. */
public final class Ids {
  /** The longest identifier accepted, in UTF-16 characters. */
  public static final int MAX_LENGTH = 128;

  private Ids() {}

  /**
   * Checks an identifier's text: not blank, at most {@link #MAX_LENGTH} characters, and the
   * characters {@link Texts} allows (no control character, no lone surrogate).
   *
   * @param value the text
   * @param kind what the identifier names, for the message
   * @return the text, unchanged
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if it is blank, too long, holds a control character or a
   *     lone surrogate
   */
  public static String check(String value, String kind) {
    requireNonNull(value, kind);
    if (value.isBlank()) {
      throw new IllegalArgumentException(kind + " must not be blank");
    }
    return Texts.checkCharacters(value, kind, MAX_LENGTH);
  }
}
