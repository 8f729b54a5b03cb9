package dev.pointsledger.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pointsledger.core.Ledger;
import dev.pointsledger.core.audit.Invariant;
import dev.pointsledger.core.audit.SignedCheckpoint;
import dev.pointsledger.core.audit.VerificationReport;
import dev.pointsledger.core.audit.VerifyOptions;
import dev.pointsledger.core.sample.ActivityBatch;
import dev.pointsledger.core.sample.ActivityClock;
import dev.pointsledger.core.sample.ActivityGenerator;
import dev.pointsledger.core.store.RawEntry;
import dev.pointsledger.core.testing.StoredRows;
import dev.pointsledger.jdbc.testing.TestLedgers;
import dev.pointsledger.jdbc.testing.TestServer;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A rogue administrator on PostgreSQL: a superuser with the triggers off ({@code SET
 * session_replication_role = replica}) edits the stored journal of a generated ledger, and the
 * verifier names the entry for every kind of tamper: amounts changed (balanced and not), a
 * reference, a state record, a program's policy, an entry deleted, one slipped in the middle, one
 * forged at the end, and, against a checkpoint the office signed, a truncated tail and a tail
 * rewritten with recomputed hashes. On an untouched ledger of the generator's size it finds
 * nothing.
 */
class TamperingCaughtTest {
  private static final int MANUFACTURERS = 40;

  private static Ledger generated(PostgresLedgerStore store, int manufacturers, long seed) {
    ActivityGenerator activity = ActivityGenerator.of(manufacturers, seed);
    ActivityClock clock = ActivityClock.at(activity.summary().firstDay());
    Ledger ledger = Ledger.on(store, clock);
    for (ActivityBatch batch : activity.batches(1_000)) {
      clock.setDay(batch.day());
      ledger.submitAll(batch.commands());
    }
    return ledger;
  }

  /** A fresh generated ledger, verified clean before anything is changed. */
  private static Ledger cleanLedger(PostgresLedgerStore store) {
    Ledger ledger = generated(store, MANUFACTURERS, 11);
    VerificationReport before = ledger.verify();
    assertTrue(before.clean(), before::toText);
    return ledger;
  }

  /** Runs statements as the superuser with every trigger off. */
  private static void asRogueAdmin(TestServer server, String... statements) throws SQLException {
    List<String> all = new ArrayList<>();
    all.add("SET session_replication_role = replica");
    all.addAll(List.of(statements));
    all.add("SET session_replication_role = origin");
    TestLedgers.sql(server.dataSource(), all.toArray(String[]::new));
  }

  private static long number(TestServer server, String query) throws SQLException {
    try (Connection c = server.dataSource().getConnection();
        PreparedStatement s = c.prepareStatement(query);
        ResultSet rs = s.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static String idAt(PostgresLedgerStore store, long seq) {
    return store.rawEntries(seq, 1).get(0).id();
  }

  private static long firstOf(TestServer server, PostgresLedgerStore store, String type)
      throws SQLException {
    return number(
        server,
        "SELECT min(seq) FROM " + store.schema() + ".entries WHERE entry_type = '" + type + "'");
  }

  private static void assertNamed(VerificationReport r, Invariant i, long seq, String id) {
    assertTrue(
        r.findings(i).stream().anyMatch(f -> f.sequence() == seq && f.entryId().equals(id)),
        () -> "expected " + i + " at #" + seq + " [" + id + "]:\n" + r.toText());
  }

  /** Stores the hash (and the previous hash) a row's content has, as a forger who knows how. */
  private static void reseal(TestServer server, PostgresLedgerStore store, long from)
      throws SQLException {
    byte[] previous = store.rawEntries(from - 1, 1).get(0).hash();
    for (RawEntry e : store.rawEntries(from, Integer.MAX_VALUE)) {
      RawEntry placed = StoredRows.placed(e, e.sequence(), previous, e.hash());
      byte[] hash = StoredRows.hashOf(placed).toBytes();
      try (Connection c = server.dataSource().getConnection();
          PreparedStatement s =
              c.prepareStatement(
                  "UPDATE " + store.schema() + ".entries SET previous_hash = ?, hash = ?"
                      + " WHERE seq = ?")) {
        c.createStatement().execute("SET session_replication_role = replica");
        s.setBytes(1, previous);
        s.setBytes(2, hash);
        s.setLong(3, e.sequence());
        s.executeUpdate();
        c.createStatement().execute("SET session_replication_role = origin");
      }
      previous = hash;
    }
  }

  private static KeyPair officeKeys() throws NoSuchAlgorithmException {
    return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
  }

  @ParameterizedTest
  @EnumSource(TestServer.class)
  void aChangedAmount_balancedOrNot_isNamed(TestServer server) throws SQLException {
    try (PostgresLedgerStore store = server.newStore()) {
      Ledger ledger = cleanLedger(store);
      long grant = firstOf(server, store, "GRANT");
      long reserve = firstOf(server, store, "RESERVE");
      String s = store.schema();
      asRogueAdmin(
          server,
          "UPDATE " + s + ".postings SET amount = amount * 2 WHERE seq = " + grant,
          "UPDATE " + s + ".postings SET amount = amount + 1 WHERE seq = " + reserve
              + " AND position = 1");
      VerificationReport r = ledger.verify();
      assertNamed(r, Invariant.HASH_CHAIN, grant, idAt(store, grant));
      assertNamed(r, Invariant.HASH_CHAIN, reserve, idAt(store, reserve));
      assertNamed(r, Invariant.ENTRY_BALANCED, reserve, idAt(store, reserve));
      assertEquals(store.headSequence(), r.entriesRead(), "it went on to the end");
    }
  }

  @ParameterizedTest
  @EnumSource(TestServer.class)
  void aChangedReference_aChangedRecord_andAChangedPolicy_areNamed(TestServer server)
      throws SQLException {
    try (PostgresLedgerStore store = server.newStore()) {
      Ledger ledger = cleanLedger(store);
      long grant = firstOf(server, store, "GRANT");
      long claim = firstOf(server, store, "CLAIM");
      long definition = firstOf(server, store, "PROGRAM_DEFINED");
      String s = store.schema();
      asRogueAdmin(
          server,
          // the claim filed by another vendor
          "UPDATE " + s + ".entries SET refs = jsonb_set(refs, '{vendor}', '\"someone else\"')"
              + " WHERE seq = " + claim,
          // a manufacturer granted more than the entry says
          "UPDATE " + s + ".record_versions"
              + " SET body = jsonb_set(body::jsonb, '{granted}', '199999')::json"
              + " WHERE kind = 'MANUFACTURER' AND seq = " + grant,
          // a cap of 400,000 points instead of 200,000 (R-D2)
          "UPDATE " + s + ".record_versions"
              + " SET body = jsonb_set(body::jsonb, '{program,policy,grantCap}', '400000')::json"
              + " WHERE kind = 'PROGRAM'");
      VerificationReport r = ledger.verify();
      assertNamed(r, Invariant.HASH_CHAIN, claim, idAt(store, claim));
      assertNamed(r, Invariant.CLAIM_AFTER_END_BY_VENDOR, claim, idAt(store, claim));
      assertNamed(r, Invariant.HASH_CHAIN, grant, idAt(store, grant));
      assertNamed(r, Invariant.RECORD_MATCHES_JOURNAL, grant, idAt(store, grant));
      assertNamed(r, Invariant.HASH_CHAIN, definition, idAt(store, definition));
    }
  }

  @ParameterizedTest
  @EnumSource(TestServer.class)
  void aDeletedEntry_andOneSlippedInTheMiddle_areNamed(TestServer server) throws SQLException {
    try (PostgresLedgerStore store = server.newStore()) {
      Ledger ledger = cleanLedger(store);
      String s = store.schema();
      long deleted = firstOf(server, store, "RESERVE");
      String after = idAt(store, deleted + 1);
      asRogueAdmin(
          server,
          "DELETE FROM " + s + ".postings WHERE seq = " + deleted,
          "DELETE FROM " + s + ".record_versions WHERE seq = " + deleted,
          "DELETE FROM " + s + ".entries WHERE seq = " + deleted);
      VerificationReport r = ledger.verify();
      assertNamed(r, Invariant.SEQUENCE_CONTIGUOUS, deleted + 1, after);
      assertNamed(r, Invariant.HASH_CHAIN, deleted + 1, after);
    }
    try (PostgresLedgerStore store = server.newStore()) {
      Ledger ledger = cleanLedger(store);
      String s = store.schema();
      long k = firstOf(server, store, "GRANT");
      String moved = idAt(store, k + 1);
      // make room after entry k, then slip in a second grant to the same manufacturer
      asRogueAdmin(
          server,
          "UPDATE " + s + ".entries SET seq = seq + 1000000000 WHERE seq > " + k,
          "UPDATE " + s + ".entries SET seq = seq - 999999999 WHERE seq > 1000000000",
          "UPDATE " + s + ".postings SET seq = seq + 1000000000 WHERE seq > " + k,
          "UPDATE " + s + ".postings SET seq = seq - 999999999 WHERE seq > 1000000000",
          "UPDATE " + s + ".record_versions SET seq = seq + 1000000000 WHERE seq > " + k,
          "UPDATE " + s + ".record_versions SET seq = seq - 999999999 WHERE seq > 1000000000",
          "INSERT INTO " + s + ".entries SELECT seq + 1, 'slipped-in', entry_type, program_id,"
              + " business_date, recorded_at, recorded_nano, refs, reverses,"
              + " command_fingerprint, hash, hash FROM " + s + ".entries WHERE seq = " + k,
          "INSERT INTO " + s + ".postings SELECT seq + 1, position, program_id, account_type,"
              + " holder, contract, amount FROM " + s + ".postings WHERE seq = " + k);
      VerificationReport r = ledger.verify();
      assertNamed(r, Invariant.HASH_CHAIN, k + 1, "slipped-in");
      assertNamed(r, Invariant.HASH_CHAIN, k + 2, moved);
    }
  }

  @ParameterizedTest
  @EnumSource(TestServer.class)
  void aForgedEntryAtTheEnd_withAValidHash_isNamedByItsShape(TestServer server)
      throws SQLException {
    try (PostgresLedgerStore store = server.newStore()) {
      Ledger ledger = cleanLedger(store);
      String s = store.schema();
      long settle = number(server, "SELECT max(seq) FROM " + s + ".entries"
          + " WHERE entry_type = 'SETTLE'");
      long head = store.headSequence();
      long forged = head + 1;
      // a payout straight from the program's pool to a vendor's paid account
      asRogueAdmin(
          server,
          "INSERT INTO " + s + ".entries SELECT " + forged + ", 'forged-payout', entry_type,"
              + " program_id, business_date, recorded_at, recorded_nano, refs, reverses,"
              + " command_fingerprint, hash, hash FROM " + s + ".entries WHERE seq = " + settle,
          "INSERT INTO " + s + ".postings SELECT " + forged + ", position, program_id,"
              + " CASE account_type WHEN 'PAYABLE' THEN 'PROGRAM_POOL' ELSE account_type END,"
              + " CASE account_type WHEN 'PAYABLE' THEN program_id ELSE holder END, contract,"
              + " amount FROM " + s + ".postings WHERE seq = " + settle);
      reseal(server, store, forged);
      VerificationReport r = ledger.verify();
      assertTrue(r.findings(Invariant.HASH_CHAIN).isEmpty(), r::toText);
      assertNamed(r, Invariant.POSTING_SHAPE, forged, "forged-payout");
    }
  }

  @ParameterizedTest
  @EnumSource(TestServer.class)
  void aTruncatedTail_andARewrittenTail_areNamedAgainstASignedCheckpoint(TestServer server)
      throws Exception {
    KeyPair office = officeKeys();
    try (PostgresLedgerStore store = server.newStore()) {
      Ledger ledger = cleanLedger(store);
      long head = store.headSequence();
      SignedCheckpoint published =
          SignedCheckpoint.sign(ledger.verify(), "tamper test", Instant.now(),
              office.getPrivate());
      VerifyOptions options =
          VerifyOptions.defaults().withCheckpoints(office.getPublic(), List.of(published));
      String s = store.schema();
      asRogueAdmin(
          server,
          "DELETE FROM " + s + ".postings WHERE seq > " + (head - 3),
          "DELETE FROM " + s + ".record_versions WHERE seq > " + (head - 3),
          "DELETE FROM " + s + ".entries WHERE seq > " + (head - 3));
      assertTrue(ledger.verify().clean(), "a truncated chain is still a chain");
      VerificationReport r = ledger.verify(options);
      assertEquals(1, r.findings().size(), r::toText);
      assertNamed(r, Invariant.CHECKPOINT_EXTENDED, head, "");
    }
    try (PostgresLedgerStore store = server.newStore()) {
      Ledger ledger = cleanLedger(store);
      long head = store.headSequence();
      SignedCheckpoint published =
          SignedCheckpoint.sign(ledger.verify(), "tamper test", Instant.now(),
              office.getPrivate());
      String s = store.schema();
      long settle = number(server, "SELECT max(seq) FROM " + s + ".entries"
          + " WHERE entry_type = 'SETTLE'");
      asRogueAdmin(
          server,
          "UPDATE " + s + ".entries SET refs = jsonb_set(refs, '{payout}', '\"ELSEWHERE-1\"')"
              + " WHERE seq = " + settle);
      reseal(server, store, settle);
      assertTrue(ledger.verify(VerifyOptions.defaults()).findings(Invariant.HASH_CHAIN)
          .isEmpty(), "recomputed hashes fool the chain alone");
      VerificationReport r = ledger.verify(
          VerifyOptions.defaults().withCheckpoints(office.getPublic(), List.of(published)));
      assertNamed(r, Invariant.CHECKPOINT_EXTENDED, head, idAt(store, head));
    }
  }

  @ParameterizedTest
  @EnumSource(TestServer.class)
  void rowsNoDecoderCouldRead_areFindingsNamingTheEntry_andTheVerifierGoesOn(TestServer server)
      throws SQLException {
    try (PostgresLedgerStore store = server.newStore()) {
      Ledger ledger = cleanLedger(store);
      String s = store.schema();
      long grant = firstOf(server, store, "GRANT");
      long reserve = firstOf(server, store, "RESERVE");
      long claim = firstOf(server, store, "CLAIM");
      asRogueAdmin(
          server,
          "UPDATE " + s + ".entries SET entry_type = 'TELEPORT' WHERE seq = " + grant,
          "UPDATE " + s + ".entries SET refs = '[1, 2]'::jsonb WHERE seq = " + reserve,
          "UPDATE " + s + ".record_versions SET body = '{\"nonsense\": true}'::json"
              + " WHERE seq = " + claim,
          "UPDATE " + s + ".postings SET account_type = 'NO_SUCH_TYPE' WHERE seq = " + claim);
      VerificationReport r = ledger.verify();
      assertNamed(r, Invariant.ROW_READABLE, grant, idAt(store, grant));
      assertNamed(r, Invariant.ROW_READABLE, reserve, idAt(store, reserve));
      assertNamed(r, Invariant.ROW_READABLE, claim, idAt(store, claim));
      assertEquals(store.headSequence(), r.entriesRead(), "it went on to the end");
    }
  }

  @Test
  void anUntouchedLedgerOfTheGeneratorsSize_isClean() {
    TestServer server = TestServer.EXTERNAL.available() ? TestServer.EXTERNAL : TestServer.EMBEDDED;
    try (PostgresLedgerStore store = server.newStore()) {
      Ledger ledger = generated(store, 1_000, 7);
      VerificationReport r = ledger.verify();
      assertTrue(r.clean(), r::toText);
      assertEquals(store.headSequence(), r.entriesRead());
      assertTrue(r.entriesRead() > 5_000, () -> r.entriesRead() + " entries");
    }
  }
}
