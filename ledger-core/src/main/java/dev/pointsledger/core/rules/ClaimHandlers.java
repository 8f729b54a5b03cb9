package dev.pointsledger.core.rules;

import static dev.pointsledger.core.rules.Context.refuse;
import static dev.pointsledger.core.rules.Context.refuseAs;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import dev.pointsledger.core.account.AccountId;
import dev.pointsledger.core.command.ApproveClaim;
import dev.pointsledger.core.command.FileClaim;
import dev.pointsledger.core.command.RejectClaim;
import dev.pointsledger.core.command.SettleClaims;
import dev.pointsledger.core.error.RejectionCode;
import dev.pointsledger.core.id.ClaimId;
import dev.pointsledger.core.id.RegistryForms;
import dev.pointsledger.core.id.ProgramId;
import dev.pointsledger.core.journal.EntryType;
import dev.pointsledger.core.journal.JournalEntry;
import dev.pointsledger.core.journal.Posting;
import dev.pointsledger.core.journal.References;
import dev.pointsledger.core.state.ClaimRecord;
import dev.pointsledger.core.state.ClaimStatus;
import dev.pointsledger.core.state.ContractRecord;
import dev.pointsledger.core.state.ContractStatus;
import dev.pointsledger.core.state.DocumentRef;
import dev.pointsledger.core.state.InvoiceRecord;
import dev.pointsledger.core.state.LedgerRecord;
import dev.pointsledger.core.state.RecordKey;
import dev.pointsledger.core.store.Decision;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * R-P3, R-P4: claims after the contract ends ({@link FileClaim}), their review ({@link
 * ApproveClaim}, {@link RejectClaim}) and their payout ({@link SettleClaims}).
 */
final class ClaimHandlers {
  /** A vendor's claim writes a new claim and debits the contract's reserved points. */
  static final CommandHandler<FileClaim> FILE =
      CommandHandler.of(
          FileClaim.class,
          (c, locks) -> {
            locks.newClaim(c.claim()).contract(c.contract());
            c.documents().stream()
                .filter(DocumentRef::refersToAnInvoice)
                .forEach(d -> locks.invoice(d.number()));
          },
          ClaimHandlers::file);

  /**
   * An approval writes the claim and its contract, debits the contract and may credit its
   * manufacturer with the unclaimed rest.
   */
  static final CommandHandler<ApproveClaim> APPROVE =
      CommandHandler.of(
          ApproveClaim.class, (c, locks) -> locks.claim(c.claim()), ClaimHandlers::approve);

  /** A rejection writes the claim and its contract and debits the contract's claimed points. */
  static final CommandHandler<RejectClaim> REJECT =
      CommandHandler.of(
          RejectClaim.class, (c, locks) -> locks.claim(c.claim()), ClaimHandlers::reject);

  /** A payout debits the vendor's payable and writes each claim it pays. */
  static final CommandHandler<SettleClaims> SETTLE =
      CommandHandler.of(
          SettleClaims.class,
          (c, locks) -> {
            locks.vendor(c.vendor());
            c.claims().forEach(locks::newClaim);
          },
          ClaimHandlers::settle);

  private ClaimHandlers() {}

  private static Decision file(FileClaim c, Context ctx) {
    var invalid = Context.requirePositive("claimedPoints", c.points());
    if (invalid.isPresent()) {
      return invalid.get();
    }
    if (c.documents().isEmpty()) {
      return refuse(RejectionCode.MISSING_CLAIM_DOCUMENTS, c.claim());
    }
    Optional<DocumentRef> repeated = Context.firstRepeated(c.documents());
    if (repeated.isPresent()) {
      return refuseAs(RejectionCode.DUPLICATE_ITEM, "claimDocument", c.claim(), repeated.get());
    }
    ProgramId pid = ctx.program().id();
    if (claim(ctx, c.claim()).isPresent()) {
      return refuse(RejectionCode.CLAIM_ALREADY_EXISTS, c.claim(), pid);
    }
    Set<String> invoices = new LinkedHashSet<>();
    for (DocumentRef document : c.documents()) {
      if (!document.refersToAnInvoice()) {
        continue;
      }
      if (!RegistryForms.isUniformInvoiceNumber(document.number())) {
        return refuse(RejectionCode.INVALID_INVOICE_NUMBER, c.claim(), document.number());
      }
      if (!invoices.add(document.number())) {
        return refuseAs(RejectionCode.DUPLICATE_ITEM, "claimDocument", c.claim(), document);
      }
      Optional<Decision> taken = invoiceTaken(ctx, document.number());
      if (taken.isPresent()) {
        return taken.get();
      }
    }
    Optional<ContractRecord> found = ctx.contract(c.contract());
    if (found.isEmpty()) {
      return ctx.unknownContract(c.contract());
    }
    ContractRecord contract = found.get();
    if (!contract.soldBy(c.vendor())) {
      return refuse(RejectionCode.NOT_CONTRACT_VENDOR, c.vendor(), c.contract());
    }
    if (contract.status() == ContractStatus.CLAIM_PENDING) {
      return refuseAs(
          RejectionCode.CLAIM_PENDING, "claim", c.contract(), contract.openClaim().orElseThrow());
    }
    if (contract.status() != ContractStatus.ACTIVE) {
      return refuseAs(
          RejectionCode.CONTRACT_NOT_ACTIVE, "claim", c.contract(), contract.status());
    }
    if (!contract.endedBefore(ctx.today())) {
      return refuse(
          RejectionCode.CONTRACT_NOT_ENDED,
          c.contract(),
          contract.serviceEnd(),
          contract.serviceEnd().plusDays(1),
          ctx.today());
    }
    AccountId reserved = AccountId.reserved(pid, contract.manufacturer(), contract.id());
    long reservedPoints = ctx.balance(reserved);
    if (c.points() > reservedPoints) {
      return refuse(
          RejectionCode.CLAIM_EXCEEDS_RESERVED, c.points(), reservedPoints, c.contract());
    }
    ImmutableMap.Builder<String, String> refs =
        ImmutableSortedMap.<String, String>naturalOrder()
            .put(References.MANUFACTURER, contract.manufacturer().value())
            .put(References.VENDOR, c.vendor().value())
            .put(References.CONTRACT, contract.id().value())
            .put(References.CLAIM, c.claim().value());
    for (int i = 0; i < c.documents().size(); i++) {
      refs.put(References.document(i + 1), c.documents().get(i).toString());
    }
    ClaimRecord claim =
        new ClaimRecord(
            pid,
            c.claim(),
            contract.id(),
            contract.manufacturer(),
            c.vendor(),
            c.points(),
            c.documents(),
            ctx.today(),
            ClaimStatus.PENDING,
            c.id(),
            Optional.empty());
    List<LedgerRecord> records = new ArrayList<>(2 + invoices.size());
    records.add(claim);
    records.add(contract.with(ContractStatus.CLAIM_PENDING, Optional.of(c.claim())));
    for (String invoice : invoices) {
      records.add(new InvoiceRecord(pid, invoice, c.claim(), c.id()));
    }
    return ctx.accept(
        EntryType.CLAIM,
        List.of(
            new Posting(reserved, -c.points()),
            new Posting(
                AccountId.claimed(pid, contract.manufacturer(), contract.id()), c.points())),
        refs.buildOrThrow(),
        records);
  }

  /**
   * The refusal of an invoice that backs a live claim of the program (pending, approved or
   * settled): {@code INVOICE_ALREADY_CLAIMED}; empty when it backs none, or only a rejected one.
   */
  private static Optional<Decision> invoiceTaken(Context ctx, String invoice) {
    ProgramId pid = ctx.program().id();
    return ctx.state()
        .record(RecordKey.invoice(pid, invoice), InvoiceRecord.class)
        .flatMap(taken -> claim(ctx, taken.claim()))
        .filter(earlier -> earlier.status() != ClaimStatus.REJECTED)
        .map(
            earlier ->
                refuse(
                    RejectionCode.INVOICE_ALREADY_CLAIMED,
                    invoice,
                    earlier.id(),
                    earlier.status(),
                    pid));
  }

  private static Decision approve(ApproveClaim c, Context ctx) {
    return onPending(c.claim(), ctx, (claim, contract) -> approved(claim, contract, ctx));
  }

  private static Decision approved(ClaimRecord claim, ContractRecord contract, Context ctx) {
    ProgramId pid = ctx.program().id();
    AccountId reserved = AccountId.reserved(pid, contract.manufacturer(), contract.id());
    long unclaimed = ctx.balance(reserved);
    List<Posting> postings = new ArrayList<>(4);
    postings.add(
        new Posting(
            AccountId.claimed(pid, contract.manufacturer(), contract.id()), -claim.amount()));
    postings.add(new Posting(AccountId.payable(pid, claim.vendor()), claim.amount()));
    List<LedgerRecord> records = new ArrayList<>(3);
    records.add(claim.with(ClaimStatus.APPROVED, Optional.empty()));
    records.add(contract.with(ContractStatus.CLOSED, Optional.empty()));
    if (unclaimed > 0) {
      postings.add(new Posting(reserved, -unclaimed));
      postings.add(
          new Posting(LapseHandler.releasedPointsGoTo(ctx, contract.manufacturer()), unclaimed));
      records.add(ctx.manufacturer(contract.manufacturer()).orElseThrow().withCommitted(-unclaimed));
    }
    return ctx.accept(EntryType.APPROVE, postings, claimRefs(claim, Optional.empty()), records);
  }

  private static Decision reject(RejectClaim c, Context ctx) {
    return onPending(c.claim(), ctx, (claim, contract) -> rejected(c, claim, contract, ctx));
  }

  private static Decision rejected(
      RejectClaim c, ClaimRecord claim, ContractRecord contract, Context ctx) {
    ProgramId pid = ctx.program().id();
    return ctx.accept(
        EntryType.REJECT,
        List.of(
            new Posting(
                AccountId.claimed(pid, contract.manufacturer(), contract.id()), -claim.amount()),
            new Posting(
                AccountId.reserved(pid, contract.manufacturer(), contract.id()), claim.amount())),
        claimRefs(claim, Optional.of(c.reason())),
        List.of(
            claim.with(ClaimStatus.REJECTED, Optional.empty()),
            contract.with(ContractStatus.ACTIVE, Optional.empty())));
  }

  private static Decision settle(SettleClaims c, Context ctx) {
    if (c.claims().isEmpty()) {
      return refuse(RejectionCode.EMPTY_SETTLEMENT, c.vendor());
    }
    Set<ClaimId> seen = new HashSet<>();
    long total = 0;
    List<LedgerRecord> settled = new ArrayList<>(c.claims().size());
    for (ClaimId id : c.claims()) {
      if (!seen.add(id)) {
        return refuseAs(RejectionCode.DUPLICATE_ITEM, "settledClaim", id);
      }
      Optional<ClaimRecord> found = claim(ctx, id);
      if (found.isEmpty()) {
        return unknownClaim(ctx, id);
      }
      ClaimRecord claim = found.get();
      if (!claim.vendor().equals(c.vendor())) {
        return refuse(RejectionCode.NOT_CLAIM_VENDOR, id, claim.vendor(), c.vendor());
      }
      if (claim.status() != ClaimStatus.APPROVED) {
        return refuse(
            RejectionCode.CLAIM_NOT_APPROVED, id, claim.status(), ClaimStatus.APPROVED);
      }
      try {
        total = Math.addExact(total, claim.amount());
      } catch (ArithmeticException e) {
        return refuseAs(RejectionCode.AMOUNT_OVERFLOW, "settlement");
      }
      settled.add(claim.with(ClaimStatus.SETTLED, Optional.of(c.payoutReference())));
    }
    ProgramId pid = ctx.program().id();
    return ctx.accept(
        EntryType.SETTLE,
        List.of(
            new Posting(AccountId.payable(pid, c.vendor()), -total),
            new Posting(AccountId.paid(pid, c.vendor()), total)),
        settlementRefs(c),
        settled);
  }

  private static ImmutableMap<String, String> settlementRefs(SettleClaims c) {
    ImmutableMap.Builder<String, String> refs =
        ImmutableSortedMap.<String, String>naturalOrder()
            .put(References.VENDOR, c.vendor().value())
            .put(References.PAYOUT, c.payoutReference());
    for (int i = 0; i < c.claims().size(); i++) {
      refs.put(References.settles(i + 1), c.claims().get(i).value());
    }
    return refs.buildOrThrow();
  }

  /** The claims a settlement entry paid, in the order it names them. */
  static List<ClaimId> settledBy(JournalEntry settlement) {
    ImmutableList.Builder<ClaimId> ids = ImmutableList.builder();
    for (int n = 1; ; n++) {
      String id = settlement.references().get(References.settles(n));
      if (id == null) {
        return ids.build();
      }
      ids.add(ClaimId.of(id));
    }
  }

  static Optional<ClaimRecord> claim(Context ctx, ClaimId id) {
    return ctx.state().record(RecordKey.claim(ctx.program().id(), id), ClaimRecord.class);
  }

  /**
   * Decides on a claim waiting for review, with its contract; refuses a claim that is unknown
   * ({@code UNKNOWN_CLAIM}) or already decided ({@code CLAIM_NOT_PENDING}).
   */
  private static Decision onPending(
      ClaimId id, Context ctx, BiFunction<ClaimRecord, ContractRecord, Decision> decision) {
    Optional<ClaimRecord> found = pending(ctx, id);
    if (found.isEmpty()) {
      return notPending(ctx, id);
    }
    ClaimRecord claim = found.get();
    return decision.apply(claim, ctx.contract(claim.contract()).orElseThrow());
  }

  private static Optional<ClaimRecord> pending(Context ctx, ClaimId id) {
    return claim(ctx, id).filter(claim -> claim.status() == ClaimStatus.PENDING);
  }

  private static Decision notPending(Context ctx, ClaimId id) {
    Optional<ClaimRecord> claim = claim(ctx, id);
    if (claim.isEmpty()) {
      return unknownClaim(ctx, id);
    }
    return refuse(
        RejectionCode.CLAIM_NOT_PENDING, id, claim.get().status(), ClaimStatus.PENDING);
  }

  private static Decision unknownClaim(Context ctx, ClaimId id) {
    return refuse(RejectionCode.UNKNOWN_CLAIM, id, ctx.program().id());
  }

  private static ImmutableMap<String, String> claimRefs(
      ClaimRecord claim, Optional<String> reason) {
    ImmutableMap.Builder<String, String> refs =
        ImmutableSortedMap.<String, String>naturalOrder()
            .put(References.MANUFACTURER, claim.manufacturer().value())
            .put(References.VENDOR, claim.vendor().value())
            .put(References.CONTRACT, claim.contract().value())
            .put(References.CLAIM, claim.id().value());
    reason.ifPresent(r -> refs.put(References.REASON, r));
    return refs.buildOrThrow();
  }

}
