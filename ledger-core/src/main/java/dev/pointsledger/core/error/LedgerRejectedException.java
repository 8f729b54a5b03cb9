package dev.pointsledger.core.error;

import static java.util.Objects.requireNonNull;

/**
 * A command was refused by a rule of the program or of the ledger; nothing was written.
 *
 * <p>{@link #code()} names the rule, {@link #getMessage()} says what was wrong in words a person
 * can act on.
 */
public final class LedgerRejectedException extends LedgerException {
  private static final long serialVersionUID = 1L;

  private final transient Rejection rejection;

  /**
   * Creates the exception for a rejection.
   *
   * @param rejection the refusal
   */
  public LedgerRejectedException(Rejection rejection) {
    super(requireNonNull(rejection, "rejection").toString());
    this.rejection = rejection;
  }

  /**
   * The rule the command breaks.
   *
   * @return the rejection code
   */
  public RejectionCode code() {
    return rejection.code();
  }

  /**
   * The whole refusal: code and message.
   *
   * @return the rejection
   */
  public Rejection rejection() {
    return rejection;
  }
}
