package dev.pointsledger.jdbc.internal;

import dev.pointsledger.core.id.EntryId;
import dev.pointsledger.core.journal.JournalEntry;
import dev.pointsledger.core.journal.Posting;
import dev.pointsledger.core.journal.RecordDigest;
import dev.pointsledger.core.journal.References;
import dev.pointsledger.core.state.RecordKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/** Reads journal entries, with their postings, by id, by the entry they reverse, or by range. */
public final class EntryQueries {
  private final JsonCodec json;
  private final String head;
  private final String byIds;
  private final String byReversed;
  private final String range;
  private final String postingsOf;
  private final String postingsBetween;
  private final String recordsOf;
  private final String recordsBetween;

  /**
   * Prepares the queries for a schema.
   *
   * @param sql the schema
   * @param json the codec of references
   */
  EntryQueries(SchemaSql sql, JsonCodec json) {
    this.json = json;
    // One index lookup per key: each key's rows come from a LATERAL subquery that OFFSET 0
    // keeps from being merged into a join. As a join (or as "= ANY(array)"), PostgreSQL plans
    // the keys as ten rows and may hash them against a scan of the whole table: measured, every
    // idempotency lookup of a batch scanned the journal (30 - 80 ms at 150,000 entries, growing
    // with it), and the read-back of postings and record versions likewise.
    String select = "SELECT " + EntryRow.COLUMNS + " FROM unnest(:ids::text[]) AS k(id)"
        + " CROSS JOIN LATERAL (SELECT * FROM ${schema}.entries x WHERE x.";
    String asOf = " AND x.seq <= :asOf OFFSET 0) e";
    head = sql.render("SELECT COALESCE(MAX(seq), 0) FROM ${schema}.entries");
    byIds = sql.render(select + "entry_id = k.id" + asOf);
    byReversed = sql.render(select + "reverses = k.id" + asOf);
    range =
        sql.render(
            "SELECT " + EntryRow.COLUMNS + " FROM ${schema}.entries e WHERE e.seq >= :from"
                + " ORDER BY e.seq LIMIT :limit");
    String bySeq = "unnest(:seqs::bigint[]) AS k(seq) CROSS JOIN LATERAL (SELECT * FROM ";
    String postings = "SELECT " + PostingRow.COLUMNS + " FROM ";
    postingsOf =
        sql.render(
            postings + bySeq + "${schema}.postings x WHERE x.seq = k.seq OFFSET 0) p"
                + " ORDER BY p.seq, p.position");
    postingsBetween =
        sql.render(
            postings
                + "${schema}.postings p WHERE p.seq BETWEEN :from AND :to"
                + " ORDER BY p.seq, p.position");
    String records = "SELECT r.seq, r.kind, r.body::text AS body FROM ";
    recordsOf =
        sql.render(
            records + bySeq + "${schema}.record_versions x WHERE x.seq = k.seq OFFSET 0) r");
    recordsBetween =
        sql.render(records + "${schema}.record_versions r WHERE r.seq BETWEEN :from AND :to");
  }

  /**
   * The sequence number of the last entry.
   *
   * @param h the handle
   * @return the head, 0 for an empty journal
   */
  public long head(Handle h) {
    return h.createQuery(head).mapTo(Long.class).one();
  }

  /**
   * Entries by id.
   *
   * @param h the handle
   * @param ids the ids
   * @return the entries found, by id
   */
  public Map<EntryId, JournalEntry> byIds(Handle h, Collection<EntryId> ids) {
    return byIds(h, ids, Long.MAX_VALUE);
  }

  /**
   * Entries by id, among the entries up to one.
   *
   * @param h the handle
   * @param ids the ids
   * @param asOf the last sequence number looked at
   * @return the entries found, by id
   */
  Map<EntryId, JournalEntry> byIds(Handle h, Collection<EntryId> ids, long asOf) {
    List<JournalEntry> found = withPostings(h, rows(h, byIds, ids, asOf));
    Map<EntryId, JournalEntry> byId = new HashMap<>();
    for (JournalEntry e : found) {
      byId.put(e.id(), e);
    }
    return byId;
  }

  /**
   * The entries that reverse entries, among the entries up to one.
   *
   * @param h the handle
   * @param targets the ids of the reversed entries
   * @param asOf the last sequence number looked at
   * @return the reversals found, by the id of the entry each reverses
   */
  Map<EntryId, JournalEntry> reversalsOf(
      Handle h, Collection<EntryId> targets, long asOf) {
    List<JournalEntry> found = withPostings(h, rows(h, byReversed, targets, asOf));
    Map<EntryId, JournalEntry> byTarget = new HashMap<>();
    for (JournalEntry e : found) {
      byTarget.put(EntryId.of(e.references().get(References.REVERSES)), e);
    }
    return byTarget;
  }

  /**
   * Entries in sequence order.
   *
   * @param h the handle
   * @param from the first sequence number
   * @param limit the most entries
   * @return the entries
   */
  public List<JournalEntry> range(Handle h, long from, int limit) {
    List<EntryRow> rows =
        h.createQuery(range)
            .bind("from", from)
            .bind("limit", limit)
            .map((rs, ctx) -> EntryRow.read(rs, json))
            .list();
    if (rows.isEmpty()) {
      return List.of();
    }
    long first = rows.get(0).sequence();
    long last = rows.get(rows.size() - 1).sequence();
    List<PostingRow> postings =
        h.createQuery(postingsBetween)
            .bind("from", first)
            .bind("to", last)
            .map((rs, ctx) -> PostingRow.read(rs))
            .list();
    Map<Long, List<RecordDigest>> records =
        digests(h.createQuery(recordsBetween).bind("from", first).bind("to", last));
    return attach(rows, postings, records);
  }

  private List<EntryRow> rows(Handle h, String query, Collection<EntryId> ids, long asOf) {
    if (ids.isEmpty()) {
      return List.of();
    }
    List<String> values = new ArrayList<>(ids.size());
    for (EntryId id : ids) {
      values.add(id.value());
    }
    return h.createQuery(query)
        .bindArray("ids", String.class, values)
        .bind("asOf", asOf)
        .map((rs, ctx) -> EntryRow.read(rs, json))
        .list();
  }

  private List<JournalEntry> withPostings(Handle h, List<EntryRow> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    List<Long> seqs = new ArrayList<>(rows.size());
    for (EntryRow row : rows) {
      seqs.add(row.sequence());
    }
    List<PostingRow> postings =
        h.createQuery(postingsOf)
            .bindArray("seqs", Long.class, seqs)
            .map((rs, ctx) -> PostingRow.read(rs))
            .list();
    Map<Long, List<RecordDigest>> records =
        digests(h.createQuery(recordsOf).bindArray("seqs", Long.class, seqs));
    return attach(rows, postings, records);
  }

  /**
   * The digests of the record versions a query returns, by the entry that wrote them, computed
   * from the stored bodies: an entry read back carries the digests of what is stored, so its hash
   * verifies only if every record version is as it was written.
   */
  private Map<Long, List<RecordDigest>> digests(Query query) {
    Map<Long, List<RecordDigest>> bySeq = new HashMap<>();
    for (StoredVersion v : query.map((rs, ctx) -> StoredVersion.read(rs, json)).list()) {
      bySeq.computeIfAbsent(v.sequence(), s -> new ArrayList<>(2)).add(v.digest());
    }
    return bySeq;
  }

  /** A record version's entry and the digest of its stored body. */
  private record StoredVersion(long sequence, RecordDigest digest) {
    static StoredVersion read(ResultSet rs, JsonCodec json) throws SQLException {
      RecordKind kind = RecordKind.fromTag(rs.getString("kind"));
      return new StoredVersion(
          rs.getLong("seq"), json.readRecord(kind, rs.getString("body")).digest());
    }
  }

  private static List<JournalEntry> attach(
      List<EntryRow> rows, List<PostingRow> postings, Map<Long, List<RecordDigest>> records) {
    Map<Long, List<Posting>> bySeq = new LinkedHashMap<>();
    for (PostingRow p : postings) {
      bySeq.computeIfAbsent(p.sequence(), s -> new ArrayList<>(2)).add(p.posting());
    }
    List<JournalEntry> entries = new ArrayList<>(rows.size());
    for (EntryRow row : rows) {
      entries.add(
          row.with(
              bySeq.getOrDefault(row.sequence(), List.of()),
              records.getOrDefault(row.sequence(), List.of())));
    }
    return entries;
  }
}
