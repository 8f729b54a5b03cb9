package dev.pointsledger.core;

import static dev.pointsledger.core.testing.Fixtures.P2022;

import dev.pointsledger.core.LedgerModel.Bill;
import dev.pointsledger.core.LedgerModel.BillStatus;
import dev.pointsledger.core.LedgerModel.Deal;
import dev.pointsledger.core.command.ApproveClaim;
import dev.pointsledger.core.command.CancelContract;
import dev.pointsledger.core.command.Command;
import dev.pointsledger.core.command.FileClaim;
import dev.pointsledger.core.command.GrantPoints;
import dev.pointsledger.core.command.LapsePoints;
import dev.pointsledger.core.command.PurchaseSolution;
import dev.pointsledger.core.command.RejectClaim;
import dev.pointsledger.core.command.ReverseEntry;
import dev.pointsledger.core.command.SettleClaims;
import dev.pointsledger.core.error.RejectionCode;
import dev.pointsledger.core.id.ClaimId;
import dev.pointsledger.core.id.ContractId;
import dev.pointsledger.core.id.EntryId;
import dev.pointsledger.core.id.ManufacturerId;
import dev.pointsledger.core.id.VendorId;
import dev.pointsledger.core.program.ManufacturerProfile;
import dev.pointsledger.core.state.DocumentRef;
import dev.pointsledger.core.testing.Fixtures;
import dev.pointsledger.core.testing.LedgerInvariants;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.ActionChainArbitrary;
import net.jqwik.api.state.Transformer;
import net.jqwik.api.statistics.Statistics;

/**
 * Any sequence of commands, valid or not, keeps every invariant of the ledger, and leaves every
 * manufacturer's and vendor's points where a plain model of the program rules says they are.
 */
class LedgerProperties {
  private static final LocalDate LAST_DAY_TRIED = LocalDate.of(2023, 3, 31);

  /** Every command type, each of which must be both applied and refused in a run. */
  private static final List<Class<? extends Command>> COMMAND_TYPES =
      List.of(
          GrantPoints.class,
          PurchaseSolution.class,
          CancelContract.class,
          FileClaim.class,
          ApproveClaim.class,
          RejectClaim.class,
          SettleClaims.class,
          LapsePoints.class,
          ReverseEntry.class);

  /** The refusals a run must meet, so that every rule is tried against the model. */
  private static final List<RejectionCode> EXERCISED_REFUSALS =
      List.of(
          RejectionCode.CAP_EXCEEDED,
          RejectionCode.MORE_THAN_HALF_OF_PRICE,
          RejectionCode.INSUFFICIENT_POINTS,
          RejectionCode.TERM_TOO_SHORT,
          RejectionCode.SERVICE_STARTS_BEFORE_PURCHASE,
          RejectionCode.UNKNOWN_SOLUTION,
          RejectionCode.PRICE_ABOVE_LISTED,
          RejectionCode.CONTRACT_NOT_ENDED,
          RejectionCode.NOT_CONTRACT_VENDOR,
          RejectionCode.CLAIM_EXCEEDS_RESERVED,
          RejectionCode.CLAIM_PENDING,
          RejectionCode.CLAIM_NOT_PENDING,
          RejectionCode.CLAIM_NOT_APPROVED,
          RejectionCode.NOT_CLAIM_VENDOR,
          RejectionCode.CONTRACT_ALREADY_ENDED,
          RejectionCode.PROGRAM_NOT_ENDED,
          RejectionCode.NOTHING_TO_LAPSE,
          RejectionCode.ENTRY_NOT_REVERSIBLE,
          RejectionCode.ALREADY_REVERSED,
          RejectionCode.REVERSAL_NOT_COVERED,
          RejectionCode.DUPLICATE_ID_DIFFERENT_CONTENT);

  @Property(tries = 1000)
  void anySequenceOfCommands_keepsEveryInvariant_andAgreesWithTheModel(
      @ForAll("commandSequences") ActionChain<LedgerMachine> chain) {
    ActionChain<LedgerMachine> checked = chain;
    for (Map.Entry<String, Consumer<Ledger>> invariant : LedgerInvariants.ALL.entrySet()) {
      checked =
          checked.withInvariant(invariant.getKey(), m -> invariant.getValue().accept(m.ledger));
    }
    checked.withInvariant("balances match the model", LedgerMachine::matchesTheModel).run();
    Statistics.label("outcomes")
        .coverage(
            coverage -> {
              for (Class<?> type : COMMAND_TYPES) {
                coverage.check(type.getSimpleName(), "applied").count(n -> n >= 50);
                coverage.check(type.getSimpleName(), "refused").count(n -> n >= 10);
              }
              coverage.check("GrantPoints", "replayed").count(n -> n >= 10);
            });
    Statistics.label("refusals")
        .coverage(
            coverage -> {
              for (RejectionCode code : EXERCISED_REFUSALS) {
                coverage.check(code).count(n -> n >= 5);
              }
            });
  }

  @Provide
  ActionChainArbitrary<LedgerMachine> commandSequences() {
    return ActionChain.startWith(LedgerMachine::new)
        .withAction(5, new Grant())
        .withAction(6, new Reserve())
        .withAction(1, new Cancel())
        .withAction(2, new AdvanceClock())
        .withAction(2, new SkipPastAServiceEnd())
        .withAction(1, new EndTheProgram())
        .withAction(5, new FileAClaim())
        .withAction(3, new Decide(true))
        .withAction(1, new Decide(false))
        .withAction(2, new Settle())
        .withAction(1, new Lapse())
        .withAction(2, new Reverse())
        .withAction(1, new RetryTheLastCommand())
        .withAction(1, new ReuseAnIdForAnotherCommand())
        .withMaxTransformations(50);
  }

  /** A transformer that submits a command and is described by it. */
  private static Transformer<LedgerMachine> submitting(Command command) {
    return Transformer.mutate(LedgerMachine.describe(command), m -> m.submit(command));
  }

  private static <T> Arbitrary<T> oneOf(List<T> values) {
    return Arbitraries.of(values);
  }

  /** Mostly one of the existing items, sometimes one that does not exist. */
  private static <T> Arbitrary<T> existingOrNot(List<T> existing, T missing) {
    if (existing.isEmpty()) {
      return Arbitraries.just(missing);
    }
    return Arbitraries.frequencyOf(
        Tuple.of(9, Arbitraries.of(existing)), Tuple.of(1, Arbitraries.just(missing)));
  }

  // --- grants and purchases ---------------------------------------------------------------------

  /** Grants a manufacturer of M1..M3 points, sometimes past the cap, applied around today. */
  static final class Grant implements Action.Dependent<LedgerMachine> {
    @Override
    public Arbitrary<Transformer<LedgerMachine>> transformer(LedgerMachine m) {
      Arbitrary<Long> points =
          Arbitraries.frequencyOf(
              Tuple.of(6, Arbitraries.longs().between(1, 120_000)),
              Tuple.of(2, Arbitraries.longs().between(199_995, 200_005)),
              Tuple.of(1, Arbitraries.longs().between(200_001, 1_000_000)),
              Tuple.of(1, Arbitraries.longs().between(-1, 1)));
      Arbitrary<Integer> daysAgo =
          Arbitraries.frequency(Tuple.of(8, 0), Tuple.of(1, 3), Tuple.of(1, -1));
      String id = m.newId("g");
      return Combinators.combine(oneOf(LedgerMachine.MANUFACTURERS), points, daysAgo)
          .as(
              (manufacturer, p, ago) ->
                  submitting(
                      Fixtures.grant(
                          id,
                          P2022,
                          manufacturer.value(),
                          p,
                          m.today().minusDays(ago),
                          ManufacturerProfile.typicalSmallFactory())));
    }
  }

  /**
   * A manufacturer buys the solution of V1 or V2 (rarely of V3, who listed none) at any price, odd
   * ones and a few above the listed price included, with points around half of it, for a term
   * around the minimum, starting within three weeks (rarely a few days before the purchase).
   */
  static final class Reserve implements Action.Dependent<LedgerMachine> {
    @Override
    public Arbitrary<Transformer<LedgerMachine>> transformer(LedgerMachine m) {
      Arbitrary<Long> prices =
          Arbitraries.frequencyOf(
              Tuple.of(14, Arbitraries.longs().between(1, 300_000)),
              Tuple.of(3, Arbitraries.longs().between(1, 20)),
              Tuple.of(2, Arbitraries.longs().between(399_990, 400_010)),
              Tuple.of(1, Arbitraries.just(Fixtures.LISTED_PRICE + 1)),
              Tuple.of(1, Arbitraries.longs().between(-1, 0)));
      Arbitrary<long[]> priceAndPoints =
          prices.flatMap(price -> pointsFor(price).map(points -> new long[] {price, points}));
      Arbitrary<Integer> startsIn =
          Arbitraries.frequencyOf(
              Tuple.of(19, Arbitraries.integers().between(0, 20)),
              Tuple.of(1, Arbitraries.integers().between(-3, -1)));
      Arbitrary<Integer> longerBy =
          Arbitraries.frequencyOf(
              Tuple.of(18, Arbitraries.integers().between(0, 30)),
              Tuple.of(1, Arbitraries.integers().between(-2, -1)),
              Tuple.of(1, Arbitraries.just(-120)));
      String id = m.newId("r");
      String contract = m.newId("C");
      return Combinators.combine(buyer(m), seller(), priceAndPoints, startsIn, longerBy)
          .as(
              (manufacturer, vendor, pp, in, longer) -> {
                LocalDate start = m.today().plusDays(in);
                return submitting(
                    Fixtures.purchase(id, contract, manufacturer.value(), vendor.value())
                        .price(pp[0])
                        .points(pp[1])
                        .service(start, start.plusMonths(3).minusDays(1).plusDays(longer))
                        .build());
              });
    }

    /** Mostly V1 or V2, rarely V3. */
    private static Arbitrary<VendorId> seller() {
      return Arbitraries.frequency(
          Tuple.of(10, LedgerMachine.VENDORS.get(0)),
          Tuple.of(10, LedgerMachine.VENDORS.get(1)),
          Tuple.of(1, LedgerMachine.VENDORS.get(2)));
    }

    /** Mostly a manufacturer holding points, sometimes any. */
    private static Arbitrary<ManufacturerId> buyer(LedgerMachine m) {
      List<ManufacturerId> granted = new ArrayList<>(m.model.manufacturers.keySet());
      return granted.isEmpty()
          ? oneOf(LedgerMachine.MANUFACTURERS)
          : Arbitraries.frequencyOf(
              Tuple.of(4, Arbitraries.of(granted)),
              Tuple.of(1, oneOf(LedgerMachine.MANUFACTURERS)));
    }

    private static Arbitrary<Long> pointsFor(long price) {
      long half = Math.max(0, price / 2);
      return Arbitraries.frequencyOf(
          Tuple.of(8, Arbitraries.longs().between(half - 2, half + 2)),
          Tuple.of(10, Arbitraries.longs().between(1, Math.max(1, half))),
          Tuple.of(1, Arbitraries.longs().between(-1, 1)));
    }
  }

  /** An action possible once the model holds any of some kind of item. */
  abstract static class OnceAnyExist implements Action.Dependent<LedgerMachine> {
    private final Function<LedgerModel, Map<?, ?>> items;

    OnceAnyExist(Function<LedgerModel, Map<?, ?>> items) {
      this.items = items;
    }

    @Override
    public boolean precondition(LedgerMachine m) {
      return !items.apply(m.model).isEmpty();
    }
  }

  /** Cancels a contract (sometimes one that does not exist). */
  static final class Cancel extends OnceAnyExist {
    Cancel() {
      super(model -> model.contracts);
    }

    @Override
    public Arbitrary<Transformer<LedgerMachine>> transformer(LedgerMachine m) {
      String id = m.newId("x");
      return existingOrNot(new ArrayList<>(m.model.contracts.keySet()), Fixtures.c("C-none"))
          .map(contract -> submitting(new CancelContract(Fixtures.e(id), P2022, contract, "test")));
    }
  }

  // --- the clock
  // ----------------------------------------------------------------------------------

  /** Moves the clock a few days, weeks or months on. */
  static final class AdvanceClock implements Action.Dependent<LedgerMachine> {
    @Override
    public boolean precondition(LedgerMachine m) {
      return m.today().isBefore(LAST_DAY_TRIED);
    }

    @Override
    public Arbitrary<Transformer<LedgerMachine>> transformer(LedgerMachine m) {
      return Arbitraries.frequencyOf(
              Tuple.of(3, Arbitraries.integers().between(1, 7)),
              Tuple.of(2, Arbitraries.integers().between(8, 30)),
              Tuple.of(1, Arbitraries.integers().between(31, 100)))
          .map(
              days ->
                  Transformer.mutate(
                      "advance the clock " + days + " days",
                      s -> s.advanceTo(s.today().plusDays(days))));
    }
  }

  /** Moves the clock to the day after a contract's service ends, so that it can be claimed. */
  static final class SkipPastAServiceEnd implements Action.Dependent<LedgerMachine> {
    @Override
    public boolean precondition(LedgerMachine m) {
      return m.model.contracts.values().stream().anyMatch(d -> !d.serviceEnd.isBefore(m.today()));
    }

    @Override
    public Arbitrary<Transformer<LedgerMachine>> transformer(LedgerMachine m) {
      List<Map.Entry<ContractId, Deal>> open =
          m.model.contracts.entrySet().stream()
              .filter(e -> !e.getValue().serviceEnd.isBefore(m.today()))
              .toList();
      return Arbitraries.of(open)
          .map(
              e -> {
                LocalDate dayAfter = e.getValue().serviceEnd.plusDays(1);
                return Transformer.mutate(
                    "move the clock to " + dayAfter + ", the day after " + e.getKey() + " ends",
                    s -> s.advanceTo(dayAfter));
              });
    }
  }

  /** Moves the clock to the first day after the program, when points lapse. */
  static final class EndTheProgram extends Action.JustMutate<LedgerMachine> {
    private static final LocalDate DAY_AFTER = LedgerModel.PROGRAM_END.plusDays(1);

    /** Late in a chain only, so that most chains also run a whole year's purchases. */
    @Override
    public boolean precondition(LedgerMachine m) {
      return m.today().isBefore(DAY_AFTER) && m.submitted.size() >= 25;
    }

    @Override
    public void mutate(LedgerMachine m) {
      m.advanceTo(DAY_AFTER);
    }

    @Override
    public String description() {
      return "move the clock to " + DAY_AFTER + ", the day after the program ends";
    }
  }

  // --- claims and payouts ---------------------------------------------------------------------

  /**
   * The contract's vendor (or the wrong one) claims on a contract, mostly all or part of what is
   * reserved, sometimes more, sometimes nothing, with one invoice (rarely none or one twice).
   */
  static final class FileAClaim extends OnceAnyExist {
    FileAClaim() {
      super(model -> model.contracts);
    }

    @Override
    public Arbitrary<Transformer<LedgerMachine>> transformer(LedgerMachine m) {
      String id = m.newId("k");
      String claim = m.newId("CL");
      List<ContractId> contracts = new ArrayList<>(m.model.contracts.keySet());
      return Arbitraries.of(contracts)
          .flatMap(
              contract -> {
                Deal d = m.model.contracts.get(contract);
                long reserved = d.reserved;
                Arbitrary<Long> points =
                    Arbitraries.frequencyOf(
                        Tuple.of(4, Arbitraries.just(Math.max(1, reserved))),
                        Tuple.of(3, Arbitraries.longs().between(1, Math.max(1, reserved))),
                        Tuple.of(1, Arbitraries.just(reserved + 1)),
                        Tuple.of(1, Arbitraries.longs().between(-1, 0)));
                Arbitrary<VendorId> vendor =
                    Arbitraries.frequencyOf(
                        Tuple.of(5, Arbitraries.just(d.vendor)),
                        Tuple.of(1, oneOf(LedgerMachine.VENDORS)));
                DocumentRef invoice = Fixtures.invoiceFor(claim);
                Arbitrary<List<DocumentRef>> documents =
                    Arbitraries.frequency(
                        Tuple.of(18, List.of(invoice)),
                        Tuple.of(1, List.<DocumentRef>of()),
                        Tuple.of(1, List.of(invoice, invoice)));
                return Combinators.combine(points, vendor, documents)
                    .as(
                        (p, v, docs) ->
                            submitting(
                                new FileClaim(
                                    Fixtures.e(id),
                                    P2022,
                                    Fixtures.k(claim),
                                    contract,
                                    v,
                                    p,
                                    docs)));
              });
    }
  }

  /** Claims, mostly likely ones, sometimes any other or one that does not exist. */
  private static Arbitrary<ClaimId> someClaim(LedgerMachine m, Predicate<Bill> likely) {
    List<ClaimId> all = new ArrayList<>(m.model.claims.keySet());
    List<ClaimId> preferred =
        all.stream().filter(id -> likely.test(m.model.claims.get(id))).toList();
    Arbitrary<ClaimId> any = existingOrNot(all, Fixtures.k("CL-none"));
    return preferred.isEmpty()
        ? any
        : Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.of(preferred)), Tuple.of(1, any));
  }

  /** The office approves or rejects a claim, mostly a pending one. */
  static final class Decide extends OnceAnyExist {
    private final boolean approve;

    Decide(boolean approve) {
      super(model -> model.claims);
      this.approve = approve;
    }

    @Override
    public Arbitrary<Transformer<LedgerMachine>> transformer(LedgerMachine m) {
      EntryId id = Fixtures.e(m.newId(approve ? "a" : "j"));
      return someClaim(m, b -> b.status == BillStatus.PENDING)
          .map(
              claim ->
                  submitting(
                      approve
                          ? new ApproveClaim(id, P2022, claim)
                          : new RejectClaim(id, P2022, claim, "unreadable")));
    }
  }

  /** The office pays a vendor for one to three claims, mostly approved ones of its own. */
  static final class Settle extends OnceAnyExist {
    Settle() {
      super(model -> model.claims);
    }

    @Override
    public Arbitrary<Transformer<LedgerMachine>> transformer(LedgerMachine m) {
      String id = m.newId("s");
      List<VendorId> owed =
          m.model.claims.values().stream()
              .filter(b -> b.status == BillStatus.APPROVED)
              .map(b -> b.vendor)
              .distinct()
              .toList();
      Arbitrary<VendorId> vendors =
          owed.isEmpty()
              ? oneOf(LedgerMachine.VENDORS)
              : Arbitraries.frequencyOf(
                  Tuple.of(4, Arbitraries.of(owed)), Tuple.of(1, oneOf(LedgerMachine.VENDORS)));
      return vendors.flatMap(
          vendor ->
              someClaim(m, b -> b.status == BillStatus.APPROVED && b.vendor.equals(vendor))
                  .list()
                  .ofMinSize(1)
                  .ofMaxSize(3)
                  .map(
                      claims ->
                          submitting(
                              new SettleClaims(
                                  Fixtures.e(id), P2022, vendor, claims, "PAY-" + id))));
    }
  }

  /** A manufacturer's unused points lapse (refused before the program ends). */
  static final class Lapse implements Action.Dependent<LedgerMachine> {
    @Override
    public Arbitrary<Transformer<LedgerMachine>> transformer(LedgerMachine m) {
      String id = m.newId("l");
      return oneOf(LedgerMachine.MANUFACTURERS)
          .map(manufacturer -> submitting(new LapsePoints(Fixtures.e(id), P2022, manufacturer)));
    }
  }

  // --- corrections and retries ------------------------------------------------------------------

  /** Reverses an earlier entry of any type (sometimes one that does not exist). */
  static final class Reverse extends OnceAnyExist {
    Reverse() {
      super(model -> model.accepted);
    }

    @Override
    public Arbitrary<Transformer<LedgerMachine>> transformer(LedgerMachine m) {
      String id = m.newId("rv");
      return existingOrNot(m.model.entryIds(), Fixtures.e("e-none"))
          .map(target -> submitting(new ReverseEntry(Fixtures.e(id), P2022, target, "error")));
    }
  }

  /** Submits the last command again, with the same id and contents. */
  static final class RetryTheLastCommand extends Action.JustMutate<LedgerMachine> {
    @Override
    public boolean precondition(LedgerMachine m) {
      return !m.submitted.isEmpty();
    }

    @Override
    public void mutate(LedgerMachine m) {
      m.submit(m.submitted.get(m.submitted.size() - 1));
    }

    @Override
    public String description() {
      return "retry the last command";
    }
  }

  /** Submits a lapse under the id of an earlier entry, which names another command. */
  static final class ReuseAnIdForAnotherCommand extends OnceAnyExist {
    ReuseAnIdForAnotherCommand() {
      super(model -> model.accepted);
    }

    @Override
    public Arbitrary<Transformer<LedgerMachine>> transformer(LedgerMachine m) {
      ManufacturerId stranger = Fixtures.m("M-stranger");
      return Arbitraries.of(m.model.entryIds())
          .map((EntryId used) -> submitting(new LapsePoints(used, P2022, stranger)));
    }
  }
}
