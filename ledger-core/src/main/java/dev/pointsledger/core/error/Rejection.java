package dev.pointsledger.core.error;

import static java.util.Objects.requireNonNull;

/**
 * Why a command was refused: the rule it breaks and a sentence a person can act on.
 *
 * @param code the rule the command breaks
 * @param message what was wrong with this command, naming the figures involved
 */
public record Rejection(RejectionCode code, String message) {
  /**
   * Checks that both parts are present.
   *
   * @param code the rule the command breaks
   * @param message what was wrong with this command, naming the figures involved
   */
  public Rejection {
    requireNonNull(code, "code");
    requireNonNull(message, "message");
  }

  /**
   * Turns this rejection into the exception thrown by single-command calls.
   *
   * @return the exception carrying this rejection
   */
  public LedgerRejectedException toException() {
    return new LedgerRejectedException(this);
  }

  @Override
  public String toString() {
    return code + " (" + code.rule() + "): " + message;
  }
}
