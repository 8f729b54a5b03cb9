package dev.pointsledger.jdbc.internal;

import dev.pointsledger.core.id.EntryId;
import dev.pointsledger.core.journal.EntryDraft;
import dev.pointsledger.core.journal.EntryHash;
import dev.pointsledger.core.journal.JournalEntry;
import dev.pointsledger.core.journal.Posting;
import dev.pointsledger.core.journal.References;
import dev.pointsledger.core.state.LedgerRecord;
import dev.pointsledger.core.store.CommandProcessor;
import dev.pointsledger.core.store.Decision;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.Query;
import org.postgresql.core.BaseConnection;
import org.postgresql.core.TransactionState;

/**
 * The last step of a unit of work, and the only one that runs one transaction at a time: seal
 * the accepted entries after the chain's head, write them, commit.
 *
 * <p>The schema's {@code append_entries} function takes the chain lock, checks the head is the
 * one the entries were sealed after and writes everything; the chain lock is then held until the
 * commit. To seal after the right head without first asking for it, the store's threads take
 * turns here (a JVM-local lock) and remember the head their last commit left: with one JVM
 * writing, the append and its {@code COMMIT} go in one round trip, and the chain lock is held
 * only while the server runs them. When another JVM wrote meanwhile, the function returns the
 * actual head instead and writes nothing; the unit is run again, and the next appends are sent
 * alone, sealed again after the actual head if needed, and committed in a round trip of their
 * own, until the head this JVM remembers has been right for a while.
 *
 * <p>The commit of an append is asynchronous (set by the append statement itself, for this
 * transaction only): it releases the chain lock once the commit is written, not flushed, and the
 * writer then waits for the flush in {@link #awaitDurable}, outside every lock. A later
 * transaction that builds on these entries commits after them in the WAL, so it can never be
 * durable without them; and because every outcome is returned only after a synchronous commit
 * of the writer's own that comes later in the WAL, an outcome that depends on another writer's
 * unflushed entry (a replay, a refusal) is durable when it is returned too.
 */
final class JournalAppender {
  private final JsonCodec json;
  /**
   * How many appends go the careful way (append, then commit) after another writer was found to
   * have moved the head, before appends and commits travel together again.
   */
  private static final int CAREFUL_APPENDS = 64;

  private final String append;
  private final String appendAndCommit;
  private final String emit;
  private final String emitAndCommit;
  private final ReentrantLock turn = new ReentrantLock();
  private final StoreMetrics metrics;
  private Head known;
  private int carefulAppends;

  /** The chain's head: the last entry's sequence number and hash. */
  private record Head(long sequence, EntryHash hash) {}

  /**
   * What an append committed: the sealed entries and the id of the transaction that wrote them.
   *
   * @param entries the sealed entries by id, in sequence order
   * @param xid the transaction's id ({@code txid_current()}, with its epoch)
   */
  record Appended(Map<EntryId, JournalEntry> entries, long xid) {}

  /**
   * Thrown when the commit itself failed, or the wait for its durability: whether it happened
   * is unknown until {@link CommitResolver} asks.
   */
  static final class CommitFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Appended appended;

    CommitFailed(JdbiException cause, Appended appended) {
      super(cause.getMessage(), cause);
      this.appended = appended;
    }

    /** What the failed commit would have written, and its transaction's id. */
    Appended appended() {
      return appended;
    }
  }

  /**
   * Thrown when another writer (another JVM) moved the chain's head since this JVM's last append:
   * the append wrote nothing and its transaction has ended, so the unit of work is run again
   * (its decisions may rest on state the other writer changed).
   */
  static final class HeadMoved extends RuntimeException {
    private static final long serialVersionUID = 1L;

    HeadMoved() {
      super("another writer moved the chain's head; nothing was written", null, false, false);
    }
  }

  /**
   * Prepares the call for a schema.
   *
   * @param sql the schema
   * @param json the codec of references and records
   * @param metrics where the wait for the chain lock is reported
   */
  JournalAppender(SchemaSql sql, JsonCodec json, StoreMetrics metrics) {
    this.json = json;
    this.metrics = metrics;
    append =
        sql.render(
            // set_config(..., true) is SET LOCAL: only this transaction commits asynchronously
            "SELECT a.appended, a.head_seq, a.head_hash, txid_current() AS xid,"
                + " set_config('synchronous_commit', 'off', true)"
                + " FROM ${schema}.append_entries(:expectedSeq,"
                + " decode(:expectedHash, 'hex'), :ids::text[], :types::text[],"
                + " :programs::text[], :dates::date[], :micros::bigint[], :nanos::integer[],"
                + " :refs::text[], :reverses::text[], :fingerprints::text[], :hashes::text[],"
                + " :pEntries::integer[], :pPositions::integer[], :pPrograms::text[],"
                + " :pTypes::text[], :pHolders::text[], :pContracts::text[], :pAmounts::bigint[],"
                + " :rEntries::integer[], :rKinds::text[], :rPrograms::text[], :rIds::text[],"
                + " :rBodies::text[]) a");
    appendAndCommit = append + "; COMMIT";
    // a transactional logical message takes a transaction id and writes a WAL record, so the
    // commit that follows is a real one, synchronous as the session's synchronous_commit says
    // (on, remote_write, remote_apply): it waits for the WAL up to its own commit record. A
    // transaction that only reads (SELECT txid_current() included) commits without waiting.
    emit = "SELECT pg_logical_emit_message(true, 'points-ledger', '')";
    emitAndCommit = emit + "; COMMIT";
  }

  /**
   * Seals and writes accepted entries, in order, after the chain's head, and commits.
   *
   * <p>When this JVM's last append left the head it remembers (the usual case: one JVM writes),
   * the append and its {@code COMMIT} travel in one round trip (one multi-statement query), so
   * that the chain lock, taken inside {@code append_entries}, is held only while the server runs
   * the append and writes the commit record, never across a round trip to this JVM. If the head
   * moved meanwhile (another JVM appended), the function writes nothing, the {@code COMMIT} ends
   * a transaction that wrote nothing, and {@link HeadMoved} tells the runner to try the unit
   * again; the next appends then go the careful way for a while: the append alone, sealed again
   * after the actual head and called again if needed, still under the chain lock, then the
   * {@code COMMIT}.
   *
   * @param h the unit of work's handle, in its transaction, holding its footprint locks
   * @param accepted the accepted decisions, in the order they were made
   * @param processor the processor that seals entries
   * @param xid the transaction's id, read before (a failed round trip loses its answer)
   * @return the sealed entries and the transaction's id
   * @throws CommitFailed if the commit failed (the entries may or may not be in the journal)
   * @throws HeadMoved if another writer moved the head; nothing was written
   * @throws JdbiException if PostgreSQL reported an error: the transaction did not commit
   */
  Appended appendAndCommit(
      Handle h, List<Decision.Accept> accepted, CommandProcessor processor, long xid) {
    Content content = new Content(accepted);
    long waitStart = System.nanoTime();
    turn.lock();
    metrics.chainLockWaited(System.nanoTime() - waitStart);
    try {
      return known != null && carefulAppends == 0
          ? appendWithCommit(h, content, accepted, processor, xid)
          : appendThenCommit(h, content, accepted, processor, xid);
    } finally {
      turn.unlock();
    }
  }

  /** The append and its commit in one round trip, after the head this JVM left. */
  private Appended appendWithCommit(
      Handle h,
      Content content,
      List<Decision.Accept> accepted,
      CommandProcessor processor,
      long xid) {
    Sealed sealed = Sealed.after(known, accepted, processor);
    Appended appended = new Appended(sealed.entries(), xid);
    known = null;
    Answer answer;
    try {
      answer = call(h, content, sealed, appendAndCommit);
    } catch (JdbiException e) {
      if (reportedByServer(e) && inFailedTransaction(h)) {
        // PostgreSQL answered the append with an error and skipped the COMMIT after it: the
        // transaction is aborted and nothing of it is written; the runner handles it as any
        // failed statement. An error after the COMMIT ran (a cancel held back until the commit
        // was done, a server crash inside it, a driver failure reading the answer) leaves the
        // connection outside a transaction or closed, and only the resolver can tell.
        throw e;
      }
      throw new CommitFailed(e, appended);
    }
    // the server has ended the transaction; this only tells the handle (the driver sends
    // nothing for a connection that is no longer in a transaction)
    h.commit();
    known = answer.head();
    if (!answer.appended()) {
      carefulAppends = CAREFUL_APPENDS;
      throw new HeadMoved();
    }
    return appended;
  }

  /** The append, sealed again and called again if the head moved, then the commit. */
  private Appended appendThenCommit(
      Handle h,
      Content content,
      List<Decision.Accept> accepted,
      CommandProcessor processor,
      long xid) {
    Head expected = known != null ? known : new Head(0, EntryHash.GENESIS);
    Sealed sealed = Sealed.after(expected, accepted, processor);
    Answer answer = call(h, content, sealed, append);
    if (!answer.appended()) {
      if (known != null) {
        // another writer moved the head this JVM knew (not merely a head it did not know yet)
        carefulAppends = CAREFUL_APPENDS;
      }
      sealed = Sealed.after(answer.head(), accepted, processor);
      answer = call(h, content, sealed, append);
      if (!answer.appended()) {
        throw new IllegalStateException("the chain's head moved while its lock was held");
      }
    } else if (known != null && carefulAppends > 0) {
      carefulAppends--;
    }
    known = null;
    Appended appended = new Appended(sealed.entries(), xid);
    try {
      h.commit();
    } catch (JdbiException e) {
      throw new CommitFailed(e, appended);
    }
    known = answer.head();
    return appended;
  }

  /**
   * Whether the driver reports the handle's transaction as aborted and still open: the append
   * failed and the COMMIT sent after it in the same round trip was not run. Any other state, or
   * no answer, is treated as not known.
   */
  private static boolean inFailedTransaction(Handle h) {
    try {
      Connection c = h.getConnection();
      return !c.isClosed()
          && c.unwrap(BaseConnection.class).getTransactionState() == TransactionState.FAILED;
    } catch (SQLException | RuntimeException e) {
      return false;
    }
  }

  /**
   * Whether PostgreSQL itself reported a failure (an SQLSTATE that is not one of a lost
   * connection or a server shutting down): then the transaction did not commit. Anything else (a
   * broken connection, a failure with no SQLSTATE) leaves the commit's outcome unknown.
   */
  private static boolean reportedByServer(JdbiException e) {
    SqlFailures.Kind kind = SqlFailures.classify(e);
    return kind == SqlFailures.Kind.RETRY
        || kind == SqlFailures.Kind.ESCALATE
        || (kind == SqlFailures.Kind.OTHER && !SqlFailures.sqlState(e).isEmpty());
  }

  /**
   * Waits until everything committed so far is as durable as the database is configured to make
   * commits ({@code synchronous_commit} of the session): commits a transaction that writes a
   * logical message, which waits for the WAL up to its commit record and so past every earlier
   * commit. The appends commit asynchronously, so that the chain lock is not held through the
   * flush; this is where their writers wait for it instead, and PostgreSQL flushes for many
   * writers at once.
   *
   * @param h a handle in autocommit mode
   * @throws JdbiException if PostgreSQL fails
   */
  void awaitDurable(Handle h) {
    h.createQuery(emit).mapTo(String.class).one();
  }

  /**
   * Commits a unit of work that appends nothing, synchronously, in one round trip: its outcomes
   * (replays, refusals) may rest on an entry another writer committed asynchronously and has not
   * flushed yet, and they are returned only once that is durable. The logical message makes this
   * commit wait for the WAL (see {@link #awaitDurable}); the {@code COMMIT} travels with it.
   *
   * @param h the unit of work's handle, in its transaction
   * @throws JdbiException if PostgreSQL fails (nothing of the unit is written either way)
   */
  void commitDurably(Handle h) {
    h.createUpdate(emitAndCommit).execute();
    // the server has ended the transaction; this only tells the handle (the driver sends
    // nothing for a connection that is no longer in a transaction)
    h.commit();
  }

  /** What the function answered, and the transaction's id. */
  private record Answer(boolean appended, Head head, long xid) {}

  private Answer call(Handle h, Content content, Sealed sealed, String sql) {
    return content
        .bindTo(h.createQuery(sql))
        .bind("expectedSeq", sealed.after().sequence())
        .bind("expectedHash", sealed.after().hash().hex())
        .bind("micros", sealed.micros())
        .bind("nanos", sealed.nanos())
        .bind("hashes", sealed.hashes())
        .map(
            (rs, ctx) ->
                new Answer(
                    rs.getBoolean("appended"),
                    new Head(rs.getLong("head_seq"), EntryHash.of(rs.getBytes("head_hash"))),
                    rs.getLong("xid")))
        .one();
  }

  /**
   * The accepted entries sealed after a head, and the columns that depend on the sealing.
   *
   * @param after the head they follow
   * @param entries the sealed entries by id, in sequence order
   * @param micros the recording times' microseconds since the epoch, as an array literal
   * @param nanos the recording times' nanoseconds of the second, as an array literal
   * @param hashes the hashes, as an array literal of hex text
   */
  private record Sealed(
      Head after, Map<EntryId, JournalEntry> entries, String micros, String nanos, String hashes) {
    static Sealed after(Head head, List<Decision.Accept> accepted, CommandProcessor processor) {
      Map<EntryId, JournalEntry> entries = new LinkedHashMap<>();
      ArrayLiteral micros = new ArrayLiteral(accepted.size());
      ArrayLiteral nanos = new ArrayLiteral(accepted.size());
      ArrayLiteral hashes = new ArrayLiteral(accepted.size());
      long sequence = head.sequence();
      EntryHash previous = head.hash();
      for (Decision.Accept a : accepted) {
        JournalEntry entry = processor.seal(a.entry(), ++sequence, previous);
        previous = entry.hash();
        entries.put(entry.id(), entry);
        Instant at = entry.recordedAt();
        micros.add(
            Math.addExact(
                Math.multiplyExact(at.getEpochSecond(), 1_000_000L), at.getNano() / 1_000));
        nanos.add(at.getNano());
        hashes.add(entry.hash().hex());
      }
      return new Sealed(head, entries, micros.build(), nanos.build(), hashes.build());
    }
  }

  /** The columns that do not depend on where the entries are sealed, encoded before the lock. */
  private final class Content {
    private final String ids;
    private final String types;
    private final String programs;
    private final String dates;
    private final String refs;
    private final String reverses;
    private final String fingerprints;
    private final String pEntries;
    private final String pPositions;
    private final String pPrograms;
    private final String pTypes;
    private final String pHolders;
    private final String pContracts;
    private final String pAmounts;
    private final String rEntries;
    private final String rKinds;
    private final String rPrograms;
    private final String rIds;
    private final String rBodies;

    Content(List<Decision.Accept> accepted) {
      int n = accepted.size();
      ArrayLiteral ids = new ArrayLiteral(n);
      ArrayLiteral types = new ArrayLiteral(n);
      ArrayLiteral programs = new ArrayLiteral(n);
      ArrayLiteral dates = new ArrayLiteral(n);
      ArrayLiteral refs = new ArrayLiteral(n);
      ArrayLiteral reverses = new ArrayLiteral(n);
      ArrayLiteral fingerprints = new ArrayLiteral(n);
      ArrayLiteral pEntries = new ArrayLiteral(2 * n);
      ArrayLiteral pPositions = new ArrayLiteral(2 * n);
      ArrayLiteral pPrograms = new ArrayLiteral(2 * n);
      ArrayLiteral pTypes = new ArrayLiteral(2 * n);
      ArrayLiteral pHolders = new ArrayLiteral(2 * n);
      ArrayLiteral pContracts = new ArrayLiteral(2 * n);
      ArrayLiteral pAmounts = new ArrayLiteral(2 * n);
      ArrayLiteral rEntries = new ArrayLiteral(n);
      ArrayLiteral rKinds = new ArrayLiteral(n);
      ArrayLiteral rPrograms = new ArrayLiteral(n);
      ArrayLiteral rIds = new ArrayLiteral(n);
      ArrayLiteral rBodies = new ArrayLiteral(n);
      int entry = 0;
      for (Decision.Accept a : accepted) {
        EntryDraft d = a.entry();
        entry++;
        ids.add(d.id().value());
        types.add(d.type().tag());
        programs.add(d.program().value());
        dates.add(d.businessDate().toString());
        refs.add(json.write(d.references()));
        reverses.add(d.references().get(References.REVERSES));
        fingerprints.add(d.commandFingerprint().hex());
        int position = 0;
        for (Posting p : d.postings()) {
          pEntries.add(entry);
          pPositions.add(position++);
          pPrograms.add(p.account().program().value());
          pTypes.add(p.account().type().tag());
          pHolders.add(p.account().holder());
          pContracts.add(p.account().contract());
          pAmounts.add(p.amount());
        }
        for (LedgerRecord r : a.records()) {
          rEntries.add(entry);
          rKinds.add(r.key().kind().tag());
          rPrograms.add(r.key().program().value());
          rIds.add(r.key().id());
          rBodies.add(json.write(r));
        }
      }
      this.ids = ids.build();
      this.types = types.build();
      this.programs = programs.build();
      this.dates = dates.build();
      this.refs = refs.build();
      this.reverses = reverses.build();
      this.fingerprints = fingerprints.build();
      this.pEntries = pEntries.build();
      this.pPositions = pPositions.build();
      this.pPrograms = pPrograms.build();
      this.pTypes = pTypes.build();
      this.pHolders = pHolders.build();
      this.pContracts = pContracts.build();
      this.pAmounts = pAmounts.build();
      this.rEntries = rEntries.build();
      this.rKinds = rKinds.build();
      this.rPrograms = rPrograms.build();
      this.rIds = rIds.build();
      this.rBodies = rBodies.build();
    }

    Query bindTo(Query q) {
      return q.bind("ids", ids)
          .bind("types", types)
          .bind("programs", programs)
          .bind("dates", dates)
          .bind("refs", refs)
          .bind("reverses", reverses)
          .bind("fingerprints", fingerprints)
          .bind("pEntries", pEntries)
          .bind("pPositions", pPositions)
          .bind("pPrograms", pPrograms)
          .bind("pTypes", pTypes)
          .bind("pHolders", pHolders)
          .bind("pContracts", pContracts)
          .bind("pAmounts", pAmounts)
          .bind("rEntries", rEntries)
          .bind("rKinds", rKinds)
          .bind("rPrograms", rPrograms)
          .bind("rIds", rIds)
          .bind("rBodies", rBodies);
    }
  }
}
