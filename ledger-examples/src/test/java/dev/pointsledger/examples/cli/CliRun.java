package dev.pointsledger.examples.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * One run of the command line in-process, as a user would type it: its exit code and what it
 * printed on stdout and stderr.
 *
 * @param exit the exit code
 * @param out stdout
 * @param err stderr
 */
record CliRun(int exit, String out, String err) {
  /** Runs the command line in a folder, with an environment, stderr not a terminal. */
  static CliRun in(Path folder, Map<String, String> env, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit =
        Cli.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            env,
            folder,
            false);
    return new CliRun(
        exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** Runs the command line in a folder, with no environment. */
  static CliRun in(Path folder, String... args) {
    return in(folder, Map.of(), args);
  }

  /** Everything printed, for assertion messages. */
  String printed() {
    return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
  }
}
