package dev.pointsledger.core.testing;

import static dev.pointsledger.core.testing.Fixtures.M1;
import static dev.pointsledger.core.testing.Fixtures.M2;
import static dev.pointsledger.core.testing.Fixtures.M9;
import static dev.pointsledger.core.testing.Fixtures.V1;
import static dev.pointsledger.core.testing.Fixtures.V2;
import static dev.pointsledger.core.testing.Fixtures.V9;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pointsledger.core.Ledger;
import dev.pointsledger.core.command.ApproveClaim;
import dev.pointsledger.core.command.CancelContract;
import dev.pointsledger.core.command.CarryOverSolution;
import dev.pointsledger.core.command.Command;
import dev.pointsledger.core.command.CommandOutcome;
import dev.pointsledger.core.command.DefineProgram;
import dev.pointsledger.core.command.FileClaim;
import dev.pointsledger.core.command.GrantPoints;
import dev.pointsledger.core.command.LapsePoints;
import dev.pointsledger.core.command.PurchaseSolution;
import dev.pointsledger.core.command.RegisterVendor;
import dev.pointsledger.core.command.RejectClaim;
import dev.pointsledger.core.command.ReverseEntry;
import dev.pointsledger.core.command.ReviewSolution;
import dev.pointsledger.core.command.SettleClaims;
import dev.pointsledger.core.command.SubmitSolution;
import dev.pointsledger.core.error.LedgerRejectedException;
import dev.pointsledger.core.id.ClaimId;
import dev.pointsledger.core.id.ContractId;
import dev.pointsledger.core.id.EntryId;
import dev.pointsledger.core.id.ManufacturerId;
import dev.pointsledger.core.id.ProgramId;
import dev.pointsledger.core.id.SolutionId;
import dev.pointsledger.core.id.VendorId;
import dev.pointsledger.core.program.FactoryRegistration;
import dev.pointsledger.core.program.ManufacturerProfile;
import dev.pointsledger.core.program.Program;
import dev.pointsledger.core.program.ProgramPolicy;
import dev.pointsledger.core.program.ProgramPresets;
import dev.pointsledger.core.program.SupportedDates;
import dev.pointsledger.core.state.DocumentRef;
import dev.pointsledger.core.store.LedgerStore;
import dev.pointsledger.core.supply.ReviewStatus;
import dev.pointsledger.core.supply.SolutionCategory;
import dev.pointsledger.core.supply.VendorProfile;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Commands of every type built from random and hostile field values (huge, negative and zero
 * amounts, {@code Long.MIN_VALUE} and {@code MAX_VALUE}, extreme dates, unknown ids, lone
 * surrogates, control characters, very long strings, duplicates, nulls), and a realistic ledger to
 * send them to: for the property that nothing in the public API throws anything but a {@link
 * LedgerRejectedException} once a command is built, and that both stores answer alike.
 */
public final class HostileInputs {
  private static final ProgramId P2022 = ProgramPresets.INDUSTRIAL_PAVILION_2022;

  /** The 2022 program's highest price. */
  private static final long MAX_PRICE = ProgramPresets.industrialPavilion2022Policy().maxPrice();

  /** Dates outside the supported range, the extremes of {@link LocalDate} among them. */
  public static final List<LocalDate> UNSUPPORTED_DATES =
      List.of(
          LocalDate.MIN,
          LocalDate.MAX,
          LocalDate.of(1, 1, 1),
          LocalDate.of(999_999, 12, 31),
          LocalDate.of(1899, 12, 31),
          LocalDate.of(10_000, 1, 1));

  private HostileInputs() {}

  /**
   * Batches of one to {@code most} raw commands ({@link #raws}).
   *
   * @param most the most commands in a batch
   * @return the batches
   */
  public static Arbitrary<List<Raw>> batches(int most) {
    return raws().list().ofMinSize(1).ofMaxSize(most);
  }

  /**
   * Lists V1's and V2's solutions, grants M1 100,000 and M2 50,000 points; M1 buys C1 (30,000 points)
   * of V1 and C2 (10,000 points) of V2, M2 buys C3 (20,000 points) of V1; on 2022-09-01 V1 claims
   * CL1 on C1 (approved) and V2 claims CL2 on C2 (pending).
   *
   * @param store an empty store
   * @param clock the ledger's clock, left on 2022-09-01
   * @return the ledger
   */
  public static Ledger realisticLedger(LedgerStore store, MutableClock clock) {
    clock.setDay(Fixtures.MAY_2);
    Ledger ledger = Ledger.on(store, clock);
    ledger.defineProgram(ProgramPresets.industrialPavilion2022());
    Fixtures.listSolutions(ledger, V1, V2);
    for (CommandOutcome o :
        ledger.submitAll(
            List.of(
                Fixtures.grant("g1", M1, 100_000),
                Fixtures.grant("g2", M2, 50_000),
                Fixtures.reserve("r1", "C1", M1, V1, 60_000, 30_000),
                Fixtures.reserve("r2", "C2", M1, V2, 20_000, 10_000),
                Fixtures.reserve("r3", "C3", M2, V1, 40_000, 20_000)))) {
      o.orThrow();
    }
    clock.setDay(LocalDate.of(2022, 9, 1));
    for (CommandOutcome o :
        ledger.submitAll(
            List.of(
                Fixtures.claim("k1", "CL1", "C1", V1, 30_000),
                Fixtures.approve("a1", "CL1"),
                Fixtures.claim("k2", "CL2", "C2", V2, 5_000)))) {
      o.orThrow();
    }
    return ledger;
  }

  /**
   * The raw values of one command: its type and the values its fields are built from, in order.
   * Building may throw {@link IllegalArgumentException} or {@link NullPointerException}: a caller
   * bug, refused at construction.
   *
   * @param type which of the 14 command types
   * @param texts texts for ids and free text, some null
   * @param amounts amounts and prices
   * @param dates dates
   * @param term a term of months or a count of employees
   * @param pick chooses an enum value, a document list's shape, a deadline or not
   */
  public record Raw(
      int type, List<String> texts, List<Long> amounts, List<LocalDate> dates, int term, int pick) {

    /**
     * Builds the command.
     *
     * @return the command
     * @throws IllegalArgumentException if a value is refused at construction
     * @throws NullPointerException if a value is missing
     */
    public Command build() {
      EntryId id = EntryId.of(t(0));
      ProgramId program = ProgramId.of(t(1));
      return switch (type) {
        case 0 -> new GrantPoints(
            id,
            program,
            ManufacturerId.of(t(2)),
            a(0),
            d(0),
            new ManufacturerProfile(a(1), term, pick(FactoryRegistration.values()), pick % 2 == 0),
            documents(3));
        case 1 -> new PurchaseSolution(
            id,
            program,
            ContractId.of(t(2)),
            ManufacturerId.of(t(3)),
            SolutionId.of(t(4)),
            a(0),
            a(1),
            d(0),
            d(1));
        case 2 -> new CancelContract(id, program, ContractId.of(t(2)), t(3));
        case 3 -> new FileClaim(
            id, program, ClaimId.of(t(2)), ContractId.of(t(3)), VendorId.of(t(4)), a(0),
            documents(5));
        case 4 -> new ApproveClaim(id, program, ClaimId.of(t(2)));
        case 5 -> new RejectClaim(id, program, ClaimId.of(t(2)), t(3));
        case 6 -> new SettleClaims(
            id, program, VendorId.of(t(2)), claims(), t(5));
        case 7 -> new LapsePoints(id, program, ManufacturerId.of(t(2)));
        case 8 -> new ReverseEntry(id, program, EntryId.of(t(2)), t(3));
        case 9 -> new RegisterVendor(
            id,
            program,
            VendorId.of(t(2)),
            t(3),
            new VendorProfile(
                pick % 5 == 0 ? Set.of() : Set.of(t(4)),
                a(0),
                pick % 7 == 0,
                pick % 11 == 0,
                pick % 3 != 0,
                pick % 13 == 0,
                false,
                false));
        case 10 -> new SubmitSolution(
            id, program, SolutionId.of(t(2)), VendorId.of(t(3)), t(4),
            pick(SolutionCategory.values()), a(0), a(1), term);
        case 11 -> new ReviewSolution(
            id,
            program,
            SolutionId.of(t(2)),
            pick(ReviewStatus.values()),
            t(3),
            t(4),
            pick % 3 == 0 ? Optional.of(d(0)) : Optional.empty(),
            pick % 2 == 0 ? List.of() : List.of(t(5), t(6)));
        case 12 -> new CarryOverSolution(
            id, program, SolutionId.of(t(2)), ProgramId.of(t(3)), a(0), a(1), t(4));
        default -> new DefineProgram(
            pick % 2 == 0 ? DefineProgram.idFor(program) : id,
            new Program(
                program,
                t(3),
                ProgramPolicy.builder()
                    .grantCap(a(0))
                    .maxPrice(a(1))
                    .minimumTermMonths(term)
                    .programPeriod(d(0), d(1))
                    .build()));
      };
    }

    private String t(int i) {
      return texts.get(i);
    }

    private long a(int i) {
      return amounts.get(i);
    }

    private LocalDate d(int i) {
      return dates.get(i);
    }

    /** An enum value, sometimes null. */
    private <E> E pick(E[] values) {
      int i = Math.floorMod(pick, values.length + 1);
      return i == values.length ? null : values[i];
    }

    /** No document, one, the same one twice, or two. */
    private List<DocumentRef> documents(int from) {
      DocumentRef first = new DocumentRef("invoice", t(from));
      return switch (Math.floorMod(pick, 4)) {
        case 0 -> List.of();
        case 1 -> List.of(first);
        case 2 -> List.of(first, first);
        default -> List.of(first, new DocumentRef(t(from + 1), t(from)));
      };
    }

    /** One or two claims, sometimes the same twice, sometimes none. */
    private List<ClaimId> claims() {
      return switch (Math.floorMod(pick, 4)) {
        case 0 -> List.of();
        case 1 -> List.of(ClaimId.of(t(3)));
        case 2 -> List.of(ClaimId.of(t(3)), ClaimId.of(t(3)));
        default -> List.of(ClaimId.of(t(3)), ClaimId.of(t(4)));
      };
    }
  }

  /**
   * Raw commands of every type: some with realistic values only (naming what {@link
   * #realisticLedger} holds, amounts and dates around its rules' limits), the others with hostile
   * values mixed into every field.
   *
   * @return the raw commands
   */
  public static Arbitrary<Raw> raws() {
    return Arbitraries.frequencyOf(
        Tuple.of(2, likelyAccepted()), Tuple.of(1, raws(0)), Tuple.of(2, raws(2)));
  }

  /**
   * Raw commands {@link #realisticLedger} would mostly accept on some of the {@link #days}: grants,
   * purchases, cancellations, decisions on CL2, a settlement of CL1, lapses and reversals.
   */
  private static Arbitrary<Raw> likelyAccepted() {
    Arbitrary<String> fresh = Arbitraries.strings().withCharRange('a', 'z').ofLength(8);
    Arbitrary<Long> points = Arbitraries.longs().between(1, 20_000);
    Arbitrary<LocalDate> starts =
        Arbitraries.frequencyOf(
            Tuple.of(
                12,
                Arbitraries.of(
                    Fixtures.SERVICE_START, LocalDate.of(2022, 9, 1), LocalDate.of(2022, 12, 31))),
            Tuple.of(1, Arbitraries.of(LocalDate.MAX, LocalDate.of(999_999, 12, 1))));
    // a service that ends on an unsupported day, but otherwise would be accepted
    Arbitrary<LocalDate> lateEnds =
        Arbitraries.frequencyOf(
            Tuple.of(12, Arbitraries.just((LocalDate) null)),
            Tuple.of(1, Arbitraries.of(UNSUPPORTED_DATES).filter(d -> d.getYear() > 9999)));
    return Combinators.combine(
            Arbitraries.integers().between(0, 8), fresh, fresh, points, starts, lateEnds)
        .as(
            (type, id, other, p, start, lateEnd) -> {
              String program = P2022.value();
              List<String> texts =
                  switch (type) {
                    case 0, 7 -> List.of(id, program, M1, "REG-" + other, "x", "x", "x");
                    case 1 -> List.of(id, program, "C-" + other, M2, "S-" + V1, "x", "x");
                    case 2 -> List.of(id, program, "C3", "changed our mind", "x", "x", "x");
                    case 3 -> List.of(id, program, "CL-" + other, "C3", V1, "INV-" + other, "x");
                    case 4, 5 -> List.of(id, program, "CL2", "unreadable", "x", "x", "x");
                    case 6 -> List.of(id, program, V1, "CL1", "x", "PAY-" + other, "x");
                    default -> List.of(id, program, "r3", "booked in error", "x", "x", "x");
                  };
              List<Long> amounts = type == 1 ? List.of(2 * p, p) : List.of(p, 5_000_000L);
              LocalDate end =
                  lateEnd != null
                      ? lateEnd
                      : start.getYear() > 9999 ? LocalDate.MAX : CivilCode.lastDayOfMonths(start, 3);
              int oneDocumentOrClaim = 1;
              return new Raw(
                  type, texts, amounts, List.of(type == 0 ? Fixtures.MAY_2 : start, end), 30,
                  oneDocumentOrClaim);
            });
  }

  /** Raw commands whose fields are hostile with a weight of {@code hostile} in 10. */
  private static Arbitrary<Raw> raws(int hostile) {
    Arbitrary<String> ids =
        mixed(
            Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.strings().withCharRange('a', 'z').ofLength(6)),
                Tuple.of(2, Arbitraries.of("h1", "h2", "g1", "r1", "k2"))),
            hostileTexts(),
            hostile);
    Arbitrary<String> programs =
        mixed(
            Arbitraries.frequencyOf(
                Tuple.of(20, Arbitraries.just(P2022.value())),
                Tuple.of(1, Arbitraries.just(ProgramPresets.INDUSTRIAL_PAVILION_2021.value()))),
            hostileTexts(),
            hostile);
    Arbitrary<String> names =
        mixed(
            Arbitraries.of(
                M1, M2, M9, "C1", "C2", "C3", "C9", "CL1", "CL2", "CL9", V1, V2, V9,
                "S-" + V1, "S-" + V2, "S-9", "g1", "r1", "r3", "k1", "a1", "ok", "I301010"),
            hostileTexts(),
            hostile);
    Arbitrary<List<String>> texts =
        Combinators.combine(ids, programs, names.list().ofSize(5))
            .as(
                (id, program, rest) -> {
                  List<String> all = new ArrayList<>(7);
                  all.add(id);
                  all.add(program);
                  all.addAll(rest);
                  return all;
                });
    return Combinators.combine(
            Arbitraries.integers().between(0, 13),
            texts,
            mixed(Arbitraries.longs().between(1, 120_000), hostileAmounts(), hostile + 2)
                .list()
                .ofSize(2),
            mixed(programDates(), hostileDates(), hostile).list().ofSize(2),
            mixed(Arbitraries.integers().between(0, 40), hostileTerms(), hostile),
            Arbitraries.integers().between(0, 1_000))
        .as(Raw::new);
  }

  /** Realistic values, or hostile ones with a weight of {@code hostile} in 10. */
  private static <T> Arbitrary<T> mixed(Arbitrary<T> realistic, Arbitrary<T> hostile, int weight) {
    return weight == 0
        ? realistic
        : Arbitraries.frequencyOf(Tuple.of(10 - weight, realistic), Tuple.of(weight, hostile));
  }

  /** Texts that are wrong in every way the ledger must refuse, or nearly so. */
  private static Arbitrary<String> hostileTexts() {
    return Arbitraries.frequencyOf(

        Tuple.of(
            6,
            Arbitraries.of(
                "",
                " ",
                "\u0000",
                "nul\u0000inside",
                "line\nbreak",
                "\u007F",
                "\uD83D",
                "lone low \uDE00",
                "\uDE00\uD83D",
                "emoji \uD83D\uDE00",
                "中文 名稱",
                "kind:number",
                "x".repeat(128),
                "x".repeat(129),
                "y".repeat(1_000),
                "y".repeat(1_001),
                "z".repeat(100_000))),
            Tuple.of(2, Arbitraries.strings().all().ofMaxLength(12)))
        .injectNull(0.1);
  }

  /** Amounts at every limit, and anything else a long holds. */
  private static Arbitrary<Long> hostileAmounts() {
    return Arbitraries.frequencyOf(
        Tuple.of(
            4,
            Arbitraries.of(
                Long.MIN_VALUE,
                -1L,
                0L,
                1L,
                5_000L,
                30_000L,
                200_000L,
                200_001L,
                1_000_000L,
                Fixtures.LISTED_PRICE,
                MAX_PRICE,
                MAX_PRICE + 1,
                ProgramPolicy.MAX_PRICE,
                ProgramPolicy.MAX_GRANT_CAP,
                Long.MAX_VALUE / 2 + 1,
                Long.MAX_VALUE)),
        Tuple.of(1, Arbitraries.longs()));
  }

  /** Days of the program year around its rules' limits. */
  private static Arbitrary<LocalDate> programDates() {
    return Arbitraries.of(
        LocalDate.of(2022, 1, 1),
        LocalDate.of(2022, 3, 22),
        Fixtures.MAY_2,
        Fixtures.SERVICE_START,
        Fixtures.SERVICE_END,
        LocalDate.of(2022, 9, 1),
        LocalDate.of(2022, 11, 30),
        LocalDate.of(2022, 12, 31),
        LocalDate.of(2023, 3, 31));
  }

  /** The supported range's ends and beyond, any date at all, and none. */
  private static Arbitrary<LocalDate> hostileDates() {
    return Arbitraries.frequencyOf(
            Tuple.of(3, Arbitraries.of(UNSUPPORTED_DATES)),
            Tuple.of(1, Arbitraries.of(SupportedDates.FIRST, SupportedDates.LAST)),
            Tuple.of(
                1,
                Arbitraries.longs()
                    .between(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay())
                    .map(LocalDate::ofEpochDay)))
        .injectNull(0.1);
  }

  private static Arbitrary<Integer> hostileTerms() {
    return Arbitraries.frequencyOf(
        Tuple.of(
            2,
            Arbitraries.of(
                Integer.MIN_VALUE,
                -1,
                ProgramPolicy.MAX_TERM_MONTHS,
                ProgramPolicy.MAX_TERM_MONTHS + 1,
                Integer.MAX_VALUE)),
        Tuple.of(1, Arbitraries.integers()));
  }

  /** The business days the commands are sent on: in the program, after its end, before it. */
  public static Arbitrary<LocalDate> days() {
    return Arbitraries.of(
        LocalDate.of(2022, 3, 1),
        Fixtures.MAY_2,
        LocalDate.of(2022, 9, 1),
        LocalDate.of(2022, 12, 31),
        LocalDate.of(2023, 1, 2),
        LocalDate.of(2023, 4, 1));
  }

  /**
   * Builds each raw command (a refusal at construction becomes an answer {@code "invalid: ..."}),
   * sends the built ones to the ledger by {@code submit}, {@code execute} or {@code submitAll}
   * (chosen by {@code path}), checks that a refused command left the ledger exactly as it was when
   * {@code checkSnapshots}, and reads the balances and reports afterwards. Any exception but a
   * {@link LedgerRejectedException} from the ledger propagates and fails the caller.
   *
   * @param ledger the ledger
   * @param raws the raw commands
   * @param path 0: one {@code submit} each; 1: one {@code execute} each; 2: one {@code submitAll}
   * @param checkSnapshots whether to compare snapshots around every refusal
   * @return every answer, in order: outcomes, rejections, construction refusals, figures read
   */
  public static List<Object> send(
      Ledger ledger, List<Raw> raws, int path, boolean checkSnapshots) {
    List<Object> answers = new ArrayList<>();
    List<Command> built = new ArrayList<>();
    for (Raw raw : raws) {
      try {
        built.add(raw.build());
      } catch (IllegalArgumentException | NullPointerException e) {
        answers.add("invalid: " + e.getClass().getSimpleName());
      }
    }
    if (path == 2) {
      LedgerSnapshot before = checkSnapshots ? LedgerSnapshot.of(ledger) : null;
      List<CommandOutcome> outcomes = ledger.submitAll(built);
      answers.addAll(outcomes);
      if (checkSnapshots && outcomes.stream().allMatch(CommandOutcome.Refused.class::isInstance)) {
        assertEquals(before, LedgerSnapshot.of(ledger), "a batch of refusals wrote");
      }
    } else {
      for (Command command : built) {
        LedgerSnapshot before = checkSnapshots ? LedgerSnapshot.of(ledger) : null;
        boolean refused;
        if (path == 0) {
          CommandOutcome outcome = ledger.submit(command);
          answers.add(outcome);
          refused = outcome instanceof CommandOutcome.Refused;
        } else {
          try {
            answers.add(ledger.execute(command));
            refused = false;
          } catch (LedgerRejectedException e) {
            answers.add(e.rejection());
            refused = true;
          }
        }
        if (checkSnapshots && refused) {
          assertEquals(before, LedgerSnapshot.of(ledger), () -> "the refusal of " + command + " wrote");
        }
      }
    }
    answers.add(ledger.now().manufacturer(P2022, ManufacturerId.of(M1)));
    answers.add(ledger.now().vendor(P2022, VendorId.of(V1)));
    answers.add(ledger.now().purchasesByCategory(P2022));
    answers.add(ledger.now().purchasesByVendor(P2022));
    return answers;
  }
}
