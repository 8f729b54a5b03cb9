package dev.pointsledger.core.command;

import dev.pointsledger.core.id.SolutionId;

/**
 * The builder of a command about one vendor's solution (its submission, review or carry-over):
 * the solution setter, and for the commands that price it the price and market price setters.
 *
 * @param <B> the builder's own type, which every setter returns
 */
abstract class SolutionCommandBuilder<B extends SolutionCommandBuilder<B>>
    extends CommandBuilder<B> {
  private SolutionId solution;

  SolutionCommandBuilder(String command) {
    super(command);
  }

  /**
   * Sets the solution.
   *
   * @param solution the value
   * @return this builder
   * @throws NullPointerException if it is null
   */
  public B solution(SolutionId solution) {
    this.solution = given(solution, "solution");
    return self();
  }

  /** The solution at {@code build()}. */
  final SolutionId builtSolution() {
    return set(solution, "solution");
  }

  /**
   * A solution command that sets a price: the vendor's price and the market price, in NTD
   * (the price at most the market price, R-V3, checked by the rules).
   *
   * @param <B> the builder's own type, which every setter returns
   */
  abstract static class Priced<B extends Priced<B>> extends SolutionCommandBuilder<B> {
    private Long price;
    private Long marketPrice;

    Priced(String command) {
      super(command);
    }

    /**
     * Sets the vendor's price in NTD (R-V3).
     *
     * @param price the value
     * @return this builder
     */
    public B price(long price) {
      this.price = price;
      return self();
    }

    /**
     * Sets the market price in NTD (R-V3).
     *
     * @param marketPrice the value
     * @return this builder
     */
    public B marketPrice(long marketPrice) {
      this.marketPrice = marketPrice;
      return self();
    }

    /** The price at {@code build()}. */
    final long builtPrice() {
      return set(price, "price");
    }

    /** The market price at {@code build()}. */
    final long builtMarketPrice() {
      return set(marketPrice, "marketPrice");
    }
  }
}
