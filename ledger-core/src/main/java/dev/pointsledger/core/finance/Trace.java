package dev.pointsledger.core.finance;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * Where a line's figures over the range come from: how many movements, and the sequence numbers of
 * the first and last entry behind them. {@link Reconciliation#trace} lists them one by one; the
 * movements export lists them all.
 *
 * @param movements how many movements, 0 if none
 * @param firstSequence the first entry's sequence number, 0 if none
 * @param lastSequence the last entry's sequence number, 0 if none
 */
public record Trace(long movements, long firstSequence, long lastSequence) {
  /** No movement. */
  public static final Trace NONE = new Trace(0, 0, 0);

  /**
   * Checks the parts agree.
   *
   * @param movements how many movements, 0 if none
   * @param firstSequence the first entry's sequence number, 0 if none
   * @param lastSequence the last entry's sequence number, 0 if none
   * @throws IllegalArgumentException if they do not
   */
  public Trace {
    checkArgument(movements >= 0, "movements not negative");
    checkArgument(
        movements == 0
            ? firstSequence == 0 && lastSequence == 0
            : 1 <= firstSequence && firstSequence <= lastSequence,
        "sequence numbers of %s movements: %s..%s",
        movements,
        firstSequence,
        lastSequence);
  }
}
