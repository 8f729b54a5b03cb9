package dev.pointsledger.jdbc.internal;

import dev.pointsledger.core.state.LedgerRecord;
import dev.pointsledger.core.state.RecordKind;
import dev.pointsledger.core.store.RawEntry;
import dev.pointsledger.core.store.RawPosting;
import dev.pointsledger.core.store.RawRecordVersion;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;

/**
 * Reads the stored journal as it is, for the verifier: every column as stored, nothing decoded
 * that need not be, and nothing about a row's content allowed to throw (a row that cannot be read
 * comes back with a problem). Three statements per page (entries, their postings, their record
 * versions), each read in one pass with plain JDBC.
 */
public final class RawJournalQueries {
  private final JsonCodec json;
  private final String entries;
  private final String postings;
  private final String records;

  /**
   * Prepares the statements for a schema.
   *
   * @param sql the schema
   * @param json the codec of references and record bodies
   */
  RawJournalQueries(SchemaSql sql, JsonCodec json) {
    this.json = json;
    entries =
        sql.render(
            // the date as days since 1970 and the instant's whole seconds, as the server
            // computes them: the driver need not parse a date and a timestamp for every row
            "SELECT e.seq, e.entry_id, e.entry_type, e.program_id,"
                + " e.business_date - DATE '1970-01-01' AS business_day,"
                + " floor(extract(epoch FROM e.recorded_at))::bigint AS recorded_second,"
                + " e.recorded_nano, e.refs::text AS refs, e.command_fingerprint,"
                + " e.previous_hash, e.hash FROM ${schema}.entries e WHERE e.seq >= ?"
                + " ORDER BY e.seq LIMIT ?");
    postings =
        sql.render(
            "SELECT p.seq, p.program_id, p.account_type, p.holder, p.contract, p.amount"
                + " FROM ${schema}.postings p WHERE p.seq BETWEEN ? AND ?"
                + " ORDER BY p.seq, p.position");
    records =
        sql.render(
            "SELECT r.seq, r.kind, r.program_id, r.record_id, r.body::text AS body"
                + " FROM ${schema}.record_versions r WHERE r.seq BETWEEN ? AND ?"
                + " ORDER BY r.seq, r.kind, r.program_id, r.record_id");
  }

  /**
   * Stored rows from a sequence number on.
   *
   * @param h the handle
   * @param from the first sequence number
   * @param limit the most rows
   * @return the rows, in sequence order
   * @throws SQLException if a statement fails
   */
  public List<RawEntry> range(Handle h, long from, int limit) throws SQLException {
    Connection c = h.getConnection();
    List<Row> rows = new ArrayList<>(Math.min(limit, 16_384));
    try (PreparedStatement s = c.prepareStatement(entries)) {
      s.setLong(1, from);
      s.setInt(2, limit);
      s.setFetchSize(Math.min(limit, 16_384));
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          rows.add(readEntry(rs));
        }
      }
    }
    if (rows.isEmpty()) {
      return List.of();
    }
    long first = rows.get(0).sequence;
    long last = rows.get(rows.size() - 1).sequence;
    Cursor cursor = new Cursor(rows);
    try (PreparedStatement s = c.prepareStatement(postings)) {
      s.setLong(1, first);
      s.setLong(2, last);
      s.setFetchSize(16_384);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          Row row = cursor.at(rs.getLong(1));
          if (row != null) {
            row.postings.add(
                new RawPosting(
                    rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                    rs.getLong(6)));
          }
        }
      }
    }
    cursor = new Cursor(rows);
    try (PreparedStatement s = c.prepareStatement(records)) {
      s.setLong(1, first);
      s.setLong(2, last);
      s.setFetchSize(16_384);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          Row row = cursor.at(rs.getLong(1));
          if (row != null) {
            row.records.add(
                readVersion(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
          }
        }
      }
    }
    List<RawEntry> raw = new ArrayList<>(rows.size());
    for (Row row : rows) {
      raw.add(row.toRaw());
    }
    return raw;
  }

  private RawRecordVersion readVersion(String kind, String program, String id, String body) {
    try {
      LedgerRecord r = json.readRecord(RecordKind.fromTag(kind), body);
      return new RawRecordVersion(kind, program, id, body, Optional.of(r), Optional.empty());
    } catch (RuntimeException e) {
      return new RawRecordVersion(
          kind, program, id, body, Optional.empty(), Optional.of(String.valueOf(e.getMessage())));
    }
  }

  private Row readEntry(ResultSet rs) throws SQLException {
    Row row = new Row();
    row.sequence = rs.getLong(1);
    row.id = rs.getString(2);
    row.type = rs.getString(3);
    row.program = rs.getString(4);
    try {
      long day = rs.getLong(5);
      row.businessDate = rs.wasNull() ? null : LocalDate.ofEpochDay(day);
    } catch (SQLException | RuntimeException e) {
      row.problems.add("the business date cannot be read: " + e.getMessage());
    }
    try {
      row.recordedSecond = rs.getLong(6);
      if (rs.wasNull()) {
        row.problems.add("the recorded instant cannot be read: it is missing");
      }
    } catch (SQLException | RuntimeException e) {
      row.problems.add("the recorded instant cannot be read: " + e.getMessage());
    }
    row.recordedNano = rs.getInt(7);
    String refs = rs.getString(8);
    try {
      Map<String, String> read = json.readReferences(refs);
      if (read == null) {
        throw new IllegalStateException("stored JSON is null");
      }
      row.references = new TreeMap<>(read);
    } catch (RuntimeException e) {
      row.references = new TreeMap<>();
      row.problems.add("the references are not a JSON object of strings: " + refs);
    }
    row.fingerprint = rs.getBytes(9);
    row.previousHash = rs.getBytes(10);
    row.hash = rs.getBytes(11);
    return row;
  }

  /** Walks the rows of a page in order, as the postings or versions of each come by. */
  private static final class Cursor {
    private final List<Row> rows;
    private int i;

    Cursor(List<Row> rows) {
      this.rows = rows;
    }

    /** The row with a sequence number, or null if the page has none (a stray row). */
    Row at(long seq) {
      while (i < rows.size() && rows.get(i).sequence < seq) {
        i++;
      }
      return i < rows.size() && rows.get(i).sequence == seq ? rows.get(i) : null;
    }
  }

  /** A row being read. */
  private static final class Row {
    long sequence;
    String id;
    String type;
    String program;
    LocalDate businessDate;
    long recordedSecond;
    int recordedNano;
    SortedMap<String, String> references = Collections.emptySortedMap();
    final List<RawPosting> postings = new ArrayList<>(2);
    final List<RawRecordVersion> records = new ArrayList<>(2);
    byte[] fingerprint;
    byte[] previousHash;
    byte[] hash;
    final List<String> problems = new ArrayList<>(0);

    RawEntry toRaw() {
      return new RawEntry(
          sequence, id, type, program, businessDate, recordedSecond, recordedNano, postings,
          references, records, fingerprint, previousHash, hash, problems);
    }
  }
}
