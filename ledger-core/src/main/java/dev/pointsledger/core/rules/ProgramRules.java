package dev.pointsledger.core.rules;

import dev.pointsledger.core.command.DefineProgram;
import dev.pointsledger.core.error.RejectionCode;
import dev.pointsledger.core.journal.EntryType;
import dev.pointsledger.core.journal.JournalEntry;
import dev.pointsledger.core.program.Program;
import dev.pointsledger.core.state.ProgramRecord;
import dev.pointsledger.core.state.RecordKey;
import dev.pointsledger.core.store.Decision;
import dev.pointsledger.core.store.StateView;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Programs are defined once, as entries: the same definition again replays the first one, another
 * name or policy for the same id is refused.
 */
final class ProgramRules {
  private ProgramRules() {}

  static Decision define(DefineProgram c, StateView state, LocalDate today) {
    Program program = c.definition();
    Optional<ProgramRecord> defined =
        state.record(RecordKey.program(program.id()), ProgramRecord.class);
    if (defined.isPresent()) {
      if (!defined.get().program().equals(program)) {
        return alreadyDefined(program);
      }
      JournalEntry first =
          state
              .entry(defined.get().definedBy())
              .orElseThrow(
                  () ->
                      new IllegalStateException(
                          "program " + program.id() + " has no defining entry"));
      return new Decision.Replay(first);
    }
    return new Context(state, c, program, today)
        .accept(
            EntryType.PROGRAM_DEFINED,
            List.of(),
            Map.of(),
            List.of(new ProgramRecord(program, c.id())));
  }

  static Decision alreadyDefined(Program program) {
    return Context.refuse(
        RejectionCode.PROGRAM_ALREADY_DEFINED,
        "program "
            + program.id()
            + " is already defined with another name or policy; a program's policy never"
            + " changes, define a new program for new settings");
  }
}
