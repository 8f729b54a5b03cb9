package dev.pointsledger.core.command;

import static java.util.Objects.requireNonNull;

import dev.pointsledger.core.id.EntryId;
import dev.pointsledger.core.id.ProgramId;
import dev.pointsledger.core.journal.CanonicalDigest;
import dev.pointsledger.core.program.Program;

/**
 * Defines a program: its id, name and policy become a {@code PROGRAM_DEFINED} entry of the
 * journal, so the hash chain covers every setting the rules will ever read for the program.
 * Defining the same program again (under any id) replays its first definition; another name or
 * policy for a defined program is refused {@code PROGRAM_ALREADY_DEFINED}. {@link
 * dev.pointsledger.core.Ledger#defineProgram} runs this command with the id {@code
 * program:<program id>}.
 *
 * @param id the command's id
 * @param definition the program, with its policy
 */
public record DefineProgram(EntryId id, Program definition) implements Command {

  /**
   * Checks every field is present.
   *
   * @param id the command's id
   * @param definition the program, with its policy
   */
  public DefineProgram {
    requireNonNull(id, "id");
    requireNonNull(definition, "definition");
  }

  /**
   * The id {@link dev.pointsledger.core.Ledger#defineProgram} gives the definition of a program.
   *
   * @param program the program's id
   * @return {@code program:} followed by the program's id
   */
  public static EntryId idFor(ProgramId program) {
    return EntryId.of("program:" + program.value());
  }

  @Override
  public ProgramId program() {
    return definition.id();
  }

  @Override
  public void describeTo(CanonicalDigest d) {
    definition.describeTo(d);
  }
}
