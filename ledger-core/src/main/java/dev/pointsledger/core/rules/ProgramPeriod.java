package dev.pointsledger.core.rules;

import dev.pointsledger.core.error.RejectionCode;
import dev.pointsledger.core.error.Term;
import dev.pointsledger.core.program.ProgramPolicy;
import dev.pointsledger.core.store.Decision;
import java.time.LocalDate;

/** Whether a business day lies within the program's period. */
final class ProgramPeriod {
  private ProgramPeriod() {}

  static boolean contains(ProgramPolicy policy, LocalDate day) {
    return !day.isBefore(policy.programStart()) && !day.isAfter(policy.programEnd());
  }

  static Decision outside(String what, ProgramPolicy policy, LocalDate day) {
    return Context.refuse(
        RejectionCode.OUTSIDE_PROGRAM_PERIOD,
        Term.of(what),
        day,
        policy.programStart(),
        policy.programEnd());
  }
}
