package dev.pointsledger.core.query;

import dev.pointsledger.core.error.LedgerRejectedException;
import dev.pointsledger.core.error.Rejection;
import dev.pointsledger.core.error.RejectionCode;
import dev.pointsledger.core.id.ProgramId;
import dev.pointsledger.core.program.Program;
import dev.pointsledger.core.state.ProgramRecord;
import dev.pointsledger.core.state.RecordKey;
import dev.pointsledger.core.store.LedgerStore;

/** The checks a view makes of its sequence number and of the programs it is asked about. */
final class AsOf {
  private AsOf() {}

  static void checkSequence(LedgerStore store, long sequence) {
    long head = store.headSequence();
    if (sequence < 0 || sequence > head) {
      throw Rejection.of(RejectionCode.SEQUENCE_OUT_OF_RANGE, sequence, head).toException();
    }
  }

  /**
   * The program as of an entry: its definition's record, read as of that entry like every other
   * record, so a program defined later is unknown to the view.
   */
  static Program program(LedgerStore store, ProgramId program, long sequence) {
    return store
        .record(RecordKey.program(program), ProgramRecord.class, sequence)
        .map(ProgramRecord::program)
        .orElseThrow(() -> rejectAs(RejectionCode.UNKNOWN_PROGRAM, "asOf", program, sequence));
  }

  static LedgerRejectedException reject(RejectionCode code, Object... arguments) {
    return Rejection.of(code, arguments).toException();
  }

  static LedgerRejectedException rejectAs(
      RejectionCode code, String variant, Object... arguments) {
    return Rejection.variant(code, variant, arguments).toException();
  }
}
