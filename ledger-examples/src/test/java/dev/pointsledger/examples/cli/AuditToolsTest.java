package dev.pointsledger.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pointsledger.core.audit.LedgerProofs;
import dev.pointsledger.core.audit.OfficeKeys;
import dev.pointsledger.core.audit.SignedCheckpoint;
import dev.pointsledger.core.audit.merkle.ConsistencyProof;
import dev.pointsledger.core.audit.merkle.InclusionProof;
import dev.pointsledger.core.audit.merkle.MerkleProofs;
import dev.pointsledger.core.journal.EntryHash;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The auditors' tools as a user runs them ({@code main} in process), on PostgreSQL ({@link
 * TestDatabase}): {@code checkpoint keygen, sign, verify}, {@code prove inclusion, consistency},
 * {@code verify --json --out}, a tampered tail caught against a checkpoint, bad key files.
 */
class AuditToolsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private CliRun run(String schema, String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--jdbc-url", TestDatabase.url(), "--schema", schema, "--lang", "en"));
    return CliRun.in(dir, all.toArray(String[]::new));
  }

  /** A generated ledger of its own schema, and the office's key pair in {@code keys/}. */
  private String ledgerAndKeys() {
    String schema = TestDatabase.freshSchema();
    CliRun generated = run(schema, "generate", "--manufacturers", "30", "--seed", "3");
    assertEquals(ExitCode.CLEAN, generated.exit(), generated::printed);
    CliRun keys = CliRun.in(dir, "checkpoint", "keygen", "--out", "keys", "--lang", "en");
    assertEquals(ExitCode.CLEAN, keys.exit(), keys::printed);
    assertTrue(keys.out().contains("key id "), keys::printed);
    return schema;
  }

  private CliRun sign(String schema, String file) {
    return run(schema, "checkpoint", "sign", "--private-key", "keys/office-private.pem",
        "--public-key", "keys/office-public.pem", "-o", file);
  }

  @Test
  void verify_printsTheReportInTheReadersLanguage() {
    String schema = ledgerAndKeys();
    CliRun zh =
        CliRun.in(
            dir, "verify", "--jdbc-url", TestDatabase.url(), "--schema", schema, "--lang", "zh-TW");
    assertEquals(ExitCode.CLEAN, zh.exit(), zh::printed);
    assertTrue(zh.out().startsWith("點數帳本驗證：無異常\n"), zh::printed);
    assertTrue(zh.out().contains("檢核項目"), zh::printed);
    assertTrue(zh.out().contains("HASH_CHAIN"), zh::printed);
  }

  @Test
  void checkpointSign_thenVerify_isClean_andATruncatedTail_isExitCode1() throws Exception {
    String schema = ledgerAndKeys();
    CliRun signed = sign(schema, "cp.json");
    assertEquals(ExitCode.CLEAN, signed.exit(), signed::printed);
    SignedCheckpoint cp =
        SignedCheckpoint.fromJson(Files.readString(dir.resolve("cp.json"), StandardCharsets.UTF_8));
    assertTrue(cp.signatureValid(OfficeKeys.readPublicKey(dir.resolve("keys/office-public.pem"))));
    assertTrue(signed.out().contains("signed checkpoint of entry #" + cp.sequence()),
        signed::printed);

    CliRun clean =
        run(schema, "checkpoint", "verify", "--public-key", "keys/office-public.pem", "cp.json");
    assertEquals(ExitCode.CLEAN, clean.exit(), clean::printed);
    assertTrue(clean.out().contains("signature valid: entry #" + cp.sequence()), clean::printed);
    String written = Files.readString(dir.resolve("cp.json"), StandardCharsets.UTF_8);
    assertTrue(written.endsWith("}\n"), "a text file ends with a line break");
    Files.writeString(dir.resolve("old.json"), written.stripTrailing(), StandardCharsets.UTF_8);
    CliRun old =
        run(schema, "checkpoint", "verify", "--public-key", "keys/office-public.pem", "old.json");
    assertEquals(ExitCode.CLEAN, old.exit(), "a checkpoint written without one still verifies");

    long head = cp.sequence();
    TestDatabase.tamper(
        String.format(
            "DELETE FROM %1$s.postings WHERE seq > %2$d;"
                + " DELETE FROM %1$s.record_versions WHERE seq > %2$d;"
                + " DELETE FROM %1$s.entries WHERE seq > %2$d",
            schema, head - 2));

    CliRun chainAlone = run(schema, "verify");
    assertEquals(ExitCode.CLEAN, chainAlone.exit(), "a truncated chain is still a chain");
    CliRun caught =
        run(schema, "checkpoint", "verify", "--public-key", "keys/office-public.pem", "cp.json");
    assertEquals(ExitCode.FINDINGS, caught.exit(), caught::printed);
    assertTrue(caught.out().contains("CHECKPOINT_EXTENDED at entry #" + head), caught::printed);
    assertTrue(caught.out().contains("NOT EXTENDED: 1 of the 1 checkpoints"), caught::printed);
    CliRun verify =
        run(schema, "verify", "--public-key", "keys/office-public.pem", "--checkpoint", "cp.json",
            "--json", "--out", "report.json");
    assertEquals(ExitCode.FINDINGS, verify.exit(), verify::printed);
    JsonNode report = JSON.readTree(verify.out());
    assertFalse(report.get("clean").asBoolean());
    assertEquals("CHECKPOINT_EXTENDED", report.get("findings").get(0).get("invariant").asText());
    assertEquals(report, JSON.readTree(dir.resolve("report.json").toFile()));
    CliRun proof = run(schema, "prove", "inclusion", "--sequence", "2", "--checkpoint", "cp.json");
    assertEquals(ExitCode.FINDINGS, proof.exit(), proof::printed);
    assertTrue(proof.err().contains("the ledger does not extend the checkpoint"), proof::printed);
  }

  @Test
  void aCheckpointSignedByAnotherKey_isAFinding() throws Exception {
    String schema = ledgerAndKeys();
    assertEquals(ExitCode.CLEAN, sign(schema, "cp.json").exit());
    CliRun other = CliRun.in(dir, "checkpoint", "keygen", "--out", "other", "--lang", "en");
    assertEquals(ExitCode.CLEAN, other.exit(), other::printed);
    CliRun checked =
        run(schema, "checkpoint", "verify", "--public-key", "other/office-public.pem", "cp.json");
    assertEquals(ExitCode.FINDINGS, checked.exit(), checked::printed);
    assertTrue(checked.out().contains("is not signed by the key"), checked::printed);
  }

  @Test
  void anInclusionAndAConsistencyProof_verifyWithoutTheLedger() throws Exception {
    String schema = ledgerAndKeys();
    assertEquals(ExitCode.CLEAN, sign(schema, "cp.json").exit());
    SignedCheckpoint cp =
        SignedCheckpoint.fromJson(Files.readString(dir.resolve("cp.json"), StandardCharsets.UTF_8));
    String entryId = "grant-" + firstManufacturer(schema);

    CliRun included =
        run(schema, "prove", "inclusion", "--entry", entryId, "--checkpoint", "cp.json", "-o",
            "inclusion.json");
    assertEquals(ExitCode.CLEAN, included.exit(), included::printed);
    JsonNode p = JSON.readTree(dir.resolve("inclusion.json").toFile());
    assertEquals(entryId, p.get("entryId").asText());
    assertEquals(cp.sequence(), p.get("treeSize").asLong());
    assertEquals(cp.rootHash().hex(), p.get("rootHash").asText());
    InclusionProof inclusion =
        new InclusionProof(p.get("leafIndex").asLong(), p.get("treeSize").asLong(), path(p));
    EntryHash leaf = LedgerProofs.leafOf(EntryHash.fromHex(p.get("entryHash").asText()));
    assertTrue(MerkleProofs.verifyInclusion(leaf, inclusion, cp.rootHash()));
    EntryHash other = LedgerProofs.leafOf(EntryHash.fromHex("ab".repeat(32)));
    assertFalse(MerkleProofs.verifyInclusion(other, inclusion, cp.rootHash()), "not any leaf");

    CliRun consistent =
        run(schema, "prove", "consistency", "--first", "10", "--second-checkpoint", "cp.json");
    assertEquals(ExitCode.CLEAN, consistent.exit(), consistent::printed);
    JsonNode c = JSON.readTree(consistent.out());
    ConsistencyProof proof =
        new ConsistencyProof(c.get("firstSize").asLong(), c.get("secondSize").asLong(), path(c));
    EntryHash firstRoot = EntryHash.fromHex(c.get("firstRootHash").asText());
    assertTrue(MerkleProofs.verifyConsistency(firstRoot, cp.rootHash(), proof));
    assertFalse(MerkleProofs.verifyConsistency(other, cp.rootHash(), proof), "not any root");
  }

  @Test
  void checkpointSign_refusesALedgerWithFindings() throws Exception {
    String schema = ledgerAndKeys();
    TestDatabase.tamper(
        String.format(
            "UPDATE %1$s.postings SET amount = amount + sign(amount) * 5"
                + " WHERE seq = (SELECT min(seq) FROM %1$s.entries WHERE entry_type = 'GRANT')",
            schema));
    CliRun signed = sign(schema, "cp.json");
    assertEquals(ExitCode.FINDINGS, signed.exit(), signed::printed);
    assertTrue(signed.out().contains("NOT SIGNED"), signed::printed);
    assertFalse(Files.exists(dir.resolve("cp.json")), "no checkpoint written");
  }

  @Test
  void badKeyAndCheckpointFiles_areExitCode2_andMissingOnes3() throws Exception {
    Files.writeString(dir.resolve("garbage.pem"), "-----BEGIN PRIVATE KEY-----\nAAAA\n");
    CliRun garbage = CliRun.in(dir, "checkpoint", "sign", "--private-key", "garbage.pem",
        "--lang", "en");
    assertEquals(ExitCode.BAD_INPUT, garbage.exit(), garbage::printed);
    assertTrue(garbage.err().startsWith(dir.resolve("garbage.pem") + " holds no Ed25519"),
        garbage::printed);
    assertFalse(garbage.err().contains("\tat "), "no stack trace without --verbose");

    CliRun keys = CliRun.in(dir, "checkpoint", "keygen", "--out", "keys", "--lang", "en");
    assertEquals(ExitCode.CLEAN, keys.exit(), keys::printed);
    CliRun swapped = CliRun.in(dir, "checkpoint", "sign", "--private-key",
        "keys/office-public.pem", "--lang", "en");
    assertEquals(ExitCode.BAD_INPUT, swapped.exit(), swapped::printed);
    CliRun again = CliRun.in(dir, "checkpoint", "keygen", "--out", "keys", "--lang", "en");
    assertEquals(ExitCode.BAD_INPUT, again.exit(), "a key is never overwritten");

    CliRun missing = CliRun.in(dir, "checkpoint", "verify", "--public-key", "none.pem", "cp.json",
        "--lang", "en");
    assertEquals(ExitCode.UNREACHABLE, missing.exit(), missing::printed);
    assertTrue(missing.err().startsWith("file not found: "), missing::printed);

    Files.writeString(dir.resolve("cp.json"), "{\"format\": \"something else\"}");
    CliRun malformed = CliRun.in(dir, "checkpoint", "verify", "--public-key",
        "keys/office-public.pem", "cp.json", "--lang", "en");
    assertEquals(ExitCode.BAD_INPUT, malformed.exit(), malformed::printed);
    assertTrue(malformed.err().contains("is not a signed checkpoint"), malformed::printed);
  }

  @Test
  void exportInHledgerFormat_writesATransactionPerEntry() throws Exception {
    String schema = ledgerAndKeys();
    CliRun exported = run(schema, "export", "--format", "hledger", "-o", "journal.hledger");
    assertEquals(ExitCode.CLEAN, exported.exit(), exported::printed);
    String journal = Files.readString(dir.resolve("journal.hledger"), StandardCharsets.UTF_8);
    assertTrue(journal.startsWith("; points-ledger journal, hledger format v1"), journal);
    assertTrue(journal.contains(" GRANT grant-" + firstManufacturer(schema)), journal);
    assertTrue(journal.contains(" PTS"), journal);
  }

  private String firstManufacturer(String schema) {
    CliRun jsonl = run(schema, "export", "--format", "jsonl");
    return jsonl.out().lines()
        .filter(l -> l.contains("\"type\":\"GRANT\""))
        .findFirst()
        .map(l -> l.replaceAll(".*\"id\":\"grant-([^\"]+)\".*", "$1"))
        .orElseThrow();
  }

  private static List<EntryHash> path(JsonNode proof) {
    List<EntryHash> path = new ArrayList<>();
    proof.get("path").forEach(h -> path.add(EntryHash.fromHex(h.asText())));
    return path;
  }
}
