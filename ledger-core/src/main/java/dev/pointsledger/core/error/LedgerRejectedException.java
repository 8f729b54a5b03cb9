package dev.pointsledger.core.error;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * A command was refused by a rule of the program or of the ledger; nothing was written.
 *
 * <p>{@link #code()} names the rule, {@link #getMessage()} says what was wrong in words a person
 * can act on, in the JVM's default locale at the time it is read; {@link #getMessage(Locale)} in
 * a reader's.
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
    super(requireNonNull(rejection, "rejection").code().name());
    this.rejection = rejection;
  }

  /**
   * The code, its rule and the message, in the JVM's default locale ({@link Locale#getDefault()}).
   *
   * @return the refusal as a person reads it
   */
  @Override
  public String getMessage() {
    return rejection == null ? super.getMessage() : rejection.toString();
  }

  /**
   * The code, its rule and the message, in a reader's language.
   *
   * @param locale the reader's locale
   * @return the refusal as the reader reads it
   */
  public String getMessage(Locale locale) {
    return rejection == null ? super.getMessage() : rejection.displayName(locale);
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
