package dev.pointsledger.core.rules;

import dev.pointsledger.core.command.ApproveClaim;
import dev.pointsledger.core.command.CancelContract;
import dev.pointsledger.core.command.CarryOverSolution;
import dev.pointsledger.core.command.Command;
import dev.pointsledger.core.command.DefineProgram;
import dev.pointsledger.core.command.FileClaim;
import dev.pointsledger.core.command.GrantPoints;
import dev.pointsledger.core.command.LapsePoints;
import dev.pointsledger.core.command.RegisterVendor;
import dev.pointsledger.core.command.RejectClaim;
import dev.pointsledger.core.command.ReservePoints;
import dev.pointsledger.core.command.ReverseEntry;
import dev.pointsledger.core.command.ReviewSolution;
import dev.pointsledger.core.command.SettleClaims;
import dev.pointsledger.core.command.SubmitSolution;
import dev.pointsledger.core.id.ClaimId;
import dev.pointsledger.core.id.ContractId;
import dev.pointsledger.core.id.ProgramId;
import dev.pointsledger.core.journal.JournalEntry;
import dev.pointsledger.core.journal.References;
import dev.pointsledger.core.state.ClaimRecord;
import dev.pointsledger.core.state.ContractRecord;
import dev.pointsledger.core.state.RecordKey;
import dev.pointsledger.core.store.Footprint;
import dev.pointsledger.core.store.StateView;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What each command holds. Every write of a record and every debit of a bounded account happens
 * under the exclusive lock of the manufacturer, contract, claim, vendor or solution it belongs to;
 * the facts used to find those (a claim's contract, a contract's manufacturer) never change once
 * written, so they may be read before the locks are taken. A purchase also holds its solution's
 * name shared: it reads the listing, which a review (a withdrawal) or a carry-over changes under
 * the same name held exclusively, so the two are appended in the order they were decided.
 */
final class Footprints {
  private Footprints() {}

  static Footprint of(Command command, StateView facts) {
    Set<String> locks = new TreeSet<>();
    Set<String> shared = new TreeSet<>();
    ProgramId p = command.program();
    locks.add("entry|" + command.id());
    if (command instanceof GrantPoints c) {
      locks.add(manufacturer(p, c.manufacturer().value()));
    } else if (command instanceof ReservePoints c) {
      locks.add(manufacturer(p, c.manufacturer().value()));
      locks.add(contract(p, c.contract().value()));
      shared.add(solution(p, c.solution().value()));
    } else if (command instanceof CancelContract c) {
      addContract(locks, p, c.contract(), facts);
    } else if (command instanceof FileClaim c) {
      locks.add(claim(p, c.claim().value()));
      addContract(locks, p, c.contract(), facts);
    } else if (command instanceof ApproveClaim c) {
      addClaim(locks, p, c.claim(), facts);
    } else if (command instanceof RejectClaim c) {
      addClaim(locks, p, c.claim(), facts);
    } else if (command instanceof SettleClaims c) {
      locks.add(vendor(p, c.vendor().value()));
      for (ClaimId id : c.claims()) {
        locks.add(claim(p, id.value()));
      }
    } else if (command instanceof LapsePoints c) {
      locks.add(manufacturer(p, c.manufacturer().value()));
    } else if (command instanceof RegisterVendor c) {
      locks.add(vendor(p, c.vendor().value()));
    } else if (command instanceof SubmitSolution c) {
      locks.add(solution(p, c.solution().value()));
    } else if (command instanceof ReviewSolution c) {
      locks.add(solution(p, c.solution().value()));
    } else if (command instanceof CarryOverSolution c) {
      locks.add(solution(p, c.solution().value()));
    } else if (command instanceof DefineProgram c) {
      locks.add("program|" + c.program());
    } else if (command instanceof ReverseEntry c) {
      locks.add("reversal|" + c.target());
      facts.entry(c.target()).ifPresent(target -> addReversed(locks, p, target, facts));
    }
    return new Footprint(locks, shared);
  }

  private static void addReversed(
      Set<String> locks, ProgramId p, JournalEntry target, StateView facts) {
    Optional.ofNullable(target.references().get(References.MANUFACTURER))
        .ifPresent(m -> locks.add(manufacturer(p, m)));
    Optional.ofNullable(target.references().get(References.CONTRACT))
        .ifPresent(c -> addContract(locks, p, ContractId.of(c), facts));
    Optional.ofNullable(target.references().get(References.VENDOR))
        .ifPresent(v -> locks.add(vendor(p, v)));
    for (ClaimId id : ClaimRules.settledBy(target)) {
      locks.add(claim(p, id.value()));
    }
  }

  private static void addClaim(Set<String> locks, ProgramId p, ClaimId id, StateView facts) {
    locks.add(claim(p, id.value()));
    facts
        .record(RecordKey.claim(p, id), ClaimRecord.class)
        .ifPresent(claim -> addContract(locks, p, claim.contract(), facts));
  }

  private static void addContract(
      Set<String> locks, ProgramId p, ContractId id, StateView facts) {
    locks.add(contract(p, id.value()));
    facts
        .record(RecordKey.contract(p, id), ContractRecord.class)
        .ifPresent(
            contract -> locks.add(manufacturer(p, contract.manufacturer().value())));
  }

  private static String manufacturer(ProgramId p, String id) {
    return "manufacturer|" + p + "|" + id;
  }

  private static String contract(ProgramId p, String id) {
    return "contract|" + p + "|" + id;
  }

  private static String claim(ProgramId p, String id) {
    return "claim|" + p + "|" + id;
  }

  private static String solution(ProgramId p, String id) {
    return "solution|" + p + "|" + id;
  }

  private static String vendor(ProgramId p, String id) {
    return "vendor|" + p + "|" + id;
  }
}
