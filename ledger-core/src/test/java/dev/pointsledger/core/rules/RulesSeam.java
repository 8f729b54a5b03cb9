package dev.pointsledger.core.rules;

import dev.pointsledger.core.command.Command;
import dev.pointsledger.core.store.Footprint;
import dev.pointsledger.core.store.StateView;
import java.time.Clock;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * The bridge from the test kit's {@link dev.pointsledger.core.testing.Seams} to the rules'
 * package-private seam ({@link LedgerRules.Seam}): the ledger's own rules, with names added to
 * footprints and a step before each decision that may wait or throw. Neither can change what the
 * rules decide. Use {@code Seams}; this class only exists because the seam is package private.
 */
public final class RulesSeam {
  private RulesSeam() {}

  /**
   * The ledger's rules on a clock, with a seam.
   *
   * @param clock the rules' clock
   * @param extraNames names to lock beyond each command's footprint
   * @param beforeDeciding runs before each command is decided; may block or throw
   * @return the rules
   */
  public static LedgerRules rules(
      Clock clock,
      BiFunction<Command, StateView, Footprint> extraNames,
      Consumer<Command> beforeDeciding) {
    return new LedgerRules(
        clock,
        new LedgerRules.Seam() {
          @Override
          public Footprint extraNames(Command command, StateView facts) {
            return extraNames.apply(command, facts);
          }

          @Override
          public void beforeDeciding(Command command) {
            beforeDeciding.accept(command);
          }
        });
  }
}
