package dev.pointsledger.examples.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * What every subcommand runs with: the reader's texts, the output streams, the environment, the
 * working directory, and whether stderr is a terminal (for progress) and the user asked for {@code
 * --verbose}.
 *
 * @param text the texts in the reader's language
 * @param out results
 * @param err progress, warnings and errors
 * @param env the environment variables
 * @param workingDirectory where relative paths start
 * @param terminal whether stderr is a terminal a person watches
 * @param verbose whether to print stack traces and the library's logs
 */
record CliContext(
    CliText text,
    PrintStream out,
    PrintStream err,
    Map<String, String> env,
    Path workingDirectory,
    boolean terminal,
    boolean verbose) {

  /** Prints a text and a line break to stdout. */
  void say(String key, Object... arguments) {
    out.println(text.get(key, arguments));
  }

  /** Resolves a path the user gave against the working directory. */
  Path resolve(Path path) {
    return workingDirectory.resolve(path).normalize();
  }
}
