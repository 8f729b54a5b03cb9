package dev.pointsledger.core.error;

/**
 * The root of every exception the ledger throws on purpose.
 *
 * <p>Catch this to handle every ledger failure at once; catch {@link LedgerRejectedException} to
 * handle only the refusals of the program's rules, and {@link LedgerStoreException} for failures
 * of the storage underneath (a lost connection, a full disk).
 *
 * <p>It is abstract, as Jdbi's {@code JdbiException} is: every failure the ledger throws is one of
 * its two subclasses, so a handler of {@code LedgerException} knows what it can be. Bugs of the
 * caller are {@link IllegalArgumentException} or {@link NullPointerException}, never this.
 */
public abstract class LedgerException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message.
   *
   * @param message what went wrong, for a person
   */
  protected LedgerException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and a cause.
   *
   * @param message what went wrong, for a person
   * @param cause the underlying failure
   */
  protected LedgerException(String message, Throwable cause) {
    super(message, cause);
  }
}
