package dev.pointsledger.core.rules;

import static java.util.Objects.requireNonNull;

import dev.pointsledger.core.command.Command;
import dev.pointsledger.core.store.Decision;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;

/**
 * A handler made of its parts, so that a handler file declares each command's footprint, bounds
 * and rules in one constant, without a class per command: see {@link CommandHandler#of}.
 */
record SimpleHandler<C extends Command>(
    Class<C> type,
    BiConsumer<C, Locks> locks,
    BiFunction<C, Context, Optional<Decision>> inputBounds,
    BiFunction<C, Context, Decision> rules)
    implements CommandHandler<C> {

  SimpleHandler {
    requireNonNull(type, "type");
    requireNonNull(locks, "locks");
    requireNonNull(inputBounds, "inputBounds");
    requireNonNull(rules, "rules");
  }

  /** The same handler, with the ledger's bounds on the command's values. */
  SimpleHandler<C> withBounds(BiFunction<C, Context, Optional<Decision>> bounds) {
    return new SimpleHandler<>(type, locks, bounds, rules);
  }

  @Override
  public void footprint(C command, Locks names) {
    locks.accept(command, names);
  }

  @Override
  public Optional<Decision> bounds(C command, Context ctx) {
    return inputBounds.apply(command, ctx);
  }

  @Override
  public Decision decide(C command, Context ctx) {
    return rules.apply(command, ctx);
  }
}
