package dev.pointsledger.core;

import static dev.pointsledger.core.StoreOf.storeOf;
import static dev.pointsledger.core.testing.Fixtures.M1;
import static dev.pointsledger.core.testing.Fixtures.M2;
import static dev.pointsledger.core.testing.Fixtures.M3;
import static dev.pointsledger.core.testing.Fixtures.P2022;
import static dev.pointsledger.core.testing.Fixtures.V1;
import static dev.pointsledger.core.testing.Fixtures.V2;
import static dev.pointsledger.core.testing.Fixtures.V3;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pointsledger.core.LedgerModel.Accept;
import dev.pointsledger.core.LedgerModel.Expectation;
import dev.pointsledger.core.LedgerModel.Holding;
import dev.pointsledger.core.LedgerModel.Refuse;
import dev.pointsledger.core.LedgerModel.Replay;
import dev.pointsledger.core.command.ApproveClaim;
import dev.pointsledger.core.command.CancelContract;
import dev.pointsledger.core.command.Command;
import dev.pointsledger.core.command.CommandOutcome;
import dev.pointsledger.core.command.FileClaim;
import dev.pointsledger.core.command.GrantPoints;
import dev.pointsledger.core.command.LapsePoints;
import dev.pointsledger.core.command.PurchaseSolution;
import dev.pointsledger.core.command.RejectClaim;
import dev.pointsledger.core.command.ReverseEntry;
import dev.pointsledger.core.command.SettleClaims;
import dev.pointsledger.core.error.LedgerRejectedException;
import dev.pointsledger.core.error.RejectionCode;
import dev.pointsledger.core.id.ManufacturerId;
import dev.pointsledger.core.id.VendorId;
import dev.pointsledger.core.program.ProgramPresets;
import dev.pointsledger.core.query.ManufacturerBalances;
import dev.pointsledger.core.query.VendorBalances;
import dev.pointsledger.core.testing.Fixtures;
import dev.pointsledger.core.testing.MutableClock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.statistics.Statistics;

/**
 * The state of the stateful properties: a ledger on the in-memory store with a clock the actions
 * move, the model it must agree with, and every command submitted so far.
 */
final class LedgerMachine {
  static final List<ManufacturerId> MANUFACTURERS =
      List.of(Fixtures.m(M1), Fixtures.m(M2), Fixtures.m(M3));

  /** V1 and V2 list a solution each; V3 never does. */
  static final List<VendorId> VENDORS =
      List.of(Fixtures.v(V1), Fixtures.v(V2), Fixtures.v(V3));

  private static final LocalDate LISTED_UNTIL = LocalDate.of(2022, 12, 31);

  final MutableClock clock = MutableClock.at(Fixtures.MAY_2);
  final Ledger ledger = Ledger.inMemory(clock);
  final LedgerModel model = new LedgerModel();
  final List<Command> submitted = new ArrayList<>();
  private int nextId = 1;

  LedgerMachine() {
    ledger.defineProgram(ProgramPresets.industrialPavilion2022());
    Fixtures.listSolutions(ledger, V1, V2);
    for (String vendor : List.of(V1, V2)) {
      model.listings.put(
          Fixtures.solutionOf(vendor),
          new LedgerModel.Listing(
              Fixtures.v(vendor), Fixtures.LISTED_PRICE, today(), LISTED_UNTIL, 3));
    }
  }

  /** A fresh id for a new entry, contract or claim. */
  String newId(String prefix) {
    return prefix + nextId++;
  }

  LocalDate today() {
    return clock.today();
  }

  /**
   * Submits a command and checks the ledger's outcome against the model's expectation.
   *
   * @param command the command
   */
  void submit(Command command) {
    Expectation expected = model.expect(command, today());
    long head = storeOf(ledger).headSequence();
    CommandOutcome outcome = ledger.submit(command);
    submitted.add(command);
    collectStatistics(command, outcome);
    String what = describe(command) + " on " + today();
    if (expected instanceof Accept) {
      CommandOutcome.Applied applied =
          assertInstanceOf(CommandOutcome.Applied.class, outcome, () -> what + ": " + outcome);
      assertFalse(applied.replayed(), () -> what + " replayed " + applied.entry());
      assertEquals(head + 1, applied.entry().sequence(), what);
      model.apply(command, today());
    } else if (expected instanceof Replay replay) {
      CommandOutcome.Applied applied =
          assertInstanceOf(CommandOutcome.Applied.class, outcome, () -> what + ": " + outcome);
      assertTrue(applied.replayed(), () -> what + " was not replayed");
      assertEquals(replay.id(), applied.entry().id());
      assertEquals(head, storeOf(ledger).headSequence(), () -> what + " wrote on a replay");
    } else {
      Refuse refuse = (Refuse) expected;
      CommandOutcome.Refused refused =
          assertInstanceOf(
              CommandOutcome.Refused.class,
              outcome,
              () -> what + " was applied; the model expected one of " + refuse.anyOf());
      assertTrue(
          refuse.anyOf().contains(refused.rejection().code()),
          () -> what + " refused " + refused.rejection() + "; expected one of " + refuse.anyOf());
      assertEquals(head, storeOf(ledger).headSequence(), () -> what + " wrote on a refusal");
    }
  }

  private static void collectStatistics(Command command, CommandOutcome outcome) {
    String type = command.getClass().getSimpleName();
    if (outcome instanceof CommandOutcome.Refused refused) {
      Statistics.label("outcomes").collect(type, "refused");
      Statistics.label("refusals").collect(refused.rejection().code());
    } else {
      Statistics.label("outcomes")
          .collect(type, ((CommandOutcome.Applied) outcome).replayed() ? "replayed" : "applied");
    }
  }

  /** Moves the business day forward. */
  void advanceTo(LocalDate day) {
    clock.setDay(day);
  }

  /** Every manufacturer's and vendor's balances are those of the model. */
  void matchesTheModel() {
    long head = storeOf(ledger).headSequence();
    for (ManufacturerId m : MANUFACTURERS) {
      Holding h = model.manufacturers.get(m);
      if (h == null) {
        assertEquals(
            RejectionCode.UNKNOWN_MANUFACTURER,
            assertThrows(
                    LedgerRejectedException.class, () -> ledger.now().manufacturer(P2022, m))
                .code());
        continue;
      }
      assertEquals(
          new ManufacturerBalances(
              P2022,
              m,
              head,
              h.granted,
              h.available,
              model.reserved(m),
              model.claimed(m),
              h.redeemed,
              h.lapsed),
          ledger.now().manufacturer(P2022, m));
    }
    for (VendorId v : VENDORS) {
      LedgerModel.Payouts p = model.vendor(v);
      assertEquals(
          new VendorBalances(P2022, v, head, model.pending(v), p.payable, p.paid),
          ledger.now().vendor(P2022, v));
    }
  }

  /** A command in a few words, for the steps of a counterexample. */
  static String describe(Command command) {
    String id = " [" + command.id() + "]";
    if (command instanceof GrantPoints c) {
      return String.format(
          "grant %,d points to %s, applied %s%s",
          c.points(), c.manufacturer(), c.applicationDate(), id);
    } else if (command instanceof PurchaseSolution c) {
      return String.format(
          "%s buys %s of solution %s at NTD %,d with %,d points, service %s..%s%s",
          c.manufacturer(),
          c.contract(),
          c.solution(),
          c.price(),
          c.points(),
          c.serviceStart(),
          c.serviceEnd(),
          id);
    } else if (command instanceof CancelContract c) {
      return "cancel " + c.contract() + id;
    } else if (command instanceof FileClaim c) {
      return String.format(
          "%s claims %s for %,d points on %s with %s%s",
          c.vendor(), c.claim(), c.points(), c.contract(), c.documents(), id);
    } else if (command instanceof ApproveClaim c) {
      return "approve " + c.claim() + id;
    } else if (command instanceof RejectClaim c) {
      return "reject " + c.claim() + id;
    } else if (command instanceof SettleClaims c) {
      return "pay " + c.vendor() + " for " + c.claims() + id;
    } else if (command instanceof LapsePoints c) {
      return "lapse " + c.manufacturer() + "'s unused points" + id;
    } else if (command instanceof ReverseEntry c) {
      return "reverse " + c.target() + id;
    }
    return command.toString();
  }

  @Override
  public String toString() {
    return "ledger on " + today() + " with " + storeOf(ledger).headSequence() + " entries";
  }
}
