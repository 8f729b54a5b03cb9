package dev.pointsledger.core.store;

/**
 * One stored posting, undecoded: the account as the store keeps its parts, and the amount. Nothing
 * is checked here; a verifier decides what is wrong with it.
 *
 * @param program the account's program id, as stored (may be null if unreadable)
 * @param accountType the account type's tag, as stored
 * @param holder the holder's id, as stored
 * @param contract the contract's id, empty for accounts not per contract
 * @param amount the signed amount
 */
public record RawPosting(
    String program, String accountType, String holder, String contract, long amount) {

  /**
   * The account as one line of text, {@code program/TYPE/holder[/contract]}, for findings.
   *
   * @return the account's text
   */
  public String accountText() {
    return program + "/" + accountType + "/" + holder
        + (contract == null || contract.isEmpty() ? "" : "/" + contract);
  }
}
