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

  /** Checks every field is present. */
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
}
