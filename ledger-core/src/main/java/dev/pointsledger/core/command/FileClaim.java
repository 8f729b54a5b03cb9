package dev.pointsledger.core.command;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.pointsledger.core.id.ClaimId;
import dev.pointsledger.core.id.ContractId;
import dev.pointsledger.core.id.EntryId;
import dev.pointsledger.core.id.ProgramId;
import dev.pointsledger.core.id.VendorId;
import dev.pointsledger.core.journal.CanonicalDigest;
import dev.pointsledger.core.state.DocumentRef;
import java.util.List;

/**
 * A vendor's redemption claim on a contract, filed after the contract's service ends (R-P3), for
 * at most the points reserved on it, with references to its documents (R-P4).
 *
 * @param id the command's id
 * @param program the program
 * @param claim the new claim's id, unique in the program
 * @param contract the contract
 * @param vendor the vendor filing the claim; must be the contract's
 * @param points the points claimed
 * @param documents references to the claim's documents, at least one
 */
public record FileClaim(
    EntryId id,
    ProgramId program,
    ClaimId claim,
    ContractId contract,
    VendorId vendor,
    long points,
    List<DocumentRef> documents)
    implements Command {

  /**
   * Checks every field is present.
   *
   * @param id the command's id
   * @param program the program
   * @param claim the new claim's id, unique in the program
   * @param contract the contract
   * @param vendor the vendor filing the claim; must be the contract's
   * @param points the points claimed
   * @param documents references to the claim's documents, at least one
   */
  public FileClaim {
    requireNonNull(id, "id");
    requireNonNull(program, "program");
    requireNonNull(claim, "claim");
    requireNonNull(contract, "contract");
    requireNonNull(vendor, "vendor");
    documents = ImmutableList.copyOf(documents);
  }

  @Override
  public void describeTo(CanonicalDigest d) {
    d.add(program.value())
        .add(claim.value())
        .add(contract.value())
        .add(vendor.value())
        .add(points);
    Documents.describeTo(d, documents);
  }

  /**
   * A builder with a named setter for every field, so that two amounts cannot be swapped
   * unnoticed.
   *
   * @return a builder with no field set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link FileClaim}. Every setter refuses null with a {@link
   * NullPointerException};
   * every field but {@code documents} must be set before
   * {@link #build()}. What the rules check (amounts, dates, eligibility) is left to the
   * rules, which refuse with a code.
   */
  public static final class Builder extends DocumentedCommandBuilder<Builder> {
    private ClaimId claim;
    private ContractId contract;
    private VendorId vendor;
    private Long points;

    private Builder() {
      super("FileClaim");
    }

    /**
     * Sets the new claim's id.
     *
     * @param claim the value
     * @return this builder
     * @throws NullPointerException if it is null
     */
    public Builder claim(ClaimId claim) {
      this.claim = given(claim, "claim");
      return this;
    }

    /**
     * Sets the contract claimed on.
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
     * Sets the vendor filing the claim; must be the contract's.
     *
     * @param vendor the value
     * @return this builder
     * @throws NullPointerException if it is null
     */
    public Builder vendor(VendorId vendor) {
      this.vendor = given(vendor, "vendor");
      return this;
    }

    /**
     * Sets the points claimed.
     *
     * @param points the value
     * @return this builder
     */
    public Builder points(long points) {
      this.points = points;
      return this;
    }

    /**
     * Builds the command.
     *
     * @return the command
     * @throws NullPointerException naming the first required field that was not set
     */
    public FileClaim build() {
      return new FileClaim(
          builtId(),
          builtProgram(),
          set(claim, "claim"),
          set(contract, "contract"),
          set(vendor, "vendor"),
          set(points, "points"),
          builtDocuments());
    }
  }
}
