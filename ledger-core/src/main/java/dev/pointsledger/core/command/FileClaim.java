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
import java.util.ArrayList;
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
        .add(points)
        .add(documents.size());
    for (DocumentRef doc : documents) {
      d.add(doc.kind()).add(doc.number());
    }
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
  public static final class Builder {
    private EntryId id;
    private ProgramId program;
    private ClaimId claim;
    private ContractId contract;
    private VendorId vendor;
    private Long points;
    private final List<DocumentRef> documents = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the command's id (the idempotency key).
     *
     * @param id the value
     * @return this builder
     * @throws NullPointerException if it is null
     */
    public Builder id(EntryId id) {
      this.id = Required.given(id, "FileClaim", "id");
      return this;
    }

    /**
     * Sets the program.
     *
     * @param program the value
     * @return this builder
     * @throws NullPointerException if it is null
     */
    public Builder program(ProgramId program) {
      this.program = Required.given(program, "FileClaim", "program");
      return this;
    }

    /**
     * Sets the new claim's id.
     *
     * @param claim the value
     * @return this builder
     * @throws NullPointerException if it is null
     */
    public Builder claim(ClaimId claim) {
      this.claim = Required.given(claim, "FileClaim", "claim");
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
      this.contract = Required.given(contract, "FileClaim", "contract");
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
      this.vendor = Required.given(vendor, "FileClaim", "vendor");
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
     * Sets references to the claim's documents (R-P4), replacing any set before.
     *
     * @param documents the values
     * @return this builder
     * @throws NullPointerException if the list or one of its values is null
     */
    public Builder documents(List<DocumentRef> documents) {
      Required.given(documents, "FileClaim", "documents");
      this.documents.clear();
      documents.forEach(this::document);
      return this;
    }

    /**
     * Adds one of references to the claim's documents (R-P4).
     *
     * @param document the value
     * @return this builder
     * @throws NullPointerException if the value is null
     */
    public Builder document(DocumentRef document) {
      this.documents.add(Required.given(document, "FileClaim", "document"));
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
          Required.set(id, "FileClaim", "id"),
          Required.set(program, "FileClaim", "program"),
          Required.set(claim, "FileClaim", "claim"),
          Required.set(contract, "FileClaim", "contract"),
          Required.set(vendor, "FileClaim", "vendor"),
          Required.set(points, "FileClaim", "points"),
          documents);
    }
  }
}
