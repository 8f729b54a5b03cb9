package dev.pointsledger.core.rules;

import dev.pointsledger.core.account.AccountId;
import dev.pointsledger.core.command.Command;
import dev.pointsledger.core.error.Rejection;
import dev.pointsledger.core.error.RejectionCode;
import dev.pointsledger.core.id.ContractId;
import dev.pointsledger.core.id.ManufacturerId;
import dev.pointsledger.core.journal.EntryDraft;
import dev.pointsledger.core.journal.EntryType;
import dev.pointsledger.core.journal.Posting;
import dev.pointsledger.core.journal.RecordDigest;
import dev.pointsledger.core.program.Program;
import dev.pointsledger.core.program.ProgramPolicy;
import dev.pointsledger.core.state.ContractRecord;
import dev.pointsledger.core.state.LedgerRecord;
import dev.pointsledger.core.state.ManufacturerRecord;
import dev.pointsledger.core.state.RecordKey;
import dev.pointsledger.core.store.Decision;
import dev.pointsledger.core.store.StateView;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What every rule needs while deciding one command: the state, the program, today. */
record Context(StateView state, Command command, Program program, LocalDate today) {

  ProgramPolicy policy() {
    return program.policy();
  }

  /** The first item of a list that an earlier item equals, if any: named in DUPLICATE_ITEM. */
  static <T> Optional<T> firstRepeated(List<T> items) {
    Set<T> seen = new HashSet<>(items.size() * 2);
    for (T item : items) {
      if (!seen.add(item)) {
        return Optional.of(item);
      }
    }
    return Optional.empty();
  }

  static Decision refuse(RejectionCode code, String message) {
    return new Decision.Reject(new Rejection(code, message));
  }

  /**
   * Refuses with every failed criterion: the first one's code, and all of them in the message.
   */
  static Decision refuseAll(String subject, List<Rejection> failures) {
    StringBuilder message =
        new StringBuilder(subject)
            .append(" fails ")
            .append(failures.size())
            .append(failures.size() == 1 ? " criterion: " : " criteria: ");
    for (int i = 0; i < failures.size(); i++) {
      message.append(i == 0 ? "" : "; ").append(failures.get(i));
    }
    return refuse(failures.get(0).code(), message.toString());
  }

  static Optional<Decision> requirePositive(String what, long amount) {
    if (amount <= 0) {
      return Optional.of(
          refuse(
              RejectionCode.NON_POSITIVE_AMOUNT,
              what + " must be a positive number of points, was " + amount));
    }
    return Optional.empty();
  }

  Optional<ContractRecord> contract(ContractId id) {
    return state.record(RecordKey.contract(program.id(), id), ContractRecord.class);
  }

  Optional<ManufacturerRecord> manufacturer(ManufacturerId id) {
    return state.record(RecordKey.manufacturer(program.id(), id), ManufacturerRecord.class);
  }

  long balance(AccountId account) {
    return state.balance(account);
  }

  Decision accept(
      EntryType type,
      List<Posting> postings,
      Map<String, String> references,
      List<LedgerRecord> records) {
    List<RecordDigest> digests = new ArrayList<>(records.size());
    for (LedgerRecord r : records) {
      digests.add(r.digest());
    }
    EntryDraft draft =
        new EntryDraft(
            command.id(),
            type,
            program.id(),
            today,
            postings,
            references,
            digests,
            command.fingerprint());
    return new Decision.Accept(draft, records);
  }

  Decision unknownContract(ContractId id) {
    return refuse(
        RejectionCode.UNKNOWN_CONTRACT,
        "no contract " + id + " in program " + program.id());
  }

  Decision unknownManufacturer(ManufacturerId id) {
    return refuse(
        RejectionCode.UNKNOWN_MANUFACTURER,
        "manufacturer " + id + " has never been granted points in program " + program.id());
  }
}
