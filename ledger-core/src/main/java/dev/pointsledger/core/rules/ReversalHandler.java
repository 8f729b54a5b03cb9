package dev.pointsledger.core.rules;

import static dev.pointsledger.core.rules.Context.refuse;

import com.google.common.collect.ImmutableSortedMap;
import dev.pointsledger.core.account.AccountId;
import dev.pointsledger.core.command.ReverseEntry;
import dev.pointsledger.core.error.RejectionCode;
import dev.pointsledger.core.id.ClaimId;
import dev.pointsledger.core.id.ContractId;
import dev.pointsledger.core.id.ManufacturerId;
import dev.pointsledger.core.id.VendorId;
import dev.pointsledger.core.journal.EntryType;
import dev.pointsledger.core.journal.JournalEntry;
import dev.pointsledger.core.journal.Posting;
import dev.pointsledger.core.journal.References;
import dev.pointsledger.core.state.ClaimRecord;
import dev.pointsledger.core.state.ClaimStatus;
import dev.pointsledger.core.state.ContractRecord;
import dev.pointsledger.core.state.ContractStatus;
import dev.pointsledger.core.state.LedgerRecord;
import dev.pointsledger.core.store.Decision;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Corrections ({@link ReverseEntry}): an entry booked in error is reversed by its opposite, never
 * deleted. Every posting is negated, except that points a reversed reservation releases after the
 * program's end lapse in the same entry ({@link LapseHandler#releasedPointsGoTo}), as those of a
 * cancellation or an approval do; and a lapse is never reversed ({@code LAPSE_IS_FINAL}).
 */
final class ReversalHandler {
  /**
   * One reversal per target; and whatever the target touched, found from its references: its
   * manufacturer, its contract (with the contract's manufacturer), its vendor, the claims it paid.
   */
  static final CommandHandler<ReverseEntry> REVERSE =
      CommandHandler.of(
          ReverseEntry.class,
          (c, locks) -> {
            locks.name("reversal|" + c.target());
            locks.facts().entry(c.target()).ifPresent(target -> touchedBy(target, locks));
          },
          ReversalHandler::reverse);

  /** The entry types with no counter-command of their own. */
  static final Set<EntryType> REVERSIBLE =
      EnumSet.of(EntryType.GRANT, EntryType.RESERVE, EntryType.SETTLE);

  private ReversalHandler() {}

  private static void touchedBy(JournalEntry target, Locks locks) {
    Optional.ofNullable(target.references().get(References.MANUFACTURER))
        .ifPresent(m -> locks.manufacturer(ManufacturerId.of(m)));
    Optional.ofNullable(target.references().get(References.CONTRACT))
        .ifPresent(contract -> locks.contract(ContractId.of(contract)));
    Optional.ofNullable(target.references().get(References.VENDOR))
        .ifPresent(v -> locks.vendor(VendorId.of(v)));
    for (ClaimId id : ClaimHandlers.settledBy(target)) {
      locks.newClaim(id);
    }
  }

  private static Decision reverse(ReverseEntry c, Context ctx) {
    Optional<JournalEntry> found =
        ctx.state().entry(c.target()).filter(e -> e.program().equals(ctx.program().id()));
    if (found.isEmpty()) {
      return refuse(RejectionCode.UNKNOWN_ENTRY, c.target(), ctx.program().id());
    }
    JournalEntry target = found.get();
    if (target.type() == EntryType.LAPSE) {
      return lapseIsFinal(target, ctx);
    }
    if (!REVERSIBLE.contains(target.type())) {
      return refuse(RejectionCode.ENTRY_NOT_REVERSIBLE, c.target(), target.type(), REVERSIBLE);
    }
    Optional<JournalEntry> earlier = ctx.state().reversalOf(c.target());
    if (earlier.isPresent()) {
      return refuse(RejectionCode.ALREADY_REVERSED, c.target(), earlier.get().id());
    }
    List<LedgerRecord> records = new ArrayList<>(2);
    AccountId releasedFrom = null;
    AccountId releasedTo = null;
    switch (target.type()) {
      case GRANT -> {
        ManufacturerId m = ManufacturerId.of(target.references().get(References.MANUFACTURER));
        long granted = target.amountFor(AccountId.available(ctx.program().id(), m));
        records.add(ctx.manufacturer(m).orElseThrow().withGranted(-granted));
      }
      case RESERVE -> {
        ContractRecord contract =
            ctx.contract(ContractId.of(target.references().get(References.CONTRACT)))
                .orElseThrow();
        if (contract.status() != ContractStatus.ACTIVE) {
          return Context.refuseAs(
              RejectionCode.ENTRY_NOT_REVERSIBLE,
              "contract",
              contract.id(),
              contract.status(),
              ContractStatus.ACTIVE);
        }
        records.add(contract.with(ContractStatus.REVERSED, Optional.empty()));
        releasedFrom = AccountId.available(ctx.program().id(), contract.manufacturer());
        releasedTo = LapseHandler.releasedPointsGoTo(ctx, contract.manufacturer());
        records.add(
            ctx.manufacturer(contract.manufacturer())
                .orElseThrow()
                .withCommitted(-contract.points()));
      }
      case SETTLE -> {
        for (ClaimId id : ClaimHandlers.settledBy(target)) {
          ClaimRecord claim = ClaimHandlers.claim(ctx, id).orElseThrow();
          records.add(claim.with(ClaimStatus.APPROVED, Optional.empty()));
        }
      }
      default -> throw new IllegalStateException("not reversible: " + target.type());
    }
    List<Posting> postings = new ArrayList<>(target.postings().size());
    for (Posting p : target.postings()) {
      Posting negated = p.negate();
      if (negated.account().equals(releasedFrom)) {
        negated = new Posting(releasedTo, negated.amount());
      }
      if (negated.amount() < 0 && negated.account().type().nonNegative()) {
        long balance = ctx.balance(negated.account());
        if (balance + negated.amount() < 0) {
          return refuse(
              RejectionCode.REVERSAL_NOT_COVERED,
              c.target(),
              -negated.amount(),
              negated.account(),
              balance);
        }
      }
      postings.add(negated);
    }
    return ctx.accept(
        EntryType.REVERSE,
        postings,
        ImmutableSortedMap.of(References.REVERSES, c.target().value(), References.REASON, c.reason()),
        records);
  }

  /**
   * A lapse is made only after the program's end (PROGRAM_NOT_ENDED before it), and reversing it
   * would return lapsed points to a balance nobody can spend: refused, whenever it is asked.
   */
  private static Decision lapseIsFinal(JournalEntry lapse, Context ctx) {
    ManufacturerId m = ManufacturerId.of(lapse.references().get(References.MANUFACTURER));
    return refuse(
        RejectionCode.LAPSE_IS_FINAL,
        lapse.id(),
        lapse.amountFor(AccountId.lapsed(ctx.program().id(), m)),
        m,
        ctx.program().id(),
        ctx.policy().programEnd());
  }
}
