package dev.pointsledger.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runnable jar that {@code mvn package} builds, run as a user runs it: {@code java -jar
 * target/points-ledger.jar ...}, a separate process each time.
 */
class JarIT {
  private static final Path JAR = Path.of("target", "points-ledger.jar").toAbsolutePath();

  @TempDir Path dir;

  private CliRun jar(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.add("-jar");
    command.add(JAR.toString());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    builder.environment().remove(LedgerOptions.ENV);
    Path out = dir.resolve("stdout.txt");
    Path err = dir.resolve("stderr.txt");
    Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertTrue(process.waitFor(180, TimeUnit.SECONDS), "the jar did not end in 180 s");
    return new CliRun(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void help_exitsClean() throws Exception {
    CliRun run = jar("--help", "--lang", "en");
    assertEquals(ExitCode.CLEAN, run.exit(), run::printed);
    assertTrue(run.out().startsWith("Usage: points-ledger"), run::printed);
    CliRun zh = jar("generate", "--help", "--lang", "zh-TW");
    assertTrue(zh.out().startsWith("用法：points-ledger generate"), zh::printed);
  }

  @Test
  void badUsage_exitsWith2() throws Exception {
    CliRun run = jar("verify", "--no-such-option", "--lang", "en");
    assertEquals(ExitCode.BAD_INPUT, run.exit(), run::printed);
    assertTrue(run.err().startsWith("unknown option or argument: --no-such-option"), run::printed);
  }

  @Test
  void aBadJdbcUrl_exitsWith3_inOneLine() throws Exception {
    CliRun run =
        jar(
            "verify",
            "--jdbc-url",
            "jdbc:postgresql://127.0.0.1:1/x?connectTimeout=2",
            "--lang",
            "en");
    assertEquals(ExitCode.UNREACHABLE, run.exit(), run::printed);
    assertTrue(run.err().startsWith("cannot reach the database at"), run::printed);
    assertFalse(run.err().contains("\tat "), run::printed);
    assertEquals(1, run.err().strip().lines().count(), run::printed);
  }

  @Test
  void theDemo_exitsClean_inTraditionalChinese() throws Exception {
    CliRun run = jar("demo", "--lang", "zh-TW", "-o", "out");
    assertEquals(ExitCode.CLEAN, run.exit(), run::printed);
    assertTrue(run.out().contains("完成：" + DemoTest.ENTRIES + " 筆分錄"), run::printed);
    assertTrue(Files.exists(dir.resolve("out/journal.jsonl")));
  }

  @Test
  void generate_thenVerify_onTheSameEmbeddedPostgres_inTwoProcesses() throws Exception {
    String data = dir.resolve("pg").toString();
    CliRun generated =
        jar(
            "generate",
            "--manufacturers",
            "60",
            "--embedded-postgres",
            "--embedded-postgres-dir",
            data,
            "--lang",
            "en");
    assertEquals(ExitCode.CLEAN, generated.exit(), generated::printed);
    assertEquals("", generated.err(), "no progress bar and no logs when stderr is a file");

    CliRun verified =
        jar("verify", "--embedded-postgres", "--embedded-postgres-dir", data, "--lang", "en");
    assertEquals(ExitCode.CLEAN, verified.exit(), verified::printed);
    assertTrue(verified.out().contains("every invariant holds"), verified::printed);

    String[] db = {"--embedded-postgres", "--embedded-postgres-dir", data, "--lang", "en"};
    CliRun keys = jar("checkpoint", "keygen", "--out", "keys", "--lang", "en");
    assertEquals(ExitCode.CLEAN, keys.exit(), keys::printed);
    CliRun signed =
        jar(concat(
            new String[] {"checkpoint", "sign", "--private-key", "keys/office-private.pem",
                "-o", "cp.json"}, db));
    assertEquals(ExitCode.CLEAN, signed.exit(), signed::printed);
    CliRun checked =
        jar(concat(
            new String[] {"checkpoint", "verify", "--public-key", "keys/office-public.pem",
                "cp.json"}, db));
    assertEquals(ExitCode.CLEAN, checked.exit(), checked::printed);
    assertTrue(checked.out().contains("the ledger extends every one of the 1 checkpoints"),
        checked::printed);
  }

  @Test
  void aBadKeyFile_exitsWith2_andAMissingOne_with3() throws Exception {
    Files.writeString(dir.resolve("bad.pem"), "-----BEGIN PRIVATE KEY-----\nAAAA\n");
    CliRun bad = jar("checkpoint", "sign", "--private-key", "bad.pem", "--lang", "en");
    assertEquals(ExitCode.BAD_INPUT, bad.exit(), bad::printed);
    assertTrue(bad.err().contains("holds no Ed25519 private key"), bad::printed);
    assertEquals(1, bad.err().strip().lines().count(), bad::printed);
    CliRun missing = jar("checkpoint", "sign", "--private-key", "none.pem", "--lang", "en");
    assertEquals(ExitCode.UNREACHABLE, missing.exit(), missing::printed);
  }

  private static String[] concat(String[] a, String[] b) {
    String[] all = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  @Test
  void aTamperedDatabase_exitsWith1() throws Exception {
    String schema = TestDatabase.freshSchema();
    String url = TestDatabase.url();
    CliRun generated =
        CliRun.in(dir, "generate", "--manufacturers", "30", "--jdbc-url", url, "--schema", schema);
    assertEquals(ExitCode.CLEAN, generated.exit(), generated::printed);
    TestDatabase.tamper(
        "UPDATE "
            + schema
            + ".postings SET amount = amount + sign(amount) * 7 WHERE seq ="
            + " (SELECT max(seq) FROM "
            + schema
            + ".entries WHERE entry_type = 'GRANT')");

    CliRun verified = jar("verify", "--jdbc-url", url, "--schema", schema, "--lang", "en");
    assertEquals(ExitCode.FINDINGS, verified.exit(), verified::printed);
    assertTrue(verified.out().contains("] HASH_CHAIN: "), verified::printed);
  }
}
