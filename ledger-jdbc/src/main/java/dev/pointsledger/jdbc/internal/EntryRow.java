package dev.pointsledger.jdbc.internal;

import dev.pointsledger.core.id.EntryId;
import dev.pointsledger.core.id.ProgramId;
import dev.pointsledger.core.journal.EntryHash;
import dev.pointsledger.core.journal.EntryType;
import dev.pointsledger.core.journal.JournalEntry;
import dev.pointsledger.core.journal.Posting;
import dev.pointsledger.core.journal.RecordDigest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** One row of {@code entries}, before its postings and record digests are attached. */
record EntryRow(
    long sequence,
    EntryId id,
    EntryType type,
    ProgramId program,
    LocalDate businessDate,
    Instant recordedAt,
    Map<String, String> references,
    EntryHash commandFingerprint,
    EntryHash previousHash,
    EntryHash hash) {

  /** The columns {@link #read} expects, from {@code entries} aliased {@code e}. */
  static final String COLUMNS =
      "e.seq, e.entry_id, e.entry_type, e.program_id, e.business_date, e.recorded_at,"
          + " e.recorded_nano, e.refs::text AS refs, e.command_fingerprint, e.previous_hash,"
          + " e.hash";

  static EntryRow read(ResultSet rs, JsonCodec json) throws SQLException {
    OffsetDateTime at = rs.getObject("recorded_at", OffsetDateTime.class);
    return new EntryRow(
        rs.getLong("seq"),
        EntryId.of(rs.getString("entry_id")),
        EntryType.fromTag(rs.getString("entry_type")),
        ProgramId.of(rs.getString("program_id")),
        rs.getObject("business_date", LocalDate.class),
        Instant.ofEpochSecond(at.toEpochSecond(), rs.getInt("recorded_nano")),
        json.readReferences(rs.getString("refs")),
        EntryHash.of(rs.getBytes("command_fingerprint")),
        EntryHash.of(rs.getBytes("previous_hash")),
        EntryHash.of(rs.getBytes("hash")));
  }

  JournalEntry with(List<Posting> postings, List<RecordDigest> records) {
    return new JournalEntry(
        sequence,
        id,
        type,
        program,
        businessDate,
        recordedAt,
        postings,
        references,
        records,
        commandFingerprint,
        previousHash,
        hash);
  }
}
