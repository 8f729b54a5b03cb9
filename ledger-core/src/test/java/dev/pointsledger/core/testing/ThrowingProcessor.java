package dev.pointsledger.core.testing;

import dev.pointsledger.core.command.Command;
import dev.pointsledger.core.store.CommandProcessor;
import dev.pointsledger.core.store.Decision;
import dev.pointsledger.core.store.Footprint;
import dev.pointsledger.core.store.StateView;
import java.time.Instant;

/**
 * A processor that decides like the one it wraps, but throws (a processor's bug) when it decides
 * the command with a given id: to show a store keeps none of a batch that fails midway.
 */
public final class ThrowingProcessor implements CommandProcessor {
  private final CommandProcessor rules;
  private final String failingId;

  private ThrowingProcessor(CommandProcessor rules, String failingId) {
    this.rules = rules;
    this.failingId = failingId;
  }

  /**
   * Wraps a processor.
   *
   * @param rules the processor that decides every other command
   * @param failingId the id of the command to throw on
   * @return the processor
   */
  public static CommandProcessor throwingOn(CommandProcessor rules, String failingId) {
    return new ThrowingProcessor(rules, failingId);
  }

  @Override
  public Footprint footprint(Command command, StateView facts) {
    return rules.footprint(command, facts);
  }

  @Override
  public Decision decide(Command command, StateView state) {
    if (command.id().value().equals(failingId)) {
      throw new IllegalStateException("a processor's bug, deciding " + command.id());
    }
    return rules.decide(command, state);
  }

  @Override
  public Instant now() {
    return rules.now();
  }
}
