package dev.pointsledger.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tools on PostgreSQL ({@link TestDatabase}): {@code generate} then {@code verify} and {@code
 * export} on the same database, a tampered database found by {@code verify} (exit code 1), {@code
 * migrate}, and the demo on a database.
 */
class DatabaseTest {
  @TempDir Path dir;

  private CliRun run(String schema, String... args) {
    String[] all = new String[args.length + 6];
    System.arraycopy(args, 0, all, 0, args.length);
    System.arraycopy(
        new String[] {"--jdbc-url", TestDatabase.url(), "--schema", schema, "--lang", "en"},
        0,
        all,
        args.length,
        6);
    return CliRun.in(dir, all);
  }

  @Test
  void generate_thenVerify_thenExport_onTheSameDatabase() throws Exception {
    String schema = TestDatabase.freshSchema();

    CliRun generated = run(schema, "generate", "--manufacturers", "150", "--seed", "7");
    assertEquals(ExitCode.CLEAN, generated.exit(), generated::printed);
    assertTrue(
        generated.out().contains("refused on purpose: INELIGIBLE_MANUFACTURER_SIZE"),
        generated::printed);
    long entries =
        Long.parseLong(
            generated
                .out()
                .lines()
                .filter(l -> l.contains(" entries in jdbc:"))
                .findFirst()
                .orElseThrow()
                .split(" ")[0]
                .replace(",", ""));

    CliRun verified = run(schema, "verify", "--report", "report.json");
    assertEquals(ExitCode.CLEAN, verified.exit(), verified::printed);
    assertTrue(verified.out().contains("every invariant holds"), verified::printed);
    assertTrue(Files.readString(dir.resolve("report.json")).contains("\"clean\" : true"));

    CliRun exported = run(schema, "export", "--format", "jsonl", "-o", "journal.jsonl");
    assertEquals(ExitCode.CLEAN, exported.exit(), exported::printed);
    assertEquals(entries, Files.readAllLines(dir.resolve("journal.jsonl")).size());
    CliRun csv = run(schema, "export", "--format", "csv");
    assertEquals(ExitCode.CLEAN, csv.exit(), csv::printed);
    assertTrue(csv.out().startsWith("Entry #,Entry,Entry type,Program,"), csv::printed);

    CliRun again = run(schema, "generate", "--manufacturers", "150");
    assertEquals(ExitCode.BAD_INPUT, again.exit(), again::printed);
    assertTrue(again.err().contains("needs an empty one: give another --schema"), again::printed);
  }

  @Test
  void aTamperedDatabase_isFoundByVerify_withExitCode1() throws Exception {
    // both postings of a grant changed, so that the entry still balances: only the hash tells
    CliRun verified =
        verifyAfter(
            "UPDATE %1$s.postings SET amount = amount + sign(amount) * 1000"
                + " WHERE seq = (SELECT min(seq) FROM %1$s.entries WHERE entry_type = 'GRANT')");

    assertEquals(ExitCode.FINDINGS, verified.exit(), verified::printed);
    assertTrue(verified.out().contains("] HASH_CHAIN: its content hashes to"), verified::printed);
    assertTrue(verified.out().contains("] GRANT_WITHIN_CAP: manufacturer"), verified::printed);
  }

  @Test
  void aDatabaseWithAnUnbalancedEntry_isFoundByVerify_withExitCode1() throws Exception {
    CliRun verified =
        verifyAfter(
            "UPDATE %1$s.postings SET amount = amount + 1000 WHERE amount > 0 AND seq ="
                + " (SELECT min(seq) FROM %1$s.postings WHERE amount > 0)");

    assertEquals(ExitCode.FINDINGS, verified.exit(), verified::printed);
    assertTrue(verified.out().contains("] ENTRY_BALANCED: GRANT has 2 postings summing to 1000"),
        verified::printed);
  }

  /** Generates a small ledger, changes it behind the ledger's back, and verifies it. */
  private CliRun verifyAfter(String tamperingSql) throws Exception {
    String schema = TestDatabase.freshSchema();
    assertEquals(ExitCode.CLEAN, run(schema, "generate", "--manufacturers", "40").exit());
    TestDatabase.tamper(String.format(tamperingSql, schema));
    return run(schema, "verify");
  }

  @Test
  void migrate_createsTheSchema_andVerifyReadsItsEmptyLedger() {
    String schema = TestDatabase.freshSchema();

    CliRun missing = run(schema, "verify");
    assertEquals(ExitCode.UNREACHABLE, missing.exit(), missing::printed);
    assertTrue(missing.err().startsWith("no ledger in schema " + schema), missing::printed);

    CliRun migrated = run(schema, "migrate");
    assertEquals(ExitCode.CLEAN, migrated.exit(), migrated::printed);
    assertTrue(
        migrated.out().contains("migrations applied to schema " + schema), migrated::printed);
    CliRun again = run(schema, "migrate");
    assertTrue(again.out().startsWith("0 migrations applied"), again::printed);

    CliRun verified = run(schema, "verify");
    assertEquals(ExitCode.CLEAN, verified.exit(), verified::printed);
  }

  @Test
  void theDemo_runsOnPostgreSql() throws Exception {
    String schema = TestDatabase.freshSchema();
    CliRun demo = run(schema, "demo", "-o", "out");
    assertEquals(ExitCode.CLEAN, demo.exit(), demo::printed);
    assertTrue(demo.out().contains("schema " + schema), demo::printed);
    List<String> journal =
        Files.readAllLines(dir.resolve("out/journal.jsonl"), StandardCharsets.UTF_8);
    assertEquals(DemoTest.ENTRIES, journal.size());
    CliRun verified = run(schema, "verify");
    assertEquals(ExitCode.CLEAN, verified.exit(), verified::printed);
    CliRun extended =
        run(schema, "checkpoint", "verify", "--public-key", "out/office-public.pem",
            "out/checkpoint.json");
    assertEquals(ExitCode.CLEAN, extended.exit(), extended::printed);
  }
}
