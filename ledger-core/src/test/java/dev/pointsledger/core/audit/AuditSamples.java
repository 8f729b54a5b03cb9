package dev.pointsledger.core.audit;

import static dev.pointsledger.core.StoreOf.storeOf;

import dev.pointsledger.core.Ledger;
import dev.pointsledger.core.audit.hledger.HledgerExport;
import dev.pointsledger.core.journal.References;
import dev.pointsledger.core.memory.InMemoryLedgerStore;
import dev.pointsledger.core.program.Program;
import dev.pointsledger.core.sample.ActivityBatch;
import dev.pointsledger.core.sample.ActivityClock;
import dev.pointsledger.core.sample.ActivityGenerator;
import dev.pointsledger.core.state.ManufacturerRecord;
import dev.pointsledger.core.state.ProgramRecord;
import dev.pointsledger.core.store.RawEntry;
import dev.pointsledger.core.store.RawPosting;
import dev.pointsledger.core.testing.StoredRows;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Prints the sample output of docs/audit.md: the report on a generated ledger (200
 * manufacturers, seed 7) as text and JSON, its signed checkpoint, and the findings of one tamper
 * of each kind, each on a fresh copy of the ledger verified against the checkpoint. Run with the
 * test classpath: {@code java -cp ... dev.pointsledger.core.audit.AuditSamples}.
 */
public final class AuditSamples {
  private static final Instant SIGNED = Instant.parse("2023-01-02T09:00:00Z");

  private AuditSamples() {}

  private static Ledger generated() {
    ActivityGenerator activity = ActivityGenerator.of(200, 7);
    ActivityClock clock = ActivityClock.at(activity.summary().firstDay());
    Ledger ledger = Ledger.inMemory(clock);
    for (ActivityBatch batch : activity.batches(1_000)) {
      clock.setDay(batch.day());
      ledger.submitAll(batch.commands());
    }
    return ledger;
  }

  private static int firstOf(List<RawEntry> rows, String type) {
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).type().equals(type)) {
        return i;
      }
    }
    throw new IllegalStateException("no " + type);
  }

  private static int lastOf(List<RawEntry> rows, String type) {
    for (int i = rows.size() - 1; i >= 0; i--) {
      if (rows.get(i).type().equals(type)) {
        return i;
      }
    }
    throw new IllegalStateException("no " + type);
  }

  private record Tamper(String name, UnaryOperator<List<RawEntry>> edit) {}

  /**
   * Prints the samples.
   *
   * @param args none
   * @throws Exception if the JDK has no Ed25519
   */
  public static void main(String[] args) throws Exception {
    KeyPair office = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    Ledger ledger = generated();
    VerificationReport clean = ledger.verify();
    SignedCheckpoint checkpoint =
        SignedCheckpoint.sign(clean, "industrial-pavilion-2022 ledger", SIGNED,
            office.getPrivate());
    System.out.println("=== clean, text");
    System.out.print(clean.toText());
    System.out.println("=== clean, JSON");
    System.out.println(clean.toJson());
    System.out.println("=== checkpoint");
    System.out.println(checkpoint.toJson(office.getPublic()));
    System.out.println("=== signed text");
    System.out.print(checkpoint.signedText());
    System.out.println("=== hledger");
    StringBuilder journal = new StringBuilder();
    HledgerExport.write(storeOf(ledger), journal);
    String[] lines = journal.toString().split("\n");
    System.out.println(String.join("\n", List.of(lines).subList(0, 13)));

    List<Tamper> tampers = List.of(
        new Tamper("a changed amount, balanced (a grant's two postings doubled)", rows -> {
          int i = firstOf(rows, "GRANT");
          rows.set(i, StoredRows.scaled(rows.get(i), 2));
          return rows;
        }),
        new Tamper("a changed amount, unbalanced (one posting of a purchase +1)", rows -> {
          int i = firstOf(rows, "RESERVE");
          RawEntry e = rows.get(i);
          List<RawPosting> p = new ArrayList<>(e.postings());
          RawPosting x = p.get(1);
          p.set(1, new RawPosting(x.program(), x.accountType(), x.holder(), x.contract(),
              x.amount() + 1));
          rows.set(i, StoredRows.withPostings(e, p));
          return rows;
        }),
        new Tamper("a changed reference (a claim's vendor)", rows -> {
          int i = firstOf(rows, "CLAIM");
          rows.set(i, StoredRows.withReference(rows.get(i), References.VENDOR, "99999999"));
          return rows;
        }),
        new Tamper("a changed state record (a manufacturer's granted points)", rows -> {
          int i = firstOf(rows, "GRANT");
          rows.set(i, StoredRows.withRecords(rows.get(i), r -> r instanceof ManufacturerRecord m
              ? new ManufacturerRecord(m.program(), m.manufacturer(), 150_000, m.committed())
              : r));
          return rows;
        }),
        new Tamper("a changed program policy (the cap 400,000)", rows -> {
          int i = firstOf(rows, "PROGRAM_DEFINED");
          rows.set(i, StoredRows.withRecords(rows.get(i), r -> {
            ProgramRecord p = (ProgramRecord) r;
            Program program = p.program();
            return new ProgramRecord(new Program(program.id(), program.name(),
                program.policy().toBuilder().grantCap(400_000).build()), p.definedBy());
          }));
          return rows;
        }),
        new Tamper("a deleted entry (the first purchase)", rows -> {
          rows.remove(firstOf(rows, "RESERVE"));
          return rows;
        }),
        new Tamper("an entry slipped in the middle (a second grant, renumbered after it)",
            rows -> {
              int i = firstOf(rows, "GRANT");
              List<RawEntry> out = new ArrayList<>(rows.subList(0, i + 1));
              RawEntry copy = StoredRows.withId(rows.get(i), "slipped-in");
              out.add(StoredRows.placed(copy, copy.sequence() + 1, rows.get(i).hash(),
                  rows.get(i).hash()));
              for (RawEntry e : rows.subList(i + 1, rows.size())) {
                out.add(StoredRows.placed(e, e.sequence() + 1, e.previousHash(), e.hash()));
              }
              return out;
            }),
        new Tamper("a forged entry at the end, its hash recomputed (a payout from the pool)",
            rows -> {
              RawEntry s = rows.get(lastOf(rows, "SETTLE"));
              List<RawPosting> p = new ArrayList<>();
              for (RawPosting x : s.postings()) {
                p.add(x.accountType().equals("PAYABLE")
                    ? new RawPosting(x.program(), "PROGRAM_POOL", x.program(), "", x.amount())
                    : x);
              }
              rows.add(StoredRows.withId(StoredRows.withPostings(s, p), "forged-payout"));
              return StoredRows.resealFrom(rows, rows.size() - 1);
            }),
        new Tamper("a truncated tail (the last 3 entries removed)",
            rows -> new ArrayList<>(rows.subList(0, rows.size() - 3))),
        new Tamper("a rewritten tail, hashes recomputed (the last payout's reference)", rows -> {
          int i = lastOf(rows, "SETTLE");
          rows.set(i, StoredRows.withReference(rows.get(i), References.PAYOUT, "ELSEWHERE-1"));
          return StoredRows.resealFrom(rows, i);
        }));
    VerifyOptions options =
        VerifyOptions.defaults().withCheckpoints(office.getPublic(), List.of(checkpoint));
    for (Tamper t : tampers) {
      Ledger copy = generated();
      ((InMemoryLedgerStore) storeOf(copy))
          .tamperWithStoredRows(rows -> t.edit().apply(new ArrayList<>(rows)));
      VerificationReport r = copy.verify(options);
      System.out.println("=== " + t.name());
      String text = r.toText();
      System.out.print(text.substring(0, text.indexOf('\n') + 1));
      System.out.print(text.substring(text.indexOf("findings:\n") + "findings:\n".length()));
      if (t.name().startsWith("a rewritten tail")) {
        System.out.println("=== its JSON");
        System.out.println(r.toJson());
      }
    }
  }
}
