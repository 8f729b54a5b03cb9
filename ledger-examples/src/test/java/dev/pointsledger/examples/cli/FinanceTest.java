package dev.pointsledger.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Finance's subcommands on PostgreSQL, on the demo's ledger: {@code reconcile}, {@code payouts
 * match} and {@code payouts apply} with the demo's payout file (applied already: nothing is written
 * again), a payout of the wrong amount (exit code 1), a malformed file (2) and a missing one (3).
 */
class FinanceTest {
  @TempDir Path dir;
  private String schema;

  private CliRun run(String... args) {
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

  @BeforeEach
  void aDemoLedger() {
    schema = TestDatabase.freshSchema();
    CliRun demo = run("demo", "-o", "demo");
    assertEquals(ExitCode.CLEAN, demo.exit(), demo::printed);
  }

  @Test
  void reconcile_tiesOut_andWritesCsvJsonAndXlsx() {
    CliRun run = run("reconcile", "-o", "rec");
    assertEquals(ExitCode.CLEAN, run.exit(), run::printed);
    assertTrue(run.out().contains("the reconciliation ties out"), run::printed);
    assertTrue(Files.exists(dir.resolve("rec/reconciliation.xlsx")));
    assertTrue(Files.exists(dir.resolve("rec/reconciliation.json")));
    assertTrue(Files.exists(dir.resolve("rec/reconciliation-vendors.csv")));
  }

  @Test
  void thePayoutFileAppliedAgain_writesNothing() {
    String file = "demo/" + DemoScenario.PAYOUT_FILE;
    CliRun match = run("payouts", "match", "--file", file, "-o", "match", "--formats", "csv");
    assertEquals(ExitCode.CLEAN, match.exit(), match::printed);
    assertTrue(match.out().contains("2 rows: 2 matched"), match::printed);

    CliRun apply = run("payouts", "apply", "--file", file, "-o", "apply", "--formats", "json");
    assertEquals(ExitCode.CLEAN, apply.exit(), apply::printed);
    assertTrue(apply.out().contains("settled before, entry #42: nothing written"), apply::printed);
    CliRun verify = run("verify");
    assertTrue(verify.err().contains("(45 entries)"), verify::printed);
  }

  @Test
  void aPayoutOfAClaimPaidAlready_isAFinding() throws Exception {
    Files.writeString(
        dir.resolve("wrong.csv"),
        "vendor,amount,reference,date,claims\n24681353,120001,TWB-X-1,2022-12-01,CL-2\n",
        StandardCharsets.UTF_8);
    CliRun match = run("payouts", "match", "--file", "wrong.csv", "--formats", "csv");
    assertEquals(ExitCode.FINDINGS, match.exit(), match::printed);
    assertTrue(match.out().contains("line 2: DUPLICATE"), match::printed);
  }

  @Test
  void aMalformedPayoutFile_isBadInput_andAMissingOne_isUnreachable() throws Exception {
    Files.writeString(
        dir.resolve("broken.csv"),
        "vendor,amount,reference,date,claims\n24681353,\"120000,TWB-X-1,2022-12-01,CL-2\n",
        StandardCharsets.UTF_8);
    CliRun broken = run("payouts", "apply", "--file", "broken.csv");
    assertEquals(ExitCode.BAD_INPUT, broken.exit(), broken::printed);
    assertTrue(broken.err().startsWith("the payout file "), broken::printed);
    assertEquals(1, broken.err().strip().lines().count(), broken::printed);

    CliRun missing = run("payouts", "match", "--file", "nowhere.csv");
    assertEquals(ExitCode.UNREACHABLE, missing.exit(), missing::printed);
    assertTrue(missing.err().startsWith("file not found: "), missing::printed);
  }
}
