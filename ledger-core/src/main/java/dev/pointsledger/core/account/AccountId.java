package dev.pointsledger.core.account;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import dev.pointsledger.core.id.ContractId;
import dev.pointsledger.core.id.Ids;
import dev.pointsledger.core.id.ManufacturerId;
import dev.pointsledger.core.id.ProgramId;
import dev.pointsledger.core.id.VendorId;
import java.util.Comparator;

/**
 * Names one account: program, type, holder and, for per-contract types, the contract. Build one
 * with the factories ({@link #available}, {@link #reserved}, ...), which put the right holder in
 * place.
 *
 * @param program the program the account belongs to
 * @param type the account's type
 * @param holder the holder's id: the program id, a manufacturer id or a vendor id
 * @param contract the contract id for per-contract types, the empty string otherwise
 */
public record AccountId(ProgramId program, AccountType type, String holder, String contract)
    implements Comparable<AccountId> {

  private static final Comparator<AccountId> ORDER =
      Comparator.comparing(AccountId::program)
          .thenComparing(AccountId::type)
          .thenComparing(AccountId::holder)
          .thenComparing(AccountId::contract);

  /**
   * Checks the parts fit the type.
   *
   * @param program the program the account belongs to
   * @param type the account's type
   * @param holder the holder's id: the program id, a manufacturer id or a vendor id
   * @param contract the contract id for per-contract types, the empty string otherwise
   * @throws IllegalArgumentException if a per-contract type has no contract or another type has
   *     one, or the holder is not a valid id
   */
  public AccountId {
    requireNonNull(program, "program");
    requireNonNull(type, "type");
    Ids.check(holder, "holder");
    requireNonNull(contract, "contract");
    checkArgument(
        type.perContract() != contract.isEmpty(),
        "account type %s %s a contract",
        type,
        type.perContract() ? "needs" : "takes no");
    if (!contract.isEmpty()) {
      Ids.check(contract, "contract");
    }
  }

  /**
   * The program's pool.
   *
   * @param program the program
   * @return the pool's id
   */
  public static AccountId pool(ProgramId program) {
    return new AccountId(program, AccountType.PROGRAM_POOL, program.value(), "");
  }

  /**
   * A manufacturer's unused points.
   *
   * @param program the program
   * @param manufacturer the manufacturer
   * @return the account's id
   */
  public static AccountId available(ProgramId program, ManufacturerId manufacturer) {
    return new AccountId(program, AccountType.AVAILABLE, manufacturer.value(), "");
  }

  /**
   * The points reserved on a contract.
   *
   * @param program the program
   * @param manufacturer the contract's manufacturer
   * @param contract the contract
   * @return the account's id
   */
  public static AccountId reserved(
      ProgramId program, ManufacturerId manufacturer, ContractId contract) {
    return new AccountId(program, AccountType.RESERVED, manufacturer.value(), contract.value());
  }

  /**
   * The points of a contract under a pending claim.
   *
   * @param program the program
   * @param manufacturer the contract's manufacturer
   * @param contract the contract
   * @return the account's id
   */
  public static AccountId claimed(
      ProgramId program, ManufacturerId manufacturer, ContractId contract) {
    return new AccountId(program, AccountType.CLAIMED, manufacturer.value(), contract.value());
  }

  /**
   * A vendor's approved, unpaid claims.
   *
   * @param program the program
   * @param vendor the vendor
   * @return the account's id
   */
  public static AccountId payable(ProgramId program, VendorId vendor) {
    return new AccountId(program, AccountType.PAYABLE, vendor.value(), "");
  }

  /**
   * A vendor's paid claims.
   *
   * @param program the program
   * @param vendor the vendor
   * @return the account's id
   */
  public static AccountId paid(ProgramId program, VendorId vendor) {
    return new AccountId(program, AccountType.PAID, vendor.value(), "");
  }

  /**
   * A manufacturer's lapsed points.
   *
   * @param program the program
   * @param manufacturer the manufacturer
   * @return the account's id
   */
  public static AccountId lapsed(ProgramId program, ManufacturerId manufacturer) {
    return new AccountId(program, AccountType.LAPSED, manufacturer.value(), "");
  }

  // equals and hashCode are written out, with the values the generated ones have (31 * h + each
  // field's hash, in order): a store looks keys up a few times per command, and the generated
  // methods showed up in the profile as method-handle frames.
  @Override
  public boolean equals(Object o) {
    return this == o
        || o instanceof AccountId other
            && holder.equals(other.holder)
            && type == other.type
            && contract.equals(other.contract)
            && program.equals(other.program);
  }

  @Override
  public int hashCode() {
    return ((program.hashCode() * 31 + type.hashCode()) * 31 + holder.hashCode()) * 31
        + contract.hashCode();
  }

  /** Orders by program, type, holder, contract: the fixed order in which stores lock accounts. */
  @Override
  public int compareTo(AccountId other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return program + "/" + type + "/" + holder + (contract.isEmpty() ? "" : "/" + contract);
  }
}
