package dev.pointsledger.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exit codes 2 and 3 with one readable line saying what to do, a stack trace only with {@code
 * --verbose}; 0 and 1 are in {@link DemoTest} and {@link DatabaseTest}.
 */
class ExitCodeTest {
  private static final String UNREACHABLE_URL =
      "jdbc:postgresql://127.0.0.1:1/nothing?user=nobody&password=secret&connectTimeout=2";

  @TempDir Path dir;

  private static void assertOneLineWithoutTrace(CliRun run) {
    assertFalse(run.err().contains("\tat "), run::printed);
    assertFalse(run.err().contains("Exception"), run::printed);
    assertEquals(1, run.err().strip().lines().count(), run::printed);
  }

  @Test
  void anUnknownOption_isBadUsage_andSaysWhereHelpIs() {
    CliRun run = CliRun.in(dir, "generate", "--manufactures", "10", "--lang", "en");
    assertEquals(ExitCode.BAD_INPUT, run.exit(), run::printed);
    assertTrue(run.err().startsWith("unknown option or argument: --manufactures"), run::printed);
    assertTrue(run.err().contains("run \"points-ledger generate --help\""), run::printed);
    assertOneLineWithoutTrace(run);
  }

  @Test
  void aValueOfTheWrongType_isBadUsage_inTheReadersLanguage() {
    CliRun run = CliRun.in(dir, "--lang", "zh-TW", "generate", "--seed", "seven");
    assertEquals(ExitCode.BAD_INPUT, run.exit(), run::printed);
    assertTrue(run.err().startsWith("--seed 的值不正確：seven"), run::printed);
  }

  @Test
  void aTreeSizeAndACheckpointTogether_areBadUsage_inBothLanguages() {
    CliRun en =
        CliRun.in(dir, "prove", "inclusion", "--sequence", "1", "--tree-size", "3",
            "--checkpoint", "cp.json", "--lang", "en");
    assertEquals(ExitCode.BAD_INPUT, en.exit(), en::printed);
    assertTrue(en.err().startsWith("give only one of --tree-size, --checkpoint;")
        || en.err().startsWith("give only one of --checkpoint, --tree-size;"), en::printed);
    assertTrue(en.err().contains("run \"points-ledger prove inclusion --help\""), en::printed);
    assertOneLineWithoutTrace(en);
    CliRun zh =
        CliRun.in(dir, "--lang", "zh-TW", "prove", "inclusion", "--entry", "e-1",
            "--checkpoint", "cp.json", "--tree-size", "3");
    assertEquals(ExitCode.BAD_INPUT, zh.exit(), zh::printed);
    assertTrue(zh.err().startsWith("只能擇一給出："), zh::printed);
    assertTrue(zh.err().contains("--tree-size") && zh.err().contains("--checkpoint"), zh::printed);
    assertOneLineWithoutTrace(zh);
  }

  @Test
  void aSequenceAndAnEntryTogether_areBadUsage_namingBoth() {
    CliRun run =
        CliRun.in(dir, "prove", "inclusion", "--sequence", "1", "--entry", "e-1", "--lang", "en");
    assertEquals(ExitCode.BAD_INPUT, run.exit(), run::printed);
    assertTrue(run.err().startsWith("give only one of --sequence, --entry;")
        || run.err().startsWith("give only one of --entry, --sequence;"), run::printed);
    assertOneLineWithoutTrace(run);
  }

  @Test
  void anUnknownLanguage_isBadUsage() {
    CliRun run = CliRun.in(dir, "demo", "--lang", "fr");
    assertEquals(ExitCode.BAD_INPUT, run.exit(), run::printed);
    assertTrue(run.err().contains("--lang zh-TW"), run::printed);
  }

  @Test
  void outOfRangeNumbers_areBadInput() {
    assertEquals(ExitCode.BAD_INPUT, CliRun.in(dir, "generate", "--manufacturers", "0").exit());
    assertEquals(ExitCode.BAD_INPUT, CliRun.in(dir, "generate", "--batch-size", "0").exit());
  }

  @Test
  void readingAnInMemoryLedger_isBadUsage_andNamesTheOptionsThatReachADatabase() {
    for (String sub : new String[] {"verify", "export"}) {
      CliRun run = CliRun.in(dir, sub, "--lang", "en");
      assertEquals(ExitCode.BAD_INPUT, run.exit(), run::printed);
      assertTrue(run.err().contains("--jdbc-url URL"), run::printed);
      assertTrue(run.err().contains("--embedded-postgres"), run::printed);
    }
    assertEquals(ExitCode.BAD_INPUT, CliRun.in(dir, "migrate").exit());
  }

  @Test
  void aJdbcUrlOfAnotherDatabase_isBadInput() {
    CliRun run = CliRun.in(dir, "verify", "--jdbc-url", "jdbc:mysql://db/ledger", "--lang", "en");
    assertEquals(ExitCode.BAD_INPUT, run.exit(), run::printed);
    assertTrue(run.err().contains("is not a PostgreSQL JDBC URL"), run::printed);
  }

  @Test
  void twoDatabases_areBadUsage() {
    CliRun run = CliRun.in(dir, "verify", "--jdbc-url", UNREACHABLE_URL, "--embedded-postgres");
    assertEquals(ExitCode.BAD_INPUT, run.exit(), run::printed);
  }

  @Test
  void anInvalidSchemaName_isBadInput() {
    CliRun run = CliRun.in(dir, "verify", "--jdbc-url", UNREACHABLE_URL, "--schema", "x; drop");
    assertEquals(ExitCode.BAD_INPUT, run.exit(), run::printed);
  }

  @Test
  void anUnreachableDatabase_isExitCode3_inOneLine_withoutThePassword() {
    CliRun run = CliRun.in(dir, "verify", "--jdbc-url", UNREACHABLE_URL, "--lang", "en");
    assertEquals(ExitCode.UNREACHABLE, run.exit(), run::printed);
    assertTrue(run.err().startsWith("cannot reach the database at"), run::printed);
    assertTrue(run.err().contains("check the URL"), run::printed);
    assertFalse(run.err().contains("secret"), run::printed);
    assertOneLineWithoutTrace(run);
  }

  @Test
  void theEnvironmentVariable_namesTheDatabase() {
    CliRun run =
        CliRun.in(dir, Map.of(LedgerOptions.ENV, UNREACHABLE_URL), "verify", "--lang", "en");
    assertEquals(ExitCode.UNREACHABLE, run.exit(), run::printed);
    assertTrue(run.err().contains("127.0.0.1:1"), run::printed);
  }

  @Test
  void verbose_addsTheStackTrace() {
    CliRun run = CliRun.in(dir, "verify", "--jdbc-url", UNREACHABLE_URL, "--verbose");
    assertEquals(ExitCode.UNREACHABLE, run.exit(), run::printed);
    assertTrue(run.err().contains("\tat "), run::printed);
    assertFalse(run.err().contains("secret"), run::printed);
  }

  @Test
  void anOutputFolderThatCannotBeMade_isExitCode3() throws Exception {
    Path blocker = Files.writeString(dir.resolve("blocker"), "a file, not a folder");
    CliRun run = CliRun.in(dir, "demo", "-o", "blocker/out", "--lang", "en");
    assertEquals(ExitCode.UNREACHABLE, run.exit(), run::printed);
    assertTrue(run.err().startsWith("cannot write " + blocker.resolve("out")), run::printed);
    assertOneLineWithoutTrace(run);
  }
}
