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
      throw reject(
          RejectionCode.SEQUENCE_OUT_OF_RANGE,
          "entry sequence " + sequence + " is outside the journal 0 .. " + head);
    }
  }

  static void checkProgram(LedgerStore store, ProgramId program) {
    if (store.program(program).isEmpty()) {
      throw reject(RejectionCode.UNKNOWN_PROGRAM, "no program " + program + " is defined");
    }
  }

  static LedgerRejectedException reject(RejectionCode code, String message) {
    return new Rejection(code, message).toException();
  }
}
