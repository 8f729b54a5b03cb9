package dev.pointsledger.core.state;

import static java.util.Objects.requireNonNull;

import dev.pointsledger.core.id.ClaimId;
import dev.pointsledger.core.id.ContractId;
import dev.pointsledger.core.id.Ids;
import dev.pointsledger.core.id.ManufacturerId;
import dev.pointsledger.core.id.ProgramId;
import dev.pointsledger.core.id.SolutionId;
import dev.pointsledger.core.id.VendorId;

/**
 * Names one state record: its kind, its program and its id within them.
 *
 * @param kind the record's kind
 * @param program the program
 * @param id the id of the manufacturer, contract or claim
 */
public record RecordKey(RecordKind kind, ProgramId program, String id)
    implements Comparable<RecordKey> {
  /**
   * Checks the parts.
   *
   * @param kind the record's kind
   * @param program the program
   * @param id the id of the manufacturer, contract or claim
   */
  public RecordKey {
    requireNonNull(kind, "kind");
    requireNonNull(program, "program");
    Ids.check(id, "record id");
  }

  /**
   * The key of a manufacturer's record.
   *
   * @param program the program
   * @param manufacturer the manufacturer
   * @return the key
   */
  public static RecordKey manufacturer(ProgramId program, ManufacturerId manufacturer) {
    return new RecordKey(RecordKind.MANUFACTURER, program, manufacturer.value());
  }

  /**
   * The key of a contract's record.
   *
   * @param program the program
   * @param contract the contract
   * @return the key
   */
  public static RecordKey contract(ProgramId program, ContractId contract) {
    return new RecordKey(RecordKind.CONTRACT, program, contract.value());
  }

  /**
   * The key of a claim's record.
   *
   * @param program the program
   * @param claim the claim
   * @return the key
   */
  public static RecordKey claim(ProgramId program, ClaimId claim) {
    return new RecordKey(RecordKind.CLAIM, program, claim.value());
  }

  /**
   * The key of a vendor's record.
   *
   * @param program the program
   * @param vendor the vendor
   * @return the key
   */
  public static RecordKey vendor(ProgramId program, VendorId vendor) {
    return new RecordKey(RecordKind.VENDOR, program, vendor.value());
  }

  /**
   * The key of a solution's record.
   *
   * @param program the program
   * @param solution the solution
   * @return the key
   */
  public static RecordKey solution(ProgramId program, SolutionId solution) {
    return new RecordKey(RecordKind.SOLUTION, program, solution.value());
  }

  /**
   * The key of a program's definition: kind {@link RecordKind#PROGRAM}, the program, and the
   * program's id again as the record's id.
   *
   * @param program the program
   * @return the key
   */
  public static RecordKey program(ProgramId program) {
    return new RecordKey(RecordKind.PROGRAM, program, program.value());
  }

  /**
   * The key of an invoice's record: which claim of the program it backs.
   *
   * @param program the program
   * @param invoice the uniform invoice number
   * @return the key
   */
  public static RecordKey invoice(ProgramId program, String invoice) {
    return new RecordKey(RecordKind.INVOICE, program, invoice);
  }

  // equals and hashCode are written out, with the values the generated ones have (31 * h + each
  // field's hash, in order): a store looks keys up a few times per command, and the generated
  // methods showed up in the profile as method-handle frames.
  @Override
  public boolean equals(Object o) {
    return this == o
        || o instanceof RecordKey other
            && id.equals(other.id)
            && kind == other.kind
            && program.equals(other.program);
  }

  @Override
  public int hashCode() {
    return (kind.hashCode() * 31 + program.hashCode()) * 31 + id.hashCode();
  }

  @Override
  public int compareTo(RecordKey o) {
    int c = kind.compareTo(o.kind);
    if (c == 0) {
      c = program.compareTo(o.program);
    }
    return c != 0 ? c : id.compareTo(o.id);
  }
}
