package dev.pointsledger.core.audit;

import static dev.pointsledger.core.StoreOf.storeOf;
import static dev.pointsledger.core.testing.Fixtures.M1;
import static dev.pointsledger.core.testing.Fixtures.M2;
import static dev.pointsledger.core.testing.Fixtures.V1;
import static dev.pointsledger.core.testing.Fixtures.approve;
import static dev.pointsledger.core.testing.Fixtures.claim;
import static dev.pointsledger.core.testing.Fixtures.grant;
import static dev.pointsledger.core.testing.Fixtures.reserve;
import static dev.pointsledger.core.testing.Fixtures.reverse;
import static dev.pointsledger.core.testing.Fixtures.settle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pointsledger.core.Ledger;
import dev.pointsledger.core.command.Command;
import dev.pointsledger.core.journal.References;
import dev.pointsledger.core.memory.InMemoryLedgerStore;
import dev.pointsledger.core.program.Program;
import dev.pointsledger.core.program.ProgramPresets;
import dev.pointsledger.core.state.ManufacturerRecord;
import dev.pointsledger.core.state.ProgramRecord;
import dev.pointsledger.core.store.RawEntry;
import dev.pointsledger.core.store.RawPosting;
import dev.pointsledger.core.testing.Fixtures;
import dev.pointsledger.core.testing.MutableClock;
import dev.pointsledger.core.testing.StoredRows;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The verifier on the in-memory store, whose stored rows a test edits as a rogue administrator
 * would ({@link InMemoryLedgerStore#tamperWithStoredRows}): each tamper is a finding that names
 * the entry, and nothing a row holds makes the verifier throw.
 */
class LedgerVerifierTest {
  private final MutableClock clock = MutableClock.at(Fixtures.MAY_2);
  private final Ledger ledger = Ledger.inMemory(clock);
  private final InMemoryLedgerStore store = (InMemoryLedgerStore) storeOf(ledger);
  private final long first;

  /** A grant, two purchases, a claim approved and settled, a reversal. */
  LedgerVerifierTest() {
    ledger.defineProgram(ProgramPresets.industrialPavilion2022());
    Fixtures.listSolutions(ledger, V1);
    first = store.headSequence() + 1;
    run(
        grant("g1", M1, 200_000),
        reserve("r1", "C1", M1, V1, 150_001, 75_000),
        reserve("r2", "C2", M1, V1, 20_000, 10_000),
        reverse("rv1", "r2"));
    clock.setDay(LocalDate.of(2022, 9, 1));
    run(
        claim("k1", "CL1", "C1", V1, 75_000),
        approve("a1", "CL1"),
        settle("s1", V1, "PAY-1", "CL1"));
  }

  private void run(Command... commands) {
    for (Command c : commands) {
      ledger.execute(c);
    }
  }

  private long seq(String id) {
    return store.entry(dev.pointsledger.core.id.EntryId.of(id)).orElseThrow().sequence();
  }

  private void tamper(UnaryOperator<List<RawEntry>> edit) {
    store.tamperWithStoredRows(rows -> edit.apply(new ArrayList<>(rows)));
  }

  private void change(String id, UnaryOperator<RawEntry> edit) {
    long at = seq(id);
    tamper(
        rows -> {
          rows.set((int) at - 1, edit.apply(rows.get((int) at - 1)));
          return rows;
        });
  }

  private static void assertFinding(VerificationReport r, Invariant i, long seq, String id) {
    assertTrue(
        r.findings(i).stream().anyMatch(f -> f.sequence() == seq && f.entryId().equals(id)),
        () -> "expected " + i + " at " + seq + " [" + id + "]:\n" + r.toText());
  }

  @Test
  void anUntouchedLedger_isClean_andEveryInvariantWasChecked() {
    VerificationReport r = ledger.verify();
    assertTrue(r.clean(), r::toText);
    assertEquals(store.headSequence(), r.entriesRead());
    assertEquals(store.headSequence(), r.lastSequence());
    for (Invariant i : Invariant.values()) {
      if (i != Invariant.CHECKPOINT_EXTENDED) {
        assertTrue(r.checked().get(i) > 0, () -> i + " was never checked");
      }
    }
    assertEquals(LedgerProofs.tree(store, store.headSequence()).root(), r.treeRoot());
  }

  @Test
  void aBalancedChangeOfAmounts_breaksTheHashOfThatEntry() {
    change("r1", e -> StoredRows.scaled(e, 2));
    VerificationReport r = ledger.verify();
    assertFinding(r, Invariant.HASH_CHAIN, seq("r1"), "r1");
    assertTrue(r.findings(Invariant.ENTRY_BALANCED).isEmpty(), r::toText);
  }

  @Test
  void anUnbalancedEntry_isAFinding_andTheVerifierGoesOn() {
    change("g1", e -> {
      List<RawPosting> p = new ArrayList<>(e.postings());
      RawPosting last = p.get(1);
      p.set(1, new RawPosting(last.program(), last.accountType(), last.holder(), last.contract(),
          last.amount() + 1));
      return StoredRows.withPostings(e, p);
    });
    VerificationReport r = ledger.verify();
    assertFinding(r, Invariant.ENTRY_BALANCED, seq("g1"), "g1");
    assertFinding(r, Invariant.HASH_CHAIN, seq("g1"), "g1");
    assertEquals(store.headSequence(), r.entriesRead());
  }

  @Test
  void unreadableRows_areFindingsNamingTheEntry() {
    change("r2", e -> StoredRows.withType(e, "TELEPORT"));
    change("k1", e -> StoredRows.withPostings(e, List.of(
        new RawPosting(null, "NO_SUCH_ACCOUNT", "", null, 5))));
    VerificationReport r = ledger.verify();
    assertFinding(r, Invariant.ROW_READABLE, seq("r2"), "r2");
    assertFinding(r, Invariant.ROW_READABLE, seq("k1"), "k1");
    assertEquals(store.headSequence(), r.entriesRead());
  }

  @Test
  void aSettlementFromThePool_withItsHashRecomputed_isAFindingOfItsShape() {
    long at = seq("s1");
    tamper(rows -> {
      RawEntry s = rows.get((int) at - 1);
      List<RawPosting> p = new ArrayList<>();
      for (RawPosting x : s.postings()) {
        p.add(x.accountType().equals("PAYABLE")
            ? new RawPosting(x.program(), "PROGRAM_POOL", x.program(), "", x.amount()) : x);
      }
      rows.set((int) at - 1, StoredRows.withPostings(s, p));
      return StoredRows.resealFrom(rows, (int) at - 1);
    });
    VerificationReport r = ledger.verify();
    assertTrue(r.findings(Invariant.HASH_CHAIN).isEmpty(), r::toText);
    assertFinding(r, Invariant.POSTING_SHAPE, at, "s1");
  }

  @Test
  void aChangedReference_isCaught() {
    change("g1", e -> StoredRows.withReference(e, References.MANUFACTURER, M2));
    VerificationReport r = ledger.verify();
    assertFinding(r, Invariant.HASH_CHAIN, seq("g1"), "g1");
    assertFinding(r, Invariant.POSTING_SHAPE, seq("g1"), "g1");
  }

  @Test
  void aChangedRecord_isCaughtByTheChainAndTheReplay() {
    change("g1", e -> StoredRows.withRecords(e, rec -> rec instanceof ManufacturerRecord m
        ? new ManufacturerRecord(m.program(), m.manufacturer(), 300_000, m.committed()) : rec));
    VerificationReport r = ledger.verify();
    assertFinding(r, Invariant.HASH_CHAIN, seq("g1"), "g1");
    assertFinding(r, Invariant.RECORD_MATCHES_JOURNAL, seq("g1"), "g1");
  }

  @Test
  void aDeletedEntry_leavesAGap_andABrokenLink() {
    long at = seq("r2");
    tamper(rows -> {
      rows.remove((int) at - 1);
      return rows;
    });
    VerificationReport r = ledger.verify();
    assertFinding(r, Invariant.SEQUENCE_CONTIGUOUS, at + 1, "rv1");
    assertFinding(r, Invariant.HASH_CHAIN, at + 1, "rv1");
  }

  @Test
  void aRepeatedId_isCaught() {
    long at = seq("a1");
    tamper(rows -> {
      rows.set((int) at - 1, StoredRows.withId(rows.get((int) at - 1), "k1"));
      return StoredRows.resealFrom(rows, (int) at - 1);
    });
    VerificationReport r = ledger.verify();
    assertFinding(r, Invariant.ID_UNIQUE, at, "k1");
  }

  @Test
  void aTruncatedTail_isCaughtAgainstASignedCheckpoint() throws Exception {
    KeyPair office = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    VerificationReport before = ledger.verify();
    SignedCheckpoint head =
        SignedCheckpoint.sign(before, "test ledger", Instant.EPOCH, office.getPrivate());
    VerifyOptions options =
        VerifyOptions.defaults().withoutStoreViews().withCheckpoints(office.getPublic(),
            List.of(head));
    assertTrue(ledger.verify(options).clean());

    long last = store.headSequence();
    tamper(rows -> new ArrayList<>(rows.subList(0, rows.size() - 2)));
    VerificationReport truncated = ledger.verify(options);
    assertTrue(truncated.findings(Invariant.HASH_CHAIN).isEmpty(), "the chain alone is whole");
    assertFinding(truncated, Invariant.CHECKPOINT_EXTENDED, last, "");
  }

  @Test
  void aRewrittenTailWithRecomputedHashes_isCaughtAgainstASignedCheckpoint() throws Exception {
    KeyPair office = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    SignedCheckpoint head =
        SignedCheckpoint.sign(ledger.verify(), "test ledger", Instant.EPOCH, office.getPrivate());
    long at = seq("r1");
    tamper(rows -> {
      rows.set((int) at - 1, StoredRows.withReference(rows.get((int) at - 1), "note", "rewritten"));
      return StoredRows.resealFrom(rows, (int) at - 1);
    });
    VerificationReport withoutCheckpoint = ledger.verify(VerifyOptions.defaults()
        .withoutStoreViews());
    assertTrue(withoutCheckpoint.clean(), "recomputed hashes fool the chain alone");
    VerificationReport r = ledger.verify(VerifyOptions.defaults().withoutStoreViews()
        .withCheckpoints(office.getPublic(), List.of(head)));
    assertFinding(r, Invariant.CHECKPOINT_EXTENDED, store.headSequence(), "s1");
  }

  @Test
  void aCheckpointNotSignedByTheOffice_provesNothing() throws Exception {
    KeyPair office = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    KeyPair other = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    SignedCheckpoint forged =
        SignedCheckpoint.sign(ledger.verify(), "test ledger", Instant.EPOCH, other.getPrivate());
    VerificationReport r = ledger.verify(
        VerifyOptions.defaults().withCheckpoints(office.getPublic(), List.of(forged)));
    assertEquals(1, r.findings(Invariant.CHECKPOINT_EXTENDED).size());
  }

  @Test
  void theStoreServingWhatItsJournalDoesNotSay_isAFinding() {
    change("g1", e -> StoredRows.withRecords(e, rec -> rec));
    assertTrue(ledger.verify().clean(), "an unchanged copy is no tamper");
    // the reversal wrote M1's latest version
    change("rv1", e -> StoredRows.withRecords(e, rec -> rec instanceof ManufacturerRecord m
        ? new ManufacturerRecord(m.program(), m.manufacturer(), 1, m.committed()) : rec));
    VerificationReport r = ledger.verify();
    assertFalse(r.findings(Invariant.STORE_VIEW_MATCHES).isEmpty(), r::toText);
  }

  @Test
  void aChangedPolicy_isCaughtAtTheProgramsDefinition() {
    long definition = seq("program:" + ProgramPresets.INDUSTRIAL_PAVILION_2022.value());
    change("program:" + ProgramPresets.INDUSTRIAL_PAVILION_2022.value(),
        e -> StoredRows.withRecords(e, rec -> {
          ProgramRecord p = (ProgramRecord) rec;
          Program program = p.program();
          return new ProgramRecord(new Program(program.id(), program.name(),
              program.policy().toBuilder().grantCap(400_000).build()), p.definedBy());
        }));
    VerificationReport r = ledger.verify();
    assertFinding(r, Invariant.HASH_CHAIN, definition,
        "program:" + ProgramPresets.INDUSTRIAL_PAVILION_2022.value());
    assertFalse(r.findings(Invariant.POLICY_UNCHANGED).isEmpty(), r::toText);
  }

  @Test
  void anEntrySlippedInTheMiddle_isNamed_andSoIsTheEntryItDisplaced() {
    long at = seq("g1");
    tamper(rows -> {
      List<RawEntry> out = new ArrayList<>(rows.subList(0, (int) at));
      RawEntry copy = StoredRows.withId(rows.get((int) at - 1), "slipped-in");
      out.add(StoredRows.placed(copy, at + 1, rows.get((int) at - 1).hash(),
          rows.get((int) at - 1).hash()));
      for (RawEntry e : rows.subList((int) at, rows.size())) {
        out.add(StoredRows.placed(e, e.sequence() + 1, e.previousHash(), e.hash()));
      }
      return out;
    });
    VerificationReport r = ledger.verify();
    assertFinding(r, Invariant.HASH_CHAIN, at + 1, "slipped-in");
    assertFinding(r, Invariant.GRANT_WITHIN_CAP, at + 1, "slipped-in");
    assertFinding(r, Invariant.HASH_CHAIN, at + 2, "r1");
  }

  @Test
  void theReport_rendersAsTextAndJson() throws Exception {
    change("r1", e -> StoredRows.scaled(e, 2));
    VerificationReport r = ledger.verify();
    String text = r.toText();
    assertTrue(text.startsWith("points-ledger verification: "), text);
    assertTrue(text.contains("HASH_CHAIN"), text);
    assertTrue(text.contains("#" + seq("r1") + " [r1] HASH_CHAIN"), text);
    JsonNode json = new ObjectMapper().readTree(r.toJson());
    assertEquals(VerificationReport.JSON_FORMAT, json.get("format").asText());
    assertFalse(json.get("clean").asBoolean());
    assertEquals(r.entriesRead(), json.get("entriesRead").asLong());
    assertEquals(r.checked().get(Invariant.HASH_CHAIN),
        json.get("invariants").get("HASH_CHAIN").get("checked").asLong());
    assertEquals("r1", json.get("findings").get(0).get("entryId").asText());
    assertEquals(r.findings().size(), json.get("findings").size());
  }

  @Test
  void theReport_readsInTraditionalChinese_withItsNamesAndDetailsAsStored() {
    change("r1", e -> StoredRows.scaled(e, 2));
    VerificationReport r = ledger.verify();
    String zh = r.toText(Locale.TAIWAN);
    long findings = r.findings().size() + r.findingsOmitted();
    assertTrue(zh.startsWith("點數帳本驗證：" + findings + " 項異常\n"), zh);
    assertTrue(zh.contains("檢核項目"), zh);
    assertTrue(zh.contains("以雜湊值串接前一筆"), zh);
    assertTrue(zh.contains("#" + seq("r1") + " [r1] HASH_CHAIN"), zh);
    assertEquals(r.toText(), r.toText(Locale.ENGLISH));
    for (Invariant i : Invariant.values()) {
      assertTrue(zh.contains(i.name()), i::name);
      assertFalse(i.displayName(Locale.TAIWAN).equals(i.displayName(Locale.ENGLISH)), i::name);
    }
  }
}
