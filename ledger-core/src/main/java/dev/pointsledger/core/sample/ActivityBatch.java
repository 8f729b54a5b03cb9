package dev.pointsledger.core.sample;

import static java.util.Objects.requireNonNull;

import dev.pointsledger.core.command.Command;
import java.time.LocalDate;
import java.util.List;

/**
 * Commands of one business day, in the order they are to be submitted (for example with {@code
 * Ledger.submitAll}) on a ledger whose clock shows that day ({@link ActivityClock}). A day's
 * commands may come in several batches; batches come in day order.
 *
 * @param day the business day, in Taipei, the commands are decided on
 * @param commands the commands, in order
 */
public record ActivityBatch(LocalDate day, List<Command> commands) {
  /**
   * Copies the commands.
   *
   * @param day the business day, in Taipei, the commands are decided on
   * @param commands the commands, in order
   * @throws NullPointerException if the day, the list or a command is missing
   */
  public ActivityBatch {
    requireNonNull(day, "day");
    commands = List.copyOf(commands);
  }
}
