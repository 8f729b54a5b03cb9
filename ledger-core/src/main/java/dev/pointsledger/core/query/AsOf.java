package dev.pointsledger.core.query;

import dev.pointsledger.core.error.LedgerRejectedException;
import dev.pointsledger.core.error.Rejection;
import dev.pointsledger.core.error.RejectionCode;
import dev.pointsledger.core.id.ProgramId;
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

  static void checkProgram(LedgerStore store, ProgramId program) {
    if (store.program(program).isEmpty()) {
      throw reject(RejectionCode.UNKNOWN_PROGRAM, program);
    }
  }

  static LedgerRejectedException reject(RejectionCode code, Object... arguments) {
    return Rejection.of(code, arguments).toException();
  }

  static LedgerRejectedException rejectAs(
      RejectionCode code, String variant, Object... arguments) {
    return Rejection.variant(code, variant, arguments).toException();
  }
}
