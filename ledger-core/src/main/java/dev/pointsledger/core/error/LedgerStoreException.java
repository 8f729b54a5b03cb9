package dev.pointsledger.core.error;

/**
 * The store could not complete a unit of work (connection lost, server stopped, retries
 * exhausted). Nothing of the unit of work was written: a store either appends a whole entry or
 * nothing, so the caller may retry the same command with the same id safely.
 *
 * <p>The one exception is {@link LedgerOutcomeUnknownException}: the store lost touch with its
 * database while the unit of work was committing and could not find out whether the commit
 * happened. Retrying the same commands is safe then too.
 */
public sealed class LedgerStoreException extends LedgerException
    permits LedgerOutcomeUnknownException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what failed, for a person
   * @param cause the underlying failure
   */
  public LedgerStoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
