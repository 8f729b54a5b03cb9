package dev.pointsledger.core.command;

import static java.util.Objects.requireNonNull;

import dev.pointsledger.core.error.LedgerRejectedException;
import dev.pointsledger.core.error.Rejection;
import dev.pointsledger.core.journal.JournalEntry;

/** What became of one command: applied as an entry, or refused with nothing written. */
public sealed interface CommandOutcome {

  /**
   * The command this is the outcome of.
   *
   * @return the command
   */
  Command command();

  /**
   * The entry, or the rejection as an exception.
   *
   * @return the entry the command made (or made before, on a retry)
   * @throws LedgerRejectedException if the command was refused
   */
  JournalEntry orThrow();

  /**
   * The command became an entry.
   *
   * @param command the command
   * @param entry its entry
   * @param replayed true if the entry was made by an earlier call with the same id and contents,
   *     and this call wrote nothing
   */
  record Applied(Command command, JournalEntry entry, boolean replayed) implements CommandOutcome {
    /**
     * Checks both parts are present.
     *
     * @param command the command
     * @param entry its entry
     * @param replayed true if the entry was made by an earlier call with the same id and contents,
     *     and this call wrote nothing
     */
    public Applied {
      requireNonNull(command, "command");
      requireNonNull(entry, "entry");
    }

    @Override
    public JournalEntry orThrow() {
      return entry;
    }
  }

  /**
   * The command was refused; nothing was written.
   *
   * @param command the command
   * @param rejection why
   */
  record Refused(Command command, Rejection rejection) implements CommandOutcome {
    /**
     * Checks both parts are present.
     *
     * @param command the command
     * @param rejection why
     */
    public Refused {
      requireNonNull(command, "command");
      requireNonNull(rejection, "rejection");
    }

    @Override
    public JournalEntry orThrow() {
      throw rejection.toException();
    }
  }
}
