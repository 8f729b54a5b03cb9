package dev.pointsledger.core.rules;

import dev.pointsledger.core.account.AccountId;
import dev.pointsledger.core.command.Command;
import dev.pointsledger.core.error.Rejection;
import dev.pointsledger.core.error.RejectionCode;
import dev.pointsledger.core.error.Term;
import dev.pointsledger.core.id.ContractId;
import dev.pointsledger.core.id.ManufacturerId;
import dev.pointsledger.core.id.UnifiedBusinessNumbers;
import dev.pointsledger.core.journal.EntryDraft;
import dev.pointsledger.core.journal.EntryType;
import dev.pointsledger.core.journal.Posting;
import dev.pointsledger.core.program.Program;
import dev.pointsledger.core.program.ProgramPolicy;
import dev.pointsledger.core.state.ContractRecord;
import dev.pointsledger.core.state.LedgerRecord;
import dev.pointsledger.core.state.ManufacturerRecord;
import dev.pointsledger.core.state.RecordKey;
import dev.pointsledger.core.store.Decision;
import dev.pointsledger.core.store.StateView;
import java.time.LocalDate;
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

  /** Refuses with the code's own message ({@code key = code.name()}). */
  static Decision refuse(RejectionCode code, Object... arguments) {
    return new Decision.Reject(Rejection.of(code, arguments));
  }

  /** Refuses with one of the code's message variants ({@code key = code.name() + "." + variant}). */
  static Decision refuseAs(RejectionCode code, String variant, Object... arguments) {
    return new Decision.Reject(Rejection.variant(code, variant, arguments));
  }

  /**
   * Refuses with every failed criterion: the first one's code, and all of them in the message
   * ({@code shared.criterion} or {@code shared.criteria}: the subject, a {@link Term}, its id, the
   * number failed, the list).
   */
  static Decision refuseAll(String subject, Object subjectId, List<Rejection> failures) {
    return new Decision.Reject(
        Rejection.shared(
            failures.get(0).code(),
            failures.size() == 1 ? "criterion" : "criteria",
            Term.of(subject),
            subjectId,
            failures.size(),
            failures));
  }

  /**
   * A vendor's or a manufacturer's id, a valid Unified Business Number when the policy requires
   * one ({@code INVALID_BUSINESS_NUMBER}, its variant naming the problem); {@code subject} names
   * a {@link Term}.
   */
  Optional<Decision> requireBusinessNumber(String subject, String id) {
    if (!policy().requireValidBusinessNumbers()) {
      return Optional.empty();
    }
    return UnifiedBusinessNumbers.problem(id)
        .map(
            problem ->
                switch (problem) {
                  case LENGTH -> refuseAs(
                      RejectionCode.INVALID_BUSINESS_NUMBER,
                      "length",
                      Term.of(subject),
                      id,
                      id.length());
                  case DIGITS -> refuseAs(
                      RejectionCode.INVALID_BUSINESS_NUMBER, "digits", Term.of(subject), id);
                  case CHECK -> refuseAs(
                      RejectionCode.INVALID_BUSINESS_NUMBER, "check", Term.of(subject), id);
                });
  }

  /** A positive amount of points; {@code what} names a {@link Term}. */
  static Optional<Decision> requirePositive(String what, long amount) {
    if (amount <= 0) {
      return Optional.of(refuse(RejectionCode.NON_POSITIVE_AMOUNT, Term.of(what), amount));
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
    return Decision.Accept.writing(
        records,
        digests ->
            new EntryDraft(
                command.id(),
                type,
                program.id(),
                today,
                postings,
                references,
                digests,
                command.fingerprint()));
  }

  Decision unknownContract(ContractId id) {
    return refuse(RejectionCode.UNKNOWN_CONTRACT, id, program.id());
  }

  Decision unknownManufacturer(ManufacturerId id) {
    return refuse(RejectionCode.UNKNOWN_MANUFACTURER, id, program.id());
  }
}
