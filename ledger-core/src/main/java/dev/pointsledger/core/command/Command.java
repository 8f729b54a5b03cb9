package dev.pointsledger.core.command;

import dev.pointsledger.core.id.EntryId;
import dev.pointsledger.core.id.ProgramId;
import dev.pointsledger.core.journal.CanonicalDigest;
import dev.pointsledger.core.journal.EntryHash;

/** A request to change the ledger; see the package documentation. */
public sealed interface Command
    permits GrantPoints,
        PurchaseSolution,
        CancelContract,
        FileClaim,
        ApproveClaim,
        RejectClaim,
        SettleClaims,
        LapsePoints,
        ReverseEntry,
        RegisterVendor,
        SubmitSolution,
        ReviewSolution,
        CarryOverSolution,
        DefineProgram {

  /**
   * The command's id: the id of the entry it makes, and its idempotency key.
   *
   * @return the id
   */
  EntryId id();

  /**
   * The program the command acts in.
   *
   * @return the program's id
   */
  ProgramId program();

  /**
   * Adds every field of the command but its id to a digest, in a fixed order.
   *
   * @param digest the digest
   */
  void describeTo(CanonicalDigest digest);

  /**
   * The hash of the command's contents: a retry with the same id and the same fingerprint is the
   * same command; the same id with another fingerprint is refused. It is the SHA-256 of the
   * command type's tag ({@link CommandType#tag()}) and then {@link #describeTo}, in the canonical
   * encoding of {@link CanonicalDigest}; docs/model.md gives every command's fields in order.
   *
   * @return the SHA-256 of the command's canonical form
   */
  default EntryHash fingerprint() {
    CanonicalDigest d = CanonicalDigest.start().add(CommandType.of(this).tag());
    describeTo(d);
    return d.finish();
  }
}
