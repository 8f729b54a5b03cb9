package dev.pointsledger.core.rules;

import static dev.pointsledger.core.rules.Context.refuse;

import com.google.common.collect.ImmutableSortedMap;
import dev.pointsledger.core.account.AccountId;
import dev.pointsledger.core.command.LapsePoints;
import dev.pointsledger.core.error.RejectionCode;
import dev.pointsledger.core.id.ManufacturerId;
import dev.pointsledger.core.journal.EntryType;
import dev.pointsledger.core.journal.Posting;
import dev.pointsledger.core.journal.References;
import dev.pointsledger.core.store.Decision;
import java.util.List;

/**
 * Unused points lapse after the program's end (an open point of the rules, a policy date), and
 * points that come free after it (a cancelled contract, the unclaimed rest of an approved claim)
 * lapse at once instead of returning to a balance nobody can spend ({@link LapsePoints}, and
 * {@link #releasedPointsGoTo} for the other handlers).
 */
final class LapseHandler {
  /** A lapse debits the manufacturer's unused points. */
  static final CommandHandler<LapsePoints> LAPSE =
      CommandHandler.of(
          LapsePoints.class,
          (c, locks) -> locks.manufacturer(c.manufacturer()),
          LapseHandler::lapse);

  private LapseHandler() {}

  /**
   * Where points a contract releases go: back to the manufacturer's unused points while the
   * program runs, to its lapsed points from the day after the program's end.
   */
  static AccountId releasedPointsGoTo(Context ctx, ManufacturerId manufacturer) {
    var pid = ctx.program().id();
    return ctx.today().isAfter(ctx.policy().programEnd())
        ? AccountId.lapsed(pid, manufacturer)
        : AccountId.available(pid, manufacturer);
  }

  private static Decision lapse(LapsePoints c, Context ctx) {
    if (!ctx.today().isAfter(ctx.policy().programEnd())) {
      return refuse(
          RejectionCode.PROGRAM_NOT_ENDED,
          ctx.program().id(),
          ctx.policy().programEnd(),
          ctx.policy().programEnd().plusDays(1),
          ctx.today());
    }
    if (ctx.manufacturer(c.manufacturer()).isEmpty()) {
      return ctx.unknownManufacturer(c.manufacturer());
    }
    var pid = ctx.program().id();
    AccountId available = AccountId.available(pid, c.manufacturer());
    long unused = ctx.balance(available);
    if (unused == 0) {
      return refuse(RejectionCode.NOTHING_TO_LAPSE, c.manufacturer());
    }
    return ctx.accept(
        EntryType.LAPSE,
        List.of(
            new Posting(available, -unused),
            new Posting(AccountId.lapsed(pid, c.manufacturer()), unused)),
        ImmutableSortedMap.of(References.MANUFACTURER, c.manufacturer().value()),
        List.of());
  }
}
