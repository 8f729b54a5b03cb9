package dev.pointsledger.examples.cli;

import dev.pointsledger.core.error.LedgerStoreException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/** Turns whatever ended a subcommand into one line and an exit code. */
final class Failures {
  private Failures() {}

  /** The exit code for a failure. */
  static int exitCode(Throwable e) {
    if (e instanceof CliException c) {
      return c.exitCode();
    }
    if (e instanceof IllegalArgumentException) {
      return ExitCode.BAD_INPUT;
    }
    return ExitCode.UNREACHABLE;
  }

  /** The one line that says what went wrong and what to do. */
  static String line(Throwable e, CliText text) {
    if (e instanceof CliException c) {
      return text.get(c.key(), c.arguments());
    }
    if (e instanceof LedgerStoreException) {
      return text.get("error.store", rootMessage(e));
    }
    if (e instanceof NoSuchFileException || e.getCause() instanceof NoSuchFileException) {
      return text.get("error.file.missing", rootMessage(e));
    }
    if (e instanceof AccessDeniedException || e.getCause() instanceof AccessDeniedException) {
      return text.get("error.file.denied", rootMessage(e));
    }
    if (e instanceof IOException || e instanceof UncheckedIOException) {
      return text.get("error.file", rootMessage(e));
    }
    if (e instanceof IllegalArgumentException) {
      return text.get("error.input", rootMessage(e));
    }
    return text.get("error.unexpected", e.getClass().getSimpleName(), rootMessage(e));
  }

  /** The innermost cause's message, or its class's name when it has none; on one line. */
  static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage();
    String text = message == null || message.isBlank() ? root.getClass().getSimpleName() : message;
    return redact(text.replaceAll("\\s+", " ").trim());
  }

  /** A JDBC URL or message without its password. */
  static String redact(String text) {
    return text.replaceAll("(?i)(password=)[^&\\s]*", "$1***")
        .replaceAll("(//[^/:@\\s]+:)[^@/\\s]+@", "$1***@");
  }
}
