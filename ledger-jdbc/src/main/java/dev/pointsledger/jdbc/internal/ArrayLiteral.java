package dev.pointsledger.jdbc.internal;

/**
 * Builds the text form of a PostgreSQL array ({@code {"a","b",NULL}}), which a statement casts
 * to its array type. Lets the store encode a batch's columns before it takes the chain lock, so
 * that little but hashing is left to do while the lock is held. Not thread-safe; one use.
 */
final class ArrayLiteral {
  private final StringBuilder text;
  private boolean empty = true;

  ArrayLiteral(int expectedElements) {
    text = new StringBuilder(expectedElements * 16 + 2).append('{');
  }

  /** Adds a string element, quoted and escaped, or NULL. */
  ArrayLiteral add(String value) {
    separate();
    if (value == null) {
      text.append("NULL");
      return this;
    }
    text.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"' || c == '\\') {
        text.append('\\');
      }
      text.append(c);
    }
    text.append('"');
    return this;
  }

  /** Adds a number element. */
  ArrayLiteral add(long value) {
    separate();
    text.append(value);
    return this;
  }

  /** The literal. */
  String build() {
    return text.append('}').toString();
  }

  private void separate() {
    if (!empty) {
      text.append(',');
    }
    empty = false;
  }
}
