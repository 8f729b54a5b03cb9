package dev.pointsledger.core.audit;

import static dev.pointsledger.core.audit.Invariant.CHECKPOINT_EXTENDED;
import static dev.pointsledger.core.audit.Invariant.HASH_CHAIN;
import static dev.pointsledger.core.audit.Invariant.ID_UNIQUE;
import static dev.pointsledger.core.audit.Invariant.POLICY_UNCHANGED;
import static dev.pointsledger.core.audit.Invariant.ROW_READABLE;
import static dev.pointsledger.core.audit.Invariant.SEQUENCE_CONTIGUOUS;
import static dev.pointsledger.core.audit.Invariant.STORE_VIEW_MATCHES;
import static java.util.Objects.requireNonNull;

import dev.pointsledger.core.audit.merkle.MerkleAccumulator;
import dev.pointsledger.core.id.ProgramId;
import dev.pointsledger.core.journal.EntryHash;
import dev.pointsledger.core.journal.RecordDigest;
import dev.pointsledger.core.program.Program;
import dev.pointsledger.core.state.LedgerRecord;
import dev.pointsledger.core.state.RecordKey;
import dev.pointsledger.core.state.RecordKind;
import dev.pointsledger.core.store.LedgerStore;
import dev.pointsledger.core.store.RawEntry;
import dev.pointsledger.core.store.RawRecordVersion;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The auditor's verifier: reads a store's journal as stored ({@link LedgerStore#rawEntries}),
 * page by page, trusting neither the code that wrote it nor the store's decoded views, and checks
 * every {@link Invariant}. It streams: its memory grows with the parties, contracts, claims and
 * accounts of the ledger, plus 32 bytes per entry id for the uniqueness check, never with the
 * entries' content. It never throws because of what it reads: a row that cannot be decoded is a
 * finding naming the entry, and it goes on with the next.
 *
 * <pre>{@code
 * VerificationReport report = LedgerVerifier.verify(store, VerifyOptions.defaults()
 *     .withCheckpoints(officeKey, published));
 * System.out.print(report.toText());
 * }</pre>
 *
 * <p>docs/audit.md explains each check.
 */
public final class LedgerVerifier {
  private static final RecordKind[] VIEWED_KINDS = RecordKind.values();

  private LedgerVerifier() {}

  /**
   * Verifies a store with every check and no checkpoints.
   *
   * @param store the store
   * @return the report
   * @throws dev.pointsledger.core.error.LedgerStoreException if the store cannot be read
   */
  public static VerificationReport verify(LedgerStore store) {
    return verify(store, VerifyOptions.defaults());
  }

  /**
   * Verifies a store.
   *
   * @param store the store
   * @param options the checkpoints to prove, the page size, whether to compare the store's views
   * @return the report
   * @throws dev.pointsledger.core.error.LedgerStoreException if the store cannot be read
   */
  public static VerificationReport verify(LedgerStore store, VerifyOptions options) {
    requireNonNull(store, "store");
    requireNonNull(options, "options");
    return new Run(store, options).run();
  }

  /**
   * The hash a stored row's content has, computed as the verifier does (the row's fields and the
   * digests of its decoded record bodies, in the canonical encoding of docs/model.md): what its
   * stored hash must be. A forger could compute it too; that is why checkpoints are signed.
   *
   * @param row the row
   * @return the hash, or empty if the row is not readable enough to have one (a record body that
   *     did not decode, no business date, a previous hash or fingerprint not of 32 bytes)
   */
  public static Optional<EntryHash> contentHash(RawEntry row) {
    List<RecordDigest> digests = new ArrayList<>(row.records().size());
    for (RawRecordVersion v : row.records()) {
      if (v.decoded().isEmpty()) {
        return Optional.empty();
      }
      digests.add(v.decoded().get().digest());
    }
    byte[] previous = row.previousHash();
    byte[] fingerprint = row.commandFingerprint();
    if (row.businessDate() == null || row.id() == null || previous == null
        || previous.length != 32 || fingerprint == null || fingerprint.length != 32) {
      return Optional.empty();
    }
    digests.sort(null);
    return Optional.of(
        RawHashing.hash(row, digests, EntryHash.of(previous), EntryHash.of(fingerprint)));
  }

  /** One verification's state. */
  private static final class Run {
    private final LedgerStore store;
    private final VerifyOptions options;
    private final Findings findings;
    private final IdIndex ids = new IdIndex();
    private final Replay replay;
    private final MerkleAccumulator tree = new MerkleAccumulator();
    private final List<SignedCheckpoint> checkpoints;
    private int nextCheckpoint;
    private long read;
    private long lastSequence;
    private String lastId = "";
    private byte[] lastHash = EntryHash.GENESIS.toBytes();

    Run(LedgerStore store, VerifyOptions options) {
      this.store = store;
      this.options = options;
      this.findings = new Findings(options.maxFindings());
      this.replay = new Replay(findings, ids, this::rowAt);
      PublicKey key = options.officeKey().orElse(null);
      List<SignedCheckpoint> trusted = new ArrayList<>();
      for (SignedCheckpoint c : options.checkpoints()) {
        if (findings.check(
            c.signatureValid(key), CHECKPOINT_EXTENDED, c.sequence(), "",
            () -> "the checkpoint of entry " + c.sequence() + " signed " + c.time()
                + " does not carry the office's signature; it proves nothing")) {
          trusted.add(c);
        }
      }
      trusted.sort(Comparator.comparingLong(SignedCheckpoint::sequence));
      this.checkpoints = trusted;
    }

    private Optional<RawEntry> rowAt(long sequence) {
      List<RawEntry> rows = store.rawEntries(sequence, 1);
      return rows.isEmpty() || rows.get(0).sequence() != sequence
          ? Optional.empty()
          : Optional.of(rows.get(0));
    }

    VerificationReport run() {
      while (checkpoints.size() > nextCheckpoint
          && checkpoints.get(nextCheckpoint).sequence() == 0) {
        checkAgainst(checkpoints.get(nextCheckpoint++));
      }
      // the next page is read while this one is checked (PageReader)
      try (PageReader pages = PageReader.start(store, options.pageSize())) {
        for (List<RawEntry> page = pages.next(); page != null; page = pages.next()) {
          for (RawEntry e : page) {
            try {
              entry(e);
            } catch (RuntimeException unexpected) {
              findings.failChecked(
                  ROW_READABLE, e.sequence(), e.id(),
                  "the entry could not be checked: " + unexpected);
            }
          }
        }
      }
      for (; nextCheckpoint < checkpoints.size(); nextCheckpoint++) {
        SignedCheckpoint c = checkpoints.get(nextCheckpoint);
        findings.failChecked(
            CHECKPOINT_EXTENDED, c.sequence(), "",
            "the office signed entry " + c.sequence() + " (hash " + c.headHash().hex()
                + "); the journal ends at entry " + lastSequence + ": its tail was removed");
      }
      try {
        replay.finish(lastSequence, lastId);
        if (options.compareStoreViews()) {
          compareViews();
        }
      } catch (RuntimeException unexpected) {
        findings.failChecked(
            STORE_VIEW_MATCHES, lastSequence, lastId,
            "the end-of-journal checks could not finish: " + unexpected);
      }
      return new VerificationReport(
          read,
          lastSequence,
          EntryHash.of(lastHash),
          tree.root(),
          findings.checkedCounts(),
          findings.failedCounts(),
          findings.kept(),
          findings.omitted());
    }

    private void entry(RawEntry e) {
      read++;
      long seq = e.sequence();
      String id = e.id();
      findings.check(
          seq == lastSequence + 1, SEQUENCE_CONTIGUOUS, seq, id,
          () -> seq > lastSequence + 1
              ? "entries " + (lastSequence + 1) + ".." + (seq - 1) + " are missing"
              : "sequence number " + seq + " follows " + lastSequence);
      for (String problem : e.problems()) {
        findings.failChecked(ROW_READABLE, seq, id, problem);
      }
      byte[] stored = hash32(e.hash(), seq, id, "hash");
      byte[] previous = hash32(e.previousHash(), seq, id, "previous hash");
      byte[] fingerprint = hash32(e.commandFingerprint(), seq, id, "command fingerprint");
      uniqueId(e);
      findings.check(
          previous != null && Arrays.equals(previous, lastHash), HASH_CHAIN, seq, id,
          () -> "its previous hash " + hex(e.previousHash()) + " is not the hash of the entry"
              + " before, " + hex(lastHash) + ": an entry was removed, slipped in or rewritten"
              + " before it");
      List<LedgerRecord> records = records(e);
      List<RecordDigest> digests = new ArrayList<>(records == null ? 0 : records.size());
      if (records != null) {
        for (LedgerRecord r : records) {
          digests.add(r.digest());
        }
      }
      if (records != null && stored != null && previous != null && fingerprint != null
          && e.businessDate() != null && id != null) {
        List<RecordDigest> sorted = new ArrayList<>(digests);
        sorted.sort(null);
        EntryHash computed =
            RawHashing.hash(e, sorted, EntryHash.of(previous), EntryHash.of(fingerprint));
        findings.check(
            Arrays.equals(computed.toBytes(), stored), HASH_CHAIN, seq, id,
            () -> "its content hashes to " + computed.hex() + ", not to its stored hash "
                + hex(stored) + ": the entry or a record it wrote was changed");
      } else {
        findings.failChecked(
            HASH_CHAIN, seq, id, "its hash cannot be recomputed: the row is not readable");
      }
      if (records != null) {
        replay.decode(e, records, digests).ifPresent(d -> replay.apply(e, d));
      }
      lastSequence = seq;
      lastId = id == null ? "" : id;
      lastHash = stored != null ? stored : new byte[32];
      tree.addEntryHash(lastHash);
      while (nextCheckpoint < checkpoints.size()
          && checkpoints.get(nextCheckpoint).sequence() <= seq) {
        checkAgainst(checkpoints.get(nextCheckpoint++));
      }
    }

    /** Compares the journal read so far with a checkpoint of its last entry or an earlier one. */
    private void checkAgainst(SignedCheckpoint c) {
      boolean atIt = c.sequence() == lastSequence && tree.size() == c.sequence();
      boolean same =
          atIt && Arrays.equals(lastHash, c.headHash().toBytes()) && tree.root().equals(
              c.rootHash());
      findings.check(
          same, CHECKPOINT_EXTENDED, c.sequence(), atIt ? lastId : "",
          () -> !atIt
              ? "the office signed entry " + c.sequence() + ", which the journal does not have"
                  + " in its place (entries missing or slipped in before it)"
              : "the office signed entry " + c.sequence() + " with hash " + c.headHash().hex()
                  + " and tree head " + c.rootHash().hex() + " at " + c.time()
                  + "; the journal has " + hex(lastHash) + " and " + tree.root().hex()
                  + ": entries up to it were rewritten");
    }

    private void uniqueId(RawEntry e) {
      if (e.id() == null) {
        findings.failChecked(ID_UNIQUE, e.sequence(), "", "the entry has no id");
        return;
      }
      long earlier = ids.putIfAbsent(e.id(), e.sequence());
      boolean duplicate = false;
      if (earlier != 0) {
        // the same 64-bit fingerprint: read the earlier entry to tell a repeat from a collision
        Optional<RawEntry> first = rowAt(earlier);
        duplicate = first.isEmpty() || e.id().equals(first.get().id());
      }
      findings.check(
          !duplicate, ID_UNIQUE, e.sequence(), e.id(),
          () -> "id " + e.id() + " is also the id of entry " + earlier);
    }

    private List<LedgerRecord> records(RawEntry e) {
      List<LedgerRecord> records = new ArrayList<>(e.records().size());
      boolean readable = true;
      for (RawRecordVersion v : e.records()) {
        if (v.decoded().isEmpty()) {
          readable = false;
          findings.failChecked(
              ROW_READABLE, e.sequence(), e.id(),
              "record " + v.kind() + "/" + v.program() + "/" + v.id() + " cannot be read: "
                  + v.decodeError().orElse("no body"));
          continue;
        }
        LedgerRecord r = v.decoded().get();
        RecordKey key = r.key();
        findings.check(
            key.kind().tag().equals(v.kind()) && key.program().value().equals(v.program())
                && key.id().equals(v.id()),
            ROW_READABLE, e.sequence(), e.id(),
            () -> "the record stored as " + v.kind() + "/" + v.program() + "/" + v.id()
                + " holds record " + key);
        records.add(r);
      }
      return readable ? records : null;
    }

    private byte[] hash32(byte[] h, long seq, String id, String what) {
      return findings.check(
          h != null && h.length == 32, ROW_READABLE, seq, id,
          () -> "its " + what + " is " + (h == null ? "missing" : h.length + " bytes, not 32"))
          ? h
          : null;
    }

    /** What the store answers to queries must be what its journal says. */
    private void compareViews() {
      long head = store.headSequence();
      findings.check(
          head == lastSequence, STORE_VIEW_MATCHES, lastSequence, lastId,
          () -> "the store's head is entry " + head + ", its journal's last row is "
              + lastSequence);
      if (head != lastSequence || head == 0) {
        return;
      }
      Map<ProgramId, Replay.ProgramState> defined = replay.programs();
      for (Program p : store.programs()) {
        Replay.ProgramState state = defined.get(p.id());
        findings.check(
            state != null && state.definition.program().equals(p), POLICY_UNCHANGED,
            lastSequence, lastId,
            () -> "the store serves program " + p.id() + " with a policy its definition entry "
                + (state == null ? "does not hold (no entry defines it)" : "does not hold"));
      }
      for (ProgramId program : defined.keySet()) {
        long served = 0;
        for (RecordKind kind : VIEWED_KINDS) {
          // page by page: a program's manufacturers or contracts in one list would not fit
          // the heap the journal is read in (300,000 manufacturers: about 150 MB)
          String after = "";
          while (true) {
            List<LedgerRecord> page =
                store.records(kind, program, head, after, options.pageSize());
            for (LedgerRecord r : page) {
              served++;
              findings.check(
                  replay.servedAsWritten(r), STORE_VIEW_MATCHES, lastSequence, lastId,
                  () -> "the store serves record " + r.key() + " unlike its latest version in"
                      + " the journal");
            }
            if (page.size() < options.pageSize()) {
              break;
            }
            after = page.get(page.size() - 1).key().id();
          }
        }
        long written = replay.recordsWritten(program);
        long servedAll = served;
        findings.check(
            servedAll == written, STORE_VIEW_MATCHES, lastSequence, lastId,
            () -> "the store serves " + servedAll + " records of program " + program
                + ", the journal wrote " + written);
      }
    }

    private static String hex(byte[] h) {
      return h == null ? "(none)" : com.google.common.io.BaseEncoding.base16().lowerCase()
          .encode(h);
    }
  }
}
