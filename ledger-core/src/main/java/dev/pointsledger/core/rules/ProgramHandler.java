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
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Programs are defined once, as entries ({@link DefineProgram}): the same definition again replays
 * the first one, another name or policy for the same id is refused.
 */
final class ProgramHandler implements CommandHandler<DefineProgram> {
  static final ProgramHandler DEFINE = new ProgramHandler();

  private ProgramHandler() {}

  @Override
  public Class<DefineProgram> type() {
    return DefineProgram.class;
  }

  /** Two definitions of one program are decided one after the other. */
  @Override
  public void footprint(DefineProgram c, Locks locks) {
    locks.name("program|" + c.program());
  }

  /** A definition brings its program: it is decided before the program exists. */
  @Override
  public Optional<Program> program(DefineProgram c, StateView state) {
    return Optional.of(c.definition());
  }

  @Override
  public boolean bounded() {
    return false;
  }

  @Override
  public Optional<Decision> idInUse(DefineProgram c, JournalEntry earlier) {
    if (earlier.type() == EntryType.PROGRAM_DEFINED && earlier.program().equals(c.program())) {
      return Optional.of(alreadyDefined(c.definition()));
    }
    // Ledger.defineProgram's id, program:<id>, taken by an entry of another kind: say how to
    // define the program all the same instead of asking for a new id the caller cannot choose
    return Optional.of(
        Context.refuseAs(
            RejectionCode.DUPLICATE_ID_DIFFERENT_CONTENT,
            "programId",
            c.id(),
            earlier.type(),
            earlier.businessDate(),
            c.program()));
  }

  @Override
  public Decision decide(DefineProgram c, Context ctx) {
    Program program = c.definition();
    StateView state = ctx.state();
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
    return ctx.accept(
        EntryType.PROGRAM_DEFINED,
        List.of(),
        Map.of(),
        List.of(new ProgramRecord(program, c.id())));
  }

  private static Decision alreadyDefined(Program program) {
    return Context.refuse(RejectionCode.PROGRAM_ALREADY_DEFINED, program.id());
  }
}
