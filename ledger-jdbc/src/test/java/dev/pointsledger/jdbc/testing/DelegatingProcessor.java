package dev.pointsledger.jdbc.testing;

import dev.pointsledger.core.command.Command;
import dev.pointsledger.core.store.CommandProcessor;
import dev.pointsledger.core.store.Decision;
import dev.pointsledger.core.store.Footprint;
import dev.pointsledger.core.store.StateView;
import java.time.Instant;

/** A processor that does what another does, for tests to change one step by overriding it. */
public class DelegatingProcessor implements CommandProcessor {
  private final CommandProcessor delegate;

  /**
   * Delegates to a processor.
   *
   * @param delegate the processor doing the work
   */
  public DelegatingProcessor(CommandProcessor delegate) {
    this.delegate = delegate;
  }

  @Override
  public Footprint footprint(Command command, StateView facts) {
    return delegate.footprint(command, facts);
  }

  @Override
  public Decision decide(Command command, StateView state) {
    return delegate.decide(command, state);
  }

  @Override
  public Instant now() {
    return delegate.now();
  }
}
