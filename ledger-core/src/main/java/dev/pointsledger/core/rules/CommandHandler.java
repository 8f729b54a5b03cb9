package dev.pointsledger.core.rules;

import dev.pointsledger.core.command.Command;
import dev.pointsledger.core.journal.JournalEntry;
import dev.pointsledger.core.program.Program;
import dev.pointsledger.core.store.Decision;
import dev.pointsledger.core.store.StateView;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;

/**
 * Everything the ledger knows about one command type, in one place: what it holds while it is
 * decided ({@link #footprint}), the ledger's bounds on its values ({@link #bounds}) and its rules
 * ({@link #decide}). {@link LedgerRules} runs the steps every command shares (idempotency, the
 * program, the bounds, the bounds guard) and {@link Handlers} finds the handler of a command; a
 * new rule goes into the rules of its command's handler and nowhere else. Most handlers are a
 * constant built with {@link #of}, in the file of their family, beside the method holding their
 * rules.
 *
 * @param <C> the command type handled
 */
interface CommandHandler<C extends Command> {

  /**
   * A handler of a command type, from what it locks and its rules; no bounds on input unless
   * {@link SimpleHandler#withBounds} adds them.
   */
  static <C extends Command> SimpleHandler<C> of(
      Class<C> type, BiConsumer<C, Locks> footprint, BiFunction<C, Context, Decision> rules) {
    return new SimpleHandler<>(type, footprint, (c, ctx) -> Optional.empty(), rules);
  }

  /** The class of the commands this handler decides; {@link Handlers} keys it by its tag. */
  Class<C> type();

  /**
   * Names what the command holds: every record it writes and every bounded account it debits, by
   * the manufacturer, contract, claim, vendor or solution they belong to (see {@link Locks}).
   */
  void footprint(C command, Locks locks);

  /**
   * The ledger's bounds on the command's own dates, prices and terms, checked after today's date
   * and before any rule reads them (see {@link InputBounds}); none by default.
   */
  default Optional<Decision> bounds(C command, Context ctx) {
    return Optional.empty();
  }

  /**
   * The command's rules: one entry, or a refusal naming the rule. Called with a new command id,
   * the command's program and values within the ledger's bounds.
   */
  Decision decide(C command, Context ctx);

  /**
   * The program the command is decided in: the defined program it names, or empty (refused {@code
   * UNKNOWN_PROGRAM}). Only a definition brings its own.
   */
  default Optional<Program> program(C command, StateView state) {
    return state.program(command.program());
  }

  /**
   * Whether the ledger's bounds on input apply. They are the program's, so a definition, which is
   * decided before its program exists, was never held to them.
   */
  default boolean bounded() {
    return true;
  }

  /**
   * A refusal more precise than {@code DUPLICATE_ID_DIFFERENT_CONTENT} for a command whose id an
   * entry with other contents already has; none by default.
   */
  default Optional<Decision> idInUse(C command, JournalEntry earlier) {
    return Optional.empty();
  }
}
