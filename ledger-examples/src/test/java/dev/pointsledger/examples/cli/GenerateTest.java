package dev.pointsledger.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code generate} on the in-memory default: its report, and its progress on a terminal only. */
class GenerateTest {
  @TempDir Path dir;

  @Test
  void generate_reportsWhatItMade_andSaysAnInMemoryLedgerIsGone() {
    CliRun run =
        CliRun.in(dir, "generate", "--manufacturers", "300", "--seed", "3", "--lang", "en");

    assertEquals(ExitCode.CLEAN, run.exit(), run::printed);
    assertEquals("", run.err(), "no progress bar when stderr is not a terminal");
    for (String expected :
        new String[] {
          "Generating a year of the 2022 program for 300 manufacturers (seed 3)",
          "of the 10 categories",
          "manufacturers 300, points granted",
          "claims filed",
          "entries in an in-memory ledger, business days 2022-03-23 (ROC 111/3/23) ..",
          "refused on purpose: INELIGIBLE_MANUFACTURER_SIZE (R-D1)",
          "The ledger was in memory and is gone now"
        }) {
      assertTrue(run.out().contains(expected), () -> "missing '" + expected + "'\n" + run.out());
    }
  }

  @Test
  void onATerminal_generate_drawsAProgressBarOnStderr() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit =
        Cli.run(
            new String[] {
              "generate", "--manufacturers", "100", "--batch-size", "10", "--lang", "en"
            },
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            Map.of(),
            dir,
            true);

    assertEquals(ExitCode.CLEAN, exit);
    String bar = err.toString(StandardCharsets.UTF_8);
    assertTrue(bar.startsWith("\r["), bar);
    assertTrue(bar.contains("100%"), bar);
    assertTrue(bar.contains(" commands, "), bar);
    assertTrue(bar.contains("/s, "), bar);
    assertTrue(bar.endsWith(" s left" + System.lineSeparator()), bar);
  }
}
