package dev.pointsledger.core.error;

/**
 * The store lost touch with its database while a unit of work was committing (or while it
 * waited for the commit to become durable), and could not find out afterwards whether the commit
 * happened: every command of the unit may have been applied, or none of them. A store never
 * applies part of a unit, and never reports an outcome it has not made durable.
 *
 * <p>Retrying is safe and settles it: submit the same commands with the same ids again (once
 * the database is back). A command that was applied replays its entry, one that was not is
 * decided and applied now; either way each id ends in exactly one entry. Until then, do not
 * report the commands as done, nor as failed.
 */
public final class LedgerOutcomeUnknownException extends LedgerStoreException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what failed and what is known, for a person
   * @param cause the underlying failure
   */
  public LedgerOutcomeUnknownException(String message, Throwable cause) {
    super(message, cause);
  }
}
