package dev.pointsledger.examples;

import dev.pointsledger.examples.cli.Cli;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The {@code points-ledger} command line's entry point ({@code java -jar points-ledger.jar}): runs
 * {@link Cli} and exits with its code ({@link dev.pointsledger.examples.cli.ExitCode}).
 */
public final class PointsLedgerApp {
  private PointsLedgerApp() {}

  /**
   * Runs the command line.
   *
   * @param args command-line arguments; {@code --help} lists them
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    int exit =
        Cli.run(
            args,
            out,
            err,
            System.getenv(),
            Path.of("").toAbsolutePath(),
            System.console() != null);
    out.flush();
    err.flush();
    if (exit != 0) {
      System.exit(exit);
    }
  }
}
