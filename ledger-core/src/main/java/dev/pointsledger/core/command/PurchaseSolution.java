package dev.pointsledger.core.command;

import static java.util.Objects.requireNonNull;

import dev.pointsledger.core.id.ContractId;
import dev.pointsledger.core.id.EntryId;
import dev.pointsledger.core.id.ManufacturerId;
import dev.pointsledger.core.id.ProgramId;
import dev.pointsledger.core.id.SolutionId;
import dev.pointsledger.core.journal.CanonicalDigest;
import java.time.LocalDate;

/**
 * A purchase of a listed solution: reserves points against a new contract (a {@code RESERVE}
 * entry). Points are what the caller asks, never more than the policy's share of the price ({@code
 * floor(price * pointsSharePercent / 100)}, R-P1), the manufacturer's unused points, or the cap;
 * the rest of the price is the manufacturer's own part, recorded on the contract. The solution must
 * be listed on the day of purchase (R-V5), the price must not exceed its listed price (R-V3) and
 * the service must last the minimum term (R-V4). The vendor, the market price and the category
 * are the solution's.
 *
 * <p>Named {@code ReservePoints} before 1.0; its {@link CommandType} tag is still {@code
 * ReservePoints}, so fingerprints of commands stored before the rename are unchanged.
 *
 * @param id the command's id
 * @param program the program
 * @param contract the new contract's id, unique in the program
 * @param manufacturer the buyer
 * @param solution the listed solution bought
 * @param price the contract's price in NTD
 * @param points the points to pay with
 * @param serviceStart the first day of service
 * @param serviceEnd the last day of service
 */
public record PurchaseSolution(
    EntryId id,
    ProgramId program,
    ContractId contract,
    ManufacturerId manufacturer,
    SolutionId solution,
    long price,
    long points,
    LocalDate serviceStart,
    LocalDate serviceEnd)
    implements Command {

  /**
   * Checks every field is present.
   *
   * @param id the command's id
   * @param program the program
   * @param contract the new contract's id, unique in the program
   * @param manufacturer the buyer
   * @param solution the listed solution bought
   * @param price the contract's price in NTD
   * @param points the points to pay with
   * @param serviceStart the first day of service
   * @param serviceEnd the last day of service
   */
  public PurchaseSolution {
    requireNonNull(id, "id");
    requireNonNull(program, "program");
    requireNonNull(contract, "contract");
    requireNonNull(manufacturer, "manufacturer");
    requireNonNull(solution, "solution");
    requireNonNull(serviceStart, "serviceStart");
    requireNonNull(serviceEnd, "serviceEnd");
  }

  @Override
  public void describeTo(CanonicalDigest d) {
    d.add(program.value())
        .add(contract.value())
        .add(manufacturer.value())
        .add(solution.value())
        .add(price)
        .add(points)
        .add(serviceStart)
        .add(serviceEnd);
  }

  /**
   * A builder with a named setter for every field, so that two amounts cannot be swapped
   * unnoticed.
   *
   * <pre>{@code
   * PurchaseSolution.builder().id(EntryId.of("buy-1")).program(program)
   *     .contract(ContractId.of("C-1")).manufacturer(factory).solution(SolutionId.of("S-20000106"))
   *     .price(120_001).points(60_000).service(LocalDate.of(2022, 6, 1), LocalDate.of(2022, 8, 31))
   *     .build()
   * }</pre>
   *
   * @return a builder with no field set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link PurchaseSolution}. Every setter refuses null with a {@link
   * NullPointerException}; every field must be set before {@link #build()}. What the rules check
   * (amounts, dates, eligibility) is left to the rules, which refuse with a code.
   */
  public static final class Builder extends CommandBuilder<Builder> {
    private ContractId contract;
    private ManufacturerId manufacturer;
    private SolutionId solution;
    private Long price;
    private Long points;
    private LocalDate serviceStart;
    private LocalDate serviceEnd;

    private Builder() {
      super("PurchaseSolution");
    }

    /**
     * Sets the new contract's id.
     *
     * @param contract the value
     * @return this builder
     * @throws NullPointerException if it is null
     */
    public Builder contract(ContractId contract) {
      this.contract = given(contract, "contract");
      return this;
    }

    /**
     * Sets the buyer.
     *
     * @param manufacturer the value
     * @return this builder
     * @throws NullPointerException if it is null
     */
    public Builder manufacturer(ManufacturerId manufacturer) {
      this.manufacturer = given(manufacturer, "manufacturer");
      return this;
    }

    /**
     * Sets the listed solution bought.
     *
     * @param solution the value
     * @return this builder
     * @throws NullPointerException if it is null
     */
    public Builder solution(SolutionId solution) {
      this.solution = given(solution, "solution");
      return this;
    }

    /**
     * Sets the contract's price in NTD.
     *
     * @param price the value
     * @return this builder
     */
    public Builder price(long price) {
      this.price = price;
      return this;
    }

    /**
     * Sets the points to pay with, at most the policy's share of the price (R-P1).
     *
     * @param points the value
     * @return this builder
     */
    public Builder points(long points) {
      this.points = points;
      return this;
    }

    /**
     * Sets the service period: its first and its last day, both included (R-V4).
     *
     * @param start the first day of service
     * @param end the last day of service
     * @return this builder
     * @throws NullPointerException if a day is null
     */
    public Builder service(LocalDate start, LocalDate end) {
      this.serviceStart = given(start, "serviceStart");
      this.serviceEnd = given(end, "serviceEnd");
      return this;
    }

    /**
     * Builds the command.
     *
     * @return the command
     * @throws NullPointerException naming the first required field that was not set
     */
    public PurchaseSolution build() {
      return new PurchaseSolution(
          builtId(),
          builtProgram(),
          set(contract, "contract"),
          set(manufacturer, "manufacturer"),
          set(solution, "solution"),
          set(price, "price"),
          set(points, "points"),
          set(serviceStart, "service"),
          set(serviceEnd, "service"));
    }
  }
}
