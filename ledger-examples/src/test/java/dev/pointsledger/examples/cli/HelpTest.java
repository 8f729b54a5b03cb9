package dev.pointsledger.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --help} on the root and every subcommand, in both languages. */
class HelpTest {
  static final List<String> SUBCOMMANDS =
      List.of(
          "demo",
          "generate",
          "verify",
          "checkpoint",
          "checkpoint keygen",
          "checkpoint sign",
          "checkpoint verify",
          "prove",
          "prove inclusion",
          "prove consistency",
          "reconcile",
          "payouts",
          "payouts match",
          "payouts apply",
          "export",
          "migrate");

  @TempDir Path dir;

  @Test
  void everySubcommand_hasHelp_inEnglish() {
    for (String sub : SUBCOMMANDS) {
      CliRun run = CliRun.in(dir, (sub + " --help --lang en").split(" "));
      assertEquals(ExitCode.CLEAN, run.exit(), run::printed);
      assertTrue(run.out().startsWith("Usage: points-ledger " + sub), run::printed);
      assertTrue(run.out().contains("Options:"), run::printed);
      assertTrue(run.out().contains("--lang=LANG"), run::printed);
      assertFalse(run.out().contains("${"), run::printed);
      assertEquals("", run.err());
    }
  }

  @Test
  void everySubcommand_hasHelp_inTraditionalChinese() {
    for (String sub : SUBCOMMANDS) {
      CliRun run = CliRun.in(dir, ("--lang zh-TW " + sub + " --help").split(" "));
      assertEquals(ExitCode.CLEAN, run.exit(), run::printed);
      assertTrue(run.out().startsWith("用法：points-ledger " + sub), run::printed);
      assertTrue(run.out().contains("選項："), run::printed);
      assertFalse(run.out().contains("Show this help"), run::printed);
    }
  }

  @Test
  void theRootsHelp_listsEverySubcommand_andTheExitCodes() {
    CliRun run = CliRun.in(dir, "--help", "--lang=en");
    assertEquals(ExitCode.CLEAN, run.exit(), run::printed);
    for (String sub : SUBCOMMANDS) {
      if (!sub.contains(" ")) {
        assertTrue(run.out().contains("\n  " + sub + " "), () -> sub + "\n" + run.printed());
      }
    }
    assertTrue(run.out().contains("Exit codes: 0 clean, 1 findings"), run::printed);
    assertTrue(run.out().contains("POINTS_LEDGER_JDBC_URL"), run::printed);
  }

  @Test
  void noSubcommand_printsTheUsage_asBadUsage() {
    CliRun run = CliRun.in(dir, "--lang", "en");
    assertEquals(ExitCode.BAD_INPUT, run.exit(), run::printed);
    assertTrue(run.err().startsWith("Usage: points-ledger"), run::printed);
  }

  @Test
  void version_isPrinted() {
    CliRun run = CliRun.in(dir, "--version");
    assertEquals(ExitCode.CLEAN, run.exit(), run::printed);
    assertTrue(run.out().startsWith("points-ledger "), run::printed);
  }
}
