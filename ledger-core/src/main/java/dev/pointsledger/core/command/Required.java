package dev.pointsledger.core.command;

/**
 * The checks of the commands' builders: a setter refuses null at once, and {@code build()} names
 * the first field that was never set, so a forgotten field is a caller bug found at the call, not
 * a refusal from the ledger.
 */
final class Required {
  private Required() {}

  /** The value given to a setter, refused if null. */
  static <T> T given(T value, String command, String field) {
    if (value == null) {
      throw new NullPointerException(command + "." + field + " must not be null");
    }
    return value;
  }

  /** A field's value at {@code build()}, refused if its setter was never called. */
  static <T> T set(T value, String command, String field) {
    if (value == null) {
      throw new NullPointerException(
          command + " needs " + field + ": call " + field + "(...) before build()");
    }
    return value;
  }
}
