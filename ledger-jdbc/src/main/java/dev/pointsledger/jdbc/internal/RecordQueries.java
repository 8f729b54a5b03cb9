package dev.pointsledger.jdbc.internal;

import dev.pointsledger.core.id.ProgramId;
import dev.pointsledger.core.state.LedgerRecord;
import dev.pointsledger.core.state.RecordKey;
import dev.pointsledger.core.state.RecordKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * Reads state records from {@code record_versions}: the latest version written at or before an
 * entry. Generic over {@link RecordKind}: the kind's name is a column, its Java type comes from
 * the kind.
 */
public final class RecordQueries {
  private final JsonCodec json;
  private final String latest;
  private final String ofKind;
  private final String ofKindAfter;

  /**
   * Prepares the queries for a schema.
   *
   * @param sql the schema
   * @param json the codec of record bodies
   */
  RecordQueries(SchemaSql sql, JsonCodec json) {
    this.json = json;
    latest =
        sql.render(
            "SELECT k.i, (SELECT r.body::text FROM ${schema}.record_versions r"
                + " WHERE r.kind = k.kind AND r.program_id = k.program_id"
                + " AND r.record_id = k.record_id AND r.seq <= :asOf"
                + " ORDER BY r.seq DESC LIMIT 1) AS body"
                + " FROM unnest(:kinds::text[], :programs::text[], :ids::text[]) WITH ORDINALITY"
                + " AS k(kind, program_id, record_id, i)");
    ofKind =
        sql.render(
            "SELECT DISTINCT ON (r.record_id) r.body::text AS body"
                + " FROM ${schema}.record_versions r"
                + " WHERE r.kind = :kind AND r.program_id = :program AND r.seq <= :asOf"
                + " ORDER BY r.record_id, r.seq DESC");
    // a page walks the primary key (kind, program_id, record_id, seq) from the last id on: first
    // the page's ids, in key order (an index-only scan that stops after the page), then each id's
    // latest version by one backward index lookup. DISTINCT ON (record_id) ... seq DESC had to
    // sort every version after the last id for each page: about a second a page at 300,000
    // manufacturers, so the verifier's paged comparison grew with the square of the records.
    ofKindAfter =
        sql.render(
            "SELECT v.body::text AS body"
                + " FROM (SELECT DISTINCT r.record_id FROM ${schema}.record_versions r"
                + " WHERE r.kind = :kind AND r.program_id = :program AND r.record_id > :after"
                + " AND r.seq <= :asOf ORDER BY r.record_id LIMIT :limit) AS ids"
                + " CROSS JOIN LATERAL (SELECT x.body FROM ${schema}.record_versions x"
                + " WHERE x.kind = :kind AND x.program_id = :program"
                + " AND x.record_id = ids.record_id AND x.seq <= :asOf"
                + " ORDER BY x.seq DESC LIMIT 1) AS v"
                + " ORDER BY ids.record_id");
  }

  /**
   * The latest versions of records as of an entry.
   *
   * @param h the handle
   * @param keys the records' keys
   * @param asOf the last sequence number; {@link Long#MAX_VALUE} for the newest
   * @return the records found, by key
   */
  public Map<RecordKey, LedgerRecord> latest(Handle h, Collection<RecordKey> keys, long asOf) {
    if (keys.isEmpty()) {
      return Map.of();
    }
    List<RecordKey> ordered = new ArrayList<>(keys);
    List<String> kinds = new ArrayList<>(ordered.size());
    List<String> programs = new ArrayList<>(ordered.size());
    List<String> ids = new ArrayList<>(ordered.size());
    for (RecordKey k : ordered) {
      kinds.add(k.kind().tag());
      programs.add(k.program().value());
      ids.add(k.id());
    }
    record Row(int index, String body) {}
    Map<RecordKey, LedgerRecord> found = new HashMap<>();
    h.createQuery(latest)
        .bindArray("kinds", String.class, kinds)
        .bindArray("programs", String.class, programs)
        .bindArray("ids", String.class, ids)
        .bind("asOf", asOf)
        .map((rs, ctx) -> new Row(rs.getInt("i"), rs.getString("body")))
        .forEach(
            row -> {
              if (row.body() != null) {
                RecordKey key = ordered.get(row.index() - 1);
                found.put(key, json.readRecord(key.kind(), row.body()));
              }
            });
    return found;
  }

  /**
   * Every record of a kind in a program as of an entry.
   *
   * @param h the handle
   * @param kind the kind
   * @param program the program
   * @param asOf the last sequence number
   * @return the latest version of each record, ordered by key
   */
  public List<LedgerRecord> ofKind(Handle h, RecordKind kind, ProgramId program, long asOf) {
    List<LedgerRecord> found =
        new ArrayList<>(
            h.createQuery(ofKind)
                .bind("kind", kind.tag())
                .bind("program", program.value())
                .bind("asOf", asOf)
                .map((rs, ctx) -> json.readRecord(kind, rs.getString("body")))
                .list());
    found.sort(Comparator.comparing(LedgerRecord::key));
    return found;
  }

  /**
   * A page of {@link #ofKind}: the records whose id comes after an id, ordered by id.
   *
   * @param h the handle
   * @param kind the kind
   * @param program the program
   * @param asOf the last sequence number
   * @param afterId the last id of the page before, or the empty string
   * @param limit the most records
   * @return the latest version of each record, ordered by id
   */
  public List<LedgerRecord> ofKindAfter(
      Handle h, RecordKind kind, ProgramId program, long asOf, String afterId, int limit) {
    return h.createQuery(ofKindAfter)
        .bind("kind", kind.tag())
        .bind("program", program.value())
        .bind("after", afterId)
        .bind("asOf", asOf)
        .bind("limit", limit)
        .map((rs, ctx) -> json.readRecord(kind, rs.getString("body")))
        .list();
  }
}
