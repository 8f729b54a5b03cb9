package dev.pointsledger.core.rules;

import dev.pointsledger.core.command.Command;
import dev.pointsledger.core.id.ClaimId;
import dev.pointsledger.core.id.ContractId;
import dev.pointsledger.core.id.ManufacturerId;
import dev.pointsledger.core.id.ProgramId;
import dev.pointsledger.core.id.SolutionId;
import dev.pointsledger.core.id.VendorId;
import dev.pointsledger.core.state.ClaimRecord;
import dev.pointsledger.core.state.ContractRecord;
import dev.pointsledger.core.state.InvoiceRecord;
import dev.pointsledger.core.state.RecordKey;
import dev.pointsledger.core.store.Footprint;
import dev.pointsledger.core.store.StateView;
import java.util.Set;
import java.util.TreeSet;

/**
 * The names a command holds, gathered by its handler's {@link CommandHandler#footprint}. Every
 * write of a record and every debit of a bounded account happens under the exclusive lock of the
 * manufacturer, contract, claim, vendor or solution it belongs to; the facts used to find those (a
 * claim's contract, a contract's manufacturer) never change once written, so they may be read
 * before the locks are taken. A purchase also holds its solution's name shared: it reads the
 * listing, which a review (a withdrawal) or a carry-over changes under the same name held
 * exclusively, so the two are appended in the order they were decided.
 *
 * <p>The names are part of the PostgreSQL store's locking (docs/jdbc.md): keep their spelling.
 */
final class Locks {
  private final Set<String> locks = new TreeSet<>();
  private final Set<String> shared = new TreeSet<>();
  private final ProgramId program;
  private final StateView facts;

  /** Starts the footprint of a command with the lock on its own id. */
  Locks(Command command, StateView facts) {
    this.program = command.program();
    this.facts = facts;
    locks.add("entry|" + command.id());
  }

  /** The facts the names may be looked up in (a target entry's references). */
  StateView facts() {
    return facts;
  }

  Locks name(String name) {
    locks.add(name);
    return this;
  }

  Locks manufacturer(ManufacturerId id) {
    return name(owned("manufacturer", id.value()));
  }

  /** The contract and the manufacturer it belongs to, when the contract exists. */
  Locks contract(ContractId id) {
    name(owned("contract", id.value()));
    facts
        .record(RecordKey.contract(program, id), ContractRecord.class)
        .ifPresent(contract -> manufacturer(contract.manufacturer()));
    return this;
  }

  /** A new contract's name alone: nothing is known of it yet. */
  Locks newContract(ContractId id) {
    return name(owned("contract", id.value()));
  }

  /** The claim, and its contract with its manufacturer, when the claim exists. */
  Locks claim(ClaimId id) {
    newClaim(id);
    facts
        .record(RecordKey.claim(program, id), ClaimRecord.class)
        .ifPresent(claim -> contract(claim.contract()));
    return this;
  }

  /** A claim's name alone: a new claim, or one whose contract the command does not touch. */
  Locks newClaim(ClaimId id) {
    return name(owned("claim", id.value()));
  }

  /**
   * An invoice's record, written by the claim it backs; and, shared, the claim it backed before
   * (whose status says whether the invoice is still taken), as the facts show it now.
   */
  Locks invoice(String number) {
    name(owned("invoice", number));
    facts
        .record(RecordKey.invoice(program, number), InvoiceRecord.class)
        .ifPresent(invoice -> shared.add(owned("claim", invoice.claim().value())));
    return this;
  }

  Locks vendor(VendorId id) {
    return name(owned("vendor", id.value()));
  }

  Locks solution(SolutionId id) {
    return name(owned("solution", id.value()));
  }

  /** A solution only read, whose change must be ordered with the command. */
  Locks readsSolution(SolutionId id) {
    shared.add(owned("solution", id.value()));
    return this;
  }

  Footprint footprint() {
    return new Footprint(locks, shared);
  }

  private String owned(String kind, String id) {
    return kind + "|" + program + "|" + id;
  }
}
