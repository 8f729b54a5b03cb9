package dev.pointsledger.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code load} for a few seconds on PostgreSQL ({@link TestDatabase}): every figure in the JSON
 * line, a clean audit, the schema dropped unless kept, and the settings it refuses.
 */
class LoadCommandTest {
  @TempDir Path dir;

  private CliRun load(String... args) {
    String[] all = new String[args.length + 5];
    all[0] = "load";
    System.arraycopy(args, 0, all, 1, args.length);
    System.arraycopy(
        new String[] {"--jdbc-url", TestDatabase.url(), "--lang", "en"},
        0,
        all,
        args.length + 1,
        4);
    return CliRun.in(dir, all);
  }

  private static JsonNode lastLine(CliRun run) throws Exception {
    List<String> lines = run.out().lines().toList();
    return new ObjectMapper().readTree(lines.get(lines.size() - 1));
  }

  @Test
  void aShortBatchedRun_printsEveryFigureAsOneLineOfJson_andAuditsClean() throws Exception {
    String schema = TestDatabase.freshSchema();
    CliRun run =
        load(
            "--clients", "2", "--batch-size", "100", "--duration", "3", "--warm-up", "1",
            "--manufacturers", "2000", "--schema", schema, "--sample-every", "1");
    assertEquals(ExitCode.CLEAN, run.exit(), run::printed);
    JsonNode f = lastLine(run);
    assertTrue(f.get("commands").asLong() > 0, run::printed);
    assertTrue(f.get("commandsPerSecond").asDouble() > 0, run::printed);
    assertTrue(f.get("latencyP50Ms").asDouble() > 0, run::printed);
    assertTrue(f.get("latencyP99Ms").asDouble() >= f.get("latencyP50Ms").asDouble());
    assertTrue(f.get("latencyP999Ms").asDouble() >= f.get("latencyP99Ms").asDouble());
    assertTrue(f.get("walFlushes").asLong() > 0, run::printed);
    assertTrue(f.get("bytesPerEntry").asDouble() > 100, run::printed);
    assertTrue(f.get("verifyClean").asBoolean(), run::printed);
    assertEquals(f.get("entries").asLong(), f.get("verifyEntries").asLong());
    assertEquals(0, f.get("failedCalls").asLong());
    assertTrue(f.get("groupCommit").asBoolean());
    assertTrue(run.out().contains("latency per call: p50"), run::printed);
    JsonNode timeline = f.get("timeline");
    assertTrue(timeline.size() >= 2, run::printed);
    long before = 0;
    for (JsonNode point : timeline) {
      assertTrue(point.get("entries").asLong() >= before, "the journal never shrinks");
      before = point.get("entries").asLong();
      assertTrue(point.get("commandsPerSecond").asDouble() >= 0, run::printed);
    }
    assertTrue(before > 0, run::printed);
    assertTrue(run.out().contains("timeline (seconds: journal length"), run::printed);
    assertTrue(schemaExists(schema), "a schema named with --schema is kept");
  }

  @Test
  void oneCommandPerTransaction_withoutGroupCommitOrAudit_dropsItsOwnSchema() throws Exception {
    CliRun run =
        load(
            "--clients", "3", "--batch-size", "1", "--duration", "2", "--warm-up", "0",
            "--manufacturers", "300", "--no-group-commit", "--no-verify", "--mix", "grants");
    assertEquals(ExitCode.CLEAN, run.exit(), run::printed);
    JsonNode f = lastLine(run);
    assertEquals(f.get("commands").asLong(), f.get("calls").asLong(), run::printed);
    assertTrue(f.get("commands").asLong() > 0, run::printed);
    assertTrue(!f.get("groupCommit").asBoolean());
    assertTrue(!f.get("verified").asBoolean());
    assertEquals("grants", f.get("mix").asText());
    assertTrue(!schemaExists(f.get("schema").asText()), "its own schema is dropped");
  }

  @Test
  void anInMemoryLedgerOrBadSettings_areRefusedAsBadInput() {
    CliRun inMemory = CliRun.in(dir, "load", "--lang", "en");
    assertEquals(ExitCode.BAD_INPUT, inMemory.exit(), inMemory::printed);
    assertTrue(inMemory.err().contains("--embedded-postgres"), inMemory::printed);
    CliRun badMix = load("--mix", "everything", "--duration", "1");
    assertEquals(ExitCode.BAD_INPUT, badMix.exit(), badMix::printed);
    assertTrue(badMix.err().contains("realistic, grants or one-manufacturer"), badMix::printed);
    CliRun noClients = load("--clients", "0", "--duration", "1");
    assertEquals(ExitCode.BAD_INPUT, noClients.exit(), noClients::printed);
  }

  private static boolean schemaExists(String schema) throws Exception {
    try (Connection c = DriverManager.getConnection(TestDatabase.url());
        var s = c.prepareStatement("SELECT count(*) FROM pg_namespace WHERE nspname = ?")) {
      s.setString(1, schema);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getInt(1) == 1;
      }
    }
  }
}
