package dev.pointsledger.core.command;

import static java.util.Objects.requireNonNull;

import dev.pointsledger.core.id.ContractId;
import dev.pointsledger.core.id.EntryId;
import dev.pointsledger.core.id.ProgramId;
import dev.pointsledger.core.id.Texts;
import dev.pointsledger.core.journal.CanonicalDigest;

/**
 * Cancels an active contract before its service ends, releasing its reserved points back to the
 * manufacturer.
 *
 * @param id the command's id
 * @param program the program
 * @param contract the contract
 * @param reason why, for the record
 */
public record CancelContract(EntryId id, ProgramId program, ContractId contract, String reason)
    implements Command {

  /**
   * Checks every field is present and every free text valid ({@link Texts}).
   *
   * @param id the command's id
   * @param program the program
   * @param contract the contract
   * @param reason why, for the record
   * @throws NullPointerException if a field is missing
   * @throws IllegalArgumentException if a text is too long, holds a control character or a lone
   *     surrogate
   */
  public CancelContract {
    requireNonNull(id, "id");
    requireNonNull(program, "program");
    requireNonNull(contract, "contract");
    Texts.check(reason, "reason");
  }

  @Override
  public void describeTo(CanonicalDigest d) {
    d.add(program.value()).add(contract.value()).add(reason);
  }
}
