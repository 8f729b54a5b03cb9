package dev.pointsledger.core.query;

import dev.pointsledger.core.error.LedgerRejectedException;
import dev.pointsledger.core.error.Rejection;
import dev.pointsledger.core.error.RejectionCode;
import dev.pointsledger.core.id.ProgramId;
import dev.pointsledger.core.store.LedgerStore;

/** The checks every query makes of its program and its {@code asOf}. */
final class AsOf {
  private AsOf() {}

  static void check(LedgerStore store, ProgramId program, long asOf) {
    if (store.program(program).isEmpty()) {
      throw reject(RejectionCode.UNKNOWN_PROGRAM, "no program " + program + " is defined");
    }
    long head = store.headSequence();
    if (asOf < 0 || asOf > head) {
      throw reject(
          RejectionCode.SEQUENCE_OUT_OF_RANGE,
          "entry sequence " + asOf + " is outside the journal 0 .. " + head);
    }
  }

  static LedgerRejectedException reject(RejectionCode code, String message) {
    return new Rejection(code, message).toException();
  }
}
