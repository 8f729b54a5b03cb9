package dev.pointsledger.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pointsledger.core.audit.LedgerProofs;
import dev.pointsledger.core.audit.OfficeKeys;
import dev.pointsledger.core.audit.SignedCheckpoint;
import dev.pointsledger.core.audit.merkle.InclusionProof;
import dev.pointsledger.core.audit.merkle.MerkleProofs;
import dev.pointsledger.core.journal.EntryHash;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code demo} on the in-memory default: the whole year, told, and the files it writes. */
class DemoTest {
  static final int ENTRIES = 45;
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void theDemo_tellsTheYear_andEndsClean() {
    CliRun run = CliRun.in(dir, "demo", "--lang", "en");

    assertEquals(ExitCode.CLEAN, run.exit(), run::printed);
    assertEquals("", run.err());
    for (String expected :
        List.of(
            "on an in-memory ledger; outputs go to " + dir.resolve("points-ledger-demo"),
            "2022-05-02 (ROC 111/5/2)  Manufacturers apply for points",
            "refused vendor-shady: INELIGIBLE_VENDOR_BUSINESS_ITEM (R-V1)",
            "paid-in capital NTD 500,000 is below NTD 1,000,000",
            "refused list-mes-too-early: ILLEGAL_REVIEW_TRANSITION (R-V6)",
            "refused grant-hsinchu-more: CAP_EXCEEDED (R-D2)",
            "refused grant-bigco: INELIGIBLE_MANUFACTURER_SIZE (R-D1)",
            "refused grant-tainan: INELIGIBLE_PRIOR_YEAR_USE (R-D3)",
            "refused buy-mes-too-much: MORE_THAN_HALF_OF_PRICE (R-P1)",
            "price NTD 240,001 = 120,000 points + 120,001 paid by the manufacturer",
            "refused buy-monitor-too-much: INSUFFICIENT_POINTS (R-P1)",
            "CANCEL cancel-monitor",
            "refused claim-mes-early: CONTRACT_NOT_ENDED (R-P3)",
            "REJECT reject-mes-claim",
            "APPROVE approve-mes-claim",
            "line 2: TWB-20221130-001 settled, entry #42",
            "line 2: TWB-20221130-001 settled before, entry #42: nothing written",
            "refused payout:industrial-pavilion-2022:24681353:TWB-20221130-001:"
                + " DUPLICATE_ID_DIFFERENT_CONTENT",
            "every identity holds: the reconciliation ties out",
            "manufacturer 12345670: granted 200,000 = available 0 + reserved 0 + claimed 0"
                + " + redeemed 120,000 + lapsed 80,000",
            "manufacturer 84210342: granted 150,000 = available 0 + reserved 0 + claimed 0"
                + " + redeemed 45,000 + lapsed 105,000",
            "vendor 24681353: pending 0, payable 0, paid 120,000",
            "verified " + ENTRIES + " entries, head #" + ENTRIES,
            "every invariant holds",
            "Done: " + ENTRIES + " entries, 9 commands refused as the rules require")) {
      assertTrue(run.out().contains(expected), () -> "missing '" + expected + "'\n" + run.out());
    }
  }

  @Test
  void theDemo_writesTheJournalTheReportsAndTheVerifiersReport() throws Exception {
    CliRun run = CliRun.in(dir, "demo", "-o", "out", "--lang", "en");
    assertEquals(ExitCode.CLEAN, run.exit(), run::printed);
    Path out = dir.resolve("out");

    List<String> jsonl = Files.readAllLines(out.resolve("journal.jsonl"), StandardCharsets.UTF_8);
    assertEquals(ENTRIES, jsonl.size());
    String previous = "0".repeat(64);
    for (int i = 0; i < jsonl.size(); i++) {
      JsonNode entry = JSON.readTree(jsonl.get(i));
      assertEquals(i + 1, entry.get("sequence").asLong());
      assertEquals(previous, entry.get("previousHash").asText(), "the chain links entries");
      previous = entry.get("hash").asText();
      long sum = 0;
      for (JsonNode p : entry.get("postings")) {
        sum += p.get("amount").asLong();
      }
      assertEquals(0, sum, "every entry balances");
    }
    JsonNode posting = JSON.readTree(jsonl.get(ENTRIES - 1)).get("postings").get(0);
    assertTrue(posting.has("accountType") && posting.has("holder"), "the core's export");
    List<String> csv = Files.readAllLines(out.resolve("journal.csv"), StandardCharsets.UTF_8);
    assertEquals(
        "\uFEFFEntry #,Entry,Entry type,Program,Business date,Recorded at,Account type,Holder,"
            + "Contract,Amount,References,Hash",
        csv.get(0),
        "the core's journal table, for Excel");
    assertTrue(csv.size() > ENTRIES);

    JsonNode report = JSON.readTree(out.resolve("verifier-report.json").toFile());
    assertTrue(report.get("clean").asBoolean());
    assertEquals(ENTRIES, report.get("entriesRead").asLong());
    assertEquals(previous, report.get("headHash").asText());
    assertEquals(0, report.get("findings").size());

    PublicKey office = OfficeKeys.readPublicKey(out.resolve("office-public.pem"));
    assertTrue(OfficeKeys.readPrivateKey(out.resolve("office-private.pem")) != null);
    SignedCheckpoint checkpoint =
        SignedCheckpoint.fromJson(Files.readString(out.resolve("checkpoint.json")));
    assertTrue(checkpoint.signatureValid(office), "signed by the key it wrote");
    assertEquals(ENTRIES, checkpoint.sequence());
    assertEquals(previous, checkpoint.headHash().hex());
    assertEquals(report.get("treeRoot").asText(), checkpoint.rootHash().hex());
    JsonNode proof = JSON.readTree(out.resolve("inclusion-proof-CL-2.json").toFile());
    assertEquals(DemoScenario.PROVEN_APPROVAL.value(), proof.get("entryId").asText());
    List<EntryHash> path = new ArrayList<>();
    proof.get("path").forEach(h -> path.add(EntryHash.fromHex(h.asText())));
    assertTrue(
        MerkleProofs.verifyInclusion(
            LedgerProofs.leafOf(EntryHash.fromHex(proof.get("entryHash").asText())),
            new InclusionProof(proof.get("leafIndex").asLong(), ENTRIES, path),
            checkpoint.rootHash()),
        "the proof checks out against the signed tree head");
    String hledger = Files.readString(out.resolve("journal.hledger"), StandardCharsets.UTF_8);
    long transactions =
        hledger.lines().filter(l -> l.matches("\\d{4}-\\d\\d-\\d\\d \\(\\d+\\) .*")).count();
    assertEquals(ENTRIES, transactions, "one hledger transaction per entry");

    JsonNode categories = JSON.readTree(out.resolve("purchases-by-category.json").toFile());
    assertEquals(2, categories.size(), "the cancelled contract counts in no category");
    assertEquals(120_000, categories.get(0).get("paid").asLong());
    assertTrue(Files.size(out.resolve("reconciliation/reconciliation.xlsx")) > 0);
    assertTrue(Files.exists(out.resolve("reconciliation/reconciliation.json")));
    assertTrue(Files.exists(out.resolve(DemoScenario.PAYOUT_FILE)));
    String byVendor = Files.readString(out.resolve("purchases-by-vendor.csv"));
    assertTrue(byVendor.startsWith("heading,contracts,price,points,own_part,"), byVendor);
  }

  @Test
  void theDemo_speaksTraditionalChinese() throws Exception {
    CliRun run = CliRun.in(dir, "--lang", "zh-TW", "demo");
    assertEquals(ExitCode.CLEAN, run.exit(), run::printed);
    assertTrue(run.out().contains("2022-05-02（民國111年5月2日）  製造業者申請點數"), run::out);
    assertTrue(run.out().contains("製造業者 12345670：核發 200,000 = 可用 0"), run::out);
    assertTrue(run.out().contains("完成：" + ENTRIES + " 筆分錄"), run::out);
    assertFalse(run.out().contains("Manufacturers apply"), run::out);
    String csv = Files.readString(dir.resolve("points-ledger-demo/journal.csv"));
    assertTrue(csv.startsWith("\uFEFF分錄序號,分錄編號,分錄類型,計畫,"), csv);
  }
}
