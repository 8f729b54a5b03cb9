package dev.pointsledger.core.testing;

import static java.util.Objects.requireNonNull;

import dev.pointsledger.core.command.Command;
import dev.pointsledger.core.id.EntryId;
import dev.pointsledger.core.rules.RulesSeam;
import dev.pointsledger.core.store.CommandProcessor;
import dev.pointsledger.core.store.Footprint;
import dev.pointsledger.core.store.StateView;
import java.time.Clock;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * The ledger's own rules with a seam for a store's tests: names added to a command's footprint
 * (to exercise a store's locking) and a step before each decision that may wait (to hold a unit
 * of work open) or throw (a failure midway that the store must roll back). Neither can change a
 * decision: a store cannot be handed anything but the ledger's rules, and these are those rules.
 * Serves our own store tests (see the package's description); may change without notice.
 */
public final class Seams {
  private BiFunction<Command, StateView, Footprint> extraNames =
      (c, facts) -> new Footprint(Set.of());
  private Consumer<Command> beforeDeciding = c -> {};
  private final Clock clock;

  private Seams(Clock clock) {
    this.clock = requireNonNull(clock, "clock");
  }

  /**
   * Starts rules on a clock, with no seam yet.
   *
   * @param clock the rules' clock
   * @return the seams to set
   */
  public static Seams on(Clock clock) {
    return new Seams(clock);
  }

  /**
   * The rules, throwing (as a bug in a processor would) when they are about to decide the command
   * with an id.
   *
   * @param clock the rules' clock
   * @param failingId the id of the command to throw on
   * @return the rules
   */
  public static CommandProcessor throwingOn(Clock clock, String failingId) {
    return on(clock)
        .beforeDeciding(
            command -> {
              if (command.id().equals(EntryId.of(failingId))) {
                throw new IllegalStateException("a processor's bug, deciding " + command.id());
              }
            })
        .rules();
  }

  /**
   * Names to lock beyond each command's own footprint; they are added, never taken away.
   *
   * @param extra the extra names of a command, given the facts its footprint is read from
   * @return these seams
   */
  public Seams lockingAlso(BiFunction<Command, StateView, Footprint> extra) {
    this.extraNames = requireNonNull(extra, "extra");
    return this;
  }

  /**
   * A step before each decision, which may block or throw.
   *
   * @param step the step, given the command about to be decided
   * @return these seams
   */
  public Seams beforeDeciding(Consumer<Command> step) {
    this.beforeDeciding = requireNonNull(step, "step");
    return this;
  }

  /**
   * The rules with these seams: a {@code LedgerRules}, typed as the SPI a store is handed.
   *
   * @return the rules
   */
  public CommandProcessor rules() {
    return RulesSeam.rules(clock, extraNames, beforeDeciding);
  }
}
