package dev.pointsledger.examples.cli;

import java.util.List;

/**
 * A failure the command line reports as one line from its texts, with an exit code; the cause, if
 * any, is printed only with {@code --verbose}.
 */
final class CliException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int exitCode;
  private final String key;
  private final transient List<Object> arguments;

  CliException(int exitCode, String key, Object... arguments) {
    this(exitCode, null, key, arguments);
  }

  CliException(int exitCode, Throwable cause, String key, Object... arguments) {
    super(key, cause);
    this.exitCode = exitCode;
    this.key = key;
    this.arguments = List.of(arguments);
  }

  int exitCode() {
    return exitCode;
  }

  /** The text's key in the command line's bundle. */
  String key() {
    return key;
  }

  Object[] arguments() {
    return arguments.toArray();
  }
}
