package dev.pointsledger.core.store;

import static java.util.Objects.requireNonNull;

import dev.pointsledger.core.state.LedgerRecord;
import java.util.Optional;

/**
 * One stored state record version, as the store keeps it: the key columns, the stored body, and
 * the body decoded by the store's own codec, or why it could not be.
 *
 * @param kind the record kind's tag, as stored
 * @param program the program id, as stored
 * @param id the record id, as stored
 * @param body the stored body (JSON on PostgreSQL; empty in memory, where the record object
 *     itself is what is stored)
 * @param decoded the body decoded, if the store's codec could
 * @param decodeError why the body could not be decoded, if it could not
 */
public record RawRecordVersion(
    String kind,
    String program,
    String id,
    String body,
    Optional<LedgerRecord> decoded,
    Optional<String> decodeError) {

  /**
   * Checks the parts are present.
   *
   * @param kind the record kind's tag, as stored
   * @param program the program id, as stored
   * @param id the record id, as stored
   * @param body the stored body (JSON on PostgreSQL; empty in memory, where the record object
 *     itself is what is stored)
   * @param decoded the body decoded, if the store's codec could
   * @param decodeError why the body could not be decoded, if it could not
   */
  public RawRecordVersion {
    requireNonNull(decoded, "decoded");
    requireNonNull(decodeError, "decodeError");
  }

  /**
   * A version whose body decoded.
   *
   * @param record the decoded record
   * @param body its stored body
   * @return the version, its key columns taken from the record
   */
  public static RawRecordVersion of(LedgerRecord record, String body) {
    var key = record.key();
    return new RawRecordVersion(
        key.kind().tag(), key.program().value(), key.id(), body, Optional.of(record),
        Optional.empty());
  }
}
