package dev.pointsledger.examples;

import dev.pointsledger.core.Ledger;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The example app's command line. Without arguments it runs the tour of the 2022 program on an
 * in-memory ledger.
 */
@Command(
    name = "points-ledger-example",
    mixinStandardHelpOptions = true,
    version = "points-ledger example 0.1.0",
    description =
        "Walks the 2022 Cloud Marketplace Industrial Pavilion program through the points ledger:"
            + " vendors, solutions, grants, purchases, claims, payouts, lapse, audit.")
public final class PointsLedgerApp implements Callable<Integer> {

  @Option(
      names = "--quiet",
      description = "Print only the final balances, report and audit.")
  private boolean quiet;

  /**
   * Runs the app.
   *
   * @param args command-line arguments; {@code --help} lists them
   */
  public static void main(String[] args) {
    int exit = new CommandLine(new PointsLedgerApp()).execute(args);
    if (exit != 0) {
      System.exit(exit);
    }
  }

  @Override
  public Integer call() {
    Tour tour = new Tour(System.out, quiet);
    try (Ledger ledger = Ledger.inMemory(tour.clock())) {
      return tour.run(ledger) ? 0 : 1;
    }
  }
}
