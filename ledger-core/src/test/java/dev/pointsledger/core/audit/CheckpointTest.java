package dev.pointsledger.core.audit;

import static dev.pointsledger.core.StoreOf.storeOf;
import static dev.pointsledger.core.testing.Fixtures.M1;
import static dev.pointsledger.core.testing.Fixtures.M2;
import static dev.pointsledger.core.testing.Fixtures.V1;
import static dev.pointsledger.core.testing.Fixtures.approve;
import static dev.pointsledger.core.testing.Fixtures.claim;
import static dev.pointsledger.core.testing.Fixtures.grant;
import static dev.pointsledger.core.testing.Fixtures.reserve;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pointsledger.core.Ledger;
import dev.pointsledger.core.audit.merkle.ConsistencyProof;
import dev.pointsledger.core.audit.merkle.InclusionProof;
import dev.pointsledger.core.audit.merkle.MerkleProofs;
import dev.pointsledger.core.id.EntryId;
import dev.pointsledger.core.journal.JournalEntry;
import dev.pointsledger.core.program.ProgramPresets;
import dev.pointsledger.core.testing.Fixtures;
import dev.pointsledger.core.testing.MutableClock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Signed checkpoints: the signed bytes are the documented text, the JSON form reads back, keys
 * come from PEM files, and the office's proofs of a vendor's approved claim and of a later
 * checkpoint verify with nothing but the proof and the published heads.
 */
class CheckpointTest {
  private final MutableClock clock = MutableClock.at(Fixtures.MAY_2);
  private final Ledger ledger = Ledger.inMemory(clock);

  @TempDir Path dir;

  CheckpointTest() {
    ledger.defineProgram(ProgramPresets.industrialPavilion2022());
    Fixtures.listSolutions(ledger, V1);
    ledger.execute(grant("g1", M1, 200_000));
    ledger.execute(reserve("r1", "C1", M1, V1, 150_001, 75_000));
  }

  private static KeyPair keys() throws Exception {
    return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
  }

  @Test
  void theSignedBytes_areTheSixDocumentedLines() throws Exception {
    KeyPair office = keys();
    VerificationReport r = ledger.verify();
    SignedCheckpoint c = SignedCheckpoint.sign(
        r, "ledger A", Instant.parse("2023-01-02T09:00:00.750Z"), office.getPrivate());
    assertEquals(
        "points-ledger/checkpoint/v1\nledger A\n" + r.lastSequence() + "\n" + r.headHash().hex()
            + "\n" + r.treeRoot().hex() + "\n2023-01-02T09:00:00Z\n",
        c.signedText());
    java.security.Signature s = java.security.Signature.getInstance("Ed25519");
    s.initVerify(office.getPublic());
    s.update(c.signedText().getBytes(StandardCharsets.UTF_8));
    assertTrue(s.verify(Base64.getDecoder().decode(c.signature())));
    assertTrue(c.signatureValid(office.getPublic()));
    assertFalse(c.signatureValid(keys().getPublic()));
  }

  @Test
  void theJsonForm_readsBack_andAChangedFieldBreaksTheSignature() throws Exception {
    KeyPair office = keys();
    SignedCheckpoint c =
        SignedCheckpoint.sign(ledger.verify(), "ledger A", Instant.now(), office.getPrivate());
    String json = c.toJson(office.getPublic());
    assertEquals(c, SignedCheckpoint.fromJson(json));
    assertTrue(json.contains("\"keyId\" : \"" + SignedCheckpoint.keyId(office.getPublic())));
    SignedCheckpoint moved = SignedCheckpoint.fromJson(
        json.replace("\"sequence\" : " + c.sequence(), "\"sequence\" : " + (c.sequence() - 1))
            .replace("\"treeSize\" : " + c.sequence(), "\"treeSize\" : " + (c.sequence() - 1)));
    assertFalse(moved.signatureValid(office.getPublic()));
    assertThrows(IllegalArgumentException.class, () -> SignedCheckpoint.fromJson("{}"));
    assertThrows(IllegalArgumentException.class, () -> SignedCheckpoint.fromJson("[1]"));
  }

  @Test
  void theJsonForm_endsWithALineBreak_signsTheSameBytes_andOldFilesWithoutOneStillRead()
      throws Exception {
    KeyPair office = keys();
    SignedCheckpoint c = SignedCheckpoint.sign(
        ledger.verify(), "ledger A", Instant.parse("2023-01-02T09:00:00Z"), office.getPrivate());
    String json = c.toJson(office.getPublic());
    assertTrue(json.endsWith("}" + System.lineSeparator()), json);
    assertFalse(json.endsWith(System.lineSeparator() + System.lineSeparator()), json);
    SignedCheckpoint read = SignedCheckpoint.fromJson(json);
    assertEquals(
        "points-ledger/checkpoint/v1\nledger A\n" + c.sequence() + "\n" + c.headHash().hex() + "\n"
            + c.rootHash().hex() + "\n2023-01-02T09:00:00Z\n",
        read.signedText(),
        "the six signed lines are as they were");
    assertTrue(read.signatureValid(office.getPublic()));
    String old = json.stripTrailing();
    assertTrue(old.endsWith("}"), "as checkpoint sign wrote it before");
    assertEquals(c, SignedCheckpoint.fromJson(old));
    assertTrue(SignedCheckpoint.fromJson(old).signatureValid(office.getPublic()));
  }

  @Test
  void aReportWithFindings_isNotSigned() throws Exception {
    KeyPair office = keys();
    ((dev.pointsledger.core.memory.InMemoryLedgerStore) storeOf(ledger))
        .tamperWithStoredRows(rows -> rows.subList(1, rows.size()));
    assertThrows(IllegalArgumentException.class,
        () -> SignedCheckpoint.sign(ledger.verify(), "x", Instant.now(), office.getPrivate()));
  }

  @Test
  void keys_areReadFromPemFiles() throws Exception {
    KeyPair office = keys();
    Path priv = dir.resolve("office.pem");
    Path pub = dir.resolve("office-public.pem");
    Files.writeString(priv, OfficeKeys.toPem(office.getPrivate()));
    Files.writeString(pub, OfficeKeys.toPem(office.getPublic()));
    assertTrue(Files.readString(priv).startsWith("-----BEGIN PRIVATE KEY-----\n"));
    assertTrue(Files.readString(pub).startsWith("-----BEGIN PUBLIC KEY-----\n"));
    PrivateKey p = OfficeKeys.readPrivateKey(priv);
    PublicKey q = OfficeKeys.readPublicKey(pub);
    SignedCheckpoint c = SignedCheckpoint.sign(ledger.verify(), "ledger A", Instant.now(), p);
    assertTrue(c.signatureValid(office.getPublic()));
    assertTrue(c.signatureValid(q));
    assertThrows(IllegalArgumentException.class, () -> OfficeKeys.readPublicKey(priv));
  }

  @Test
  void aVendorsApprovedClaim_isProvenInASignedHead_andALaterHeadExtendsIt() throws Exception {
    KeyPair office = keys();
    clock.setDay(LocalDate.of(2022, 9, 1));
    ledger.execute(claim("k1", "CL1", "C1", V1, 75_000));
    ledger.execute(approve("a1", "CL1"));
    SignedCheckpoint first =
        SignedCheckpoint.sign(ledger.verify(), "ledger A", Instant.now(), office.getPrivate());
    ledger.execute(grant("g2", M2, 1_000));
    SignedCheckpoint later =
        SignedCheckpoint.sign(ledger.verify(), "ledger A", Instant.now(), office.getPrivate());

    JournalEntry approval = storeOf(ledger).entry(EntryId.of("a1")).orElseThrow();
    InclusionProof proof =
        LedgerProofs.inclusion(storeOf(ledger), approval.sequence(), first.sequence());
    assertTrue(MerkleProofs.verifyInclusion(
        LedgerProofs.leafOf(approval.hash()), proof, first.rootHash()));
    assertFalse(MerkleProofs.verifyInclusion(
        LedgerProofs.leafOf(approval.previousHash()), proof, first.rootHash()));

    ConsistencyProof grows =
        LedgerProofs.consistency(storeOf(ledger), first.sequence(), later.sequence());
    assertTrue(MerkleProofs.verifyConsistency(first.rootHash(), later.rootHash(), grows));
    assertFalse(MerkleProofs.verifyConsistency(later.rootHash(), first.rootHash(), grows));
  }
}
