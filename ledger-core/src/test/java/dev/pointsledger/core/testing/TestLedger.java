package dev.pointsledger.core.testing;

import static dev.pointsledger.core.testing.Fixtures.APPLICATION_DOCUMENTS;
import static dev.pointsledger.core.testing.Fixtures.M1;
import static dev.pointsledger.core.testing.Fixtures.V1;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pointsledger.core.Ledger;
import dev.pointsledger.core.command.Command;
import dev.pointsledger.core.command.GrantPoints;
import dev.pointsledger.core.command.PurchaseSolution;
import dev.pointsledger.core.command.RegisterVendor;
import dev.pointsledger.core.command.ReviewSolution;
import dev.pointsledger.core.command.SubmitSolution;
import dev.pointsledger.core.error.LedgerRejectedException;
import dev.pointsledger.core.error.Rejection;
import dev.pointsledger.core.error.RejectionCode;
import dev.pointsledger.core.id.ContractId;
import dev.pointsledger.core.id.EntryId;
import dev.pointsledger.core.id.ManufacturerId;
import dev.pointsledger.core.id.ProgramId;
import dev.pointsledger.core.id.SolutionId;
import dev.pointsledger.core.id.VendorId;
import dev.pointsledger.core.journal.JournalEntry;
import dev.pointsledger.core.program.ManufacturerProfile;
import dev.pointsledger.core.program.Program;
import dev.pointsledger.core.program.ProgramPolicy;
import dev.pointsledger.core.program.ProgramPresets;
import dev.pointsledger.core.query.ContractView;
import dev.pointsledger.core.query.ManufacturerBalances;
import dev.pointsledger.core.state.SolutionRecord;
import dev.pointsledger.core.store.LedgerStore;
import dev.pointsledger.core.supply.ReviewStatus;
import dev.pointsledger.core.supply.SolutionCategory;
import dev.pointsledger.core.supply.VendorProfile;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * A ledger for tests: on a {@link MutableClock} you move by hand, with the programs you name, and
 * short verbs for the commands of both sides of the market. {@link #ready2022()} is the one-call
 * scenario most tests of an integration need: the 2022 program, on 2022-05-02, with vendor {@link
 * #VENDOR}'s solution {@link #SOLUTION} listed and manufacturer {@link #MANUFACTURER} granted
 * {@link #GRANTED} points.
 *
 * <pre>{@code
 * TestLedger t = TestLedger.ready2022();
 * t.run(t.purchase("C1", M1, "S-" + V1, 100_000, 50_000));
 * assertEquals(150_000, t.balances(M1).available());
 * }</pre>
 *
 * <p>The verbs build commands in the 2022 program unless they take a program, with numbered ids
 * ({@link #nextId}), so every call makes a new command. Not thread-safe: one per test.
 */
public final class TestLedger {
  /** The 2022 program's id. */
  public static final ProgramId P2022 = ProgramPresets.INDUSTRIAL_PAVILION_2022;
  /** The 2021 program's id: the 2022 program's previous year (R-D3, R-V5). */
  public static final ProgramId P2021 = ProgramPresets.INDUSTRIAL_PAVILION_2021;
  /** A day inside the 2022 windows for applications and solutions; the scenario's today. */
  public static final LocalDate MAY_2 = Fixtures.MAY_2;
  /** A day inside every 2021 window of {@link #program2021()}. */
  public static final LocalDate MAY_3_2021 = LocalDate.of(2021, 5, 3);
  /** The 2022 preset's last day of solution applications (R-V5). */
  public static final LocalDate AUG_20 = LocalDate.of(2022, 8, 20);
  /** The 2022 preset's last day of a listing and of the program. */
  public static final LocalDate DEC_31 = LocalDate.of(2022, 12, 31);
  /** The price of a default submission: below the default market price. */
  public static final long PRICE = 100_000L;
  /** The market price of a default submission. */
  public static final long MARKET_PRICE = 120_000L;
  /** The reviewers of a default approval. */
  public static final List<String> PANEL = List.of("reviewer A", "reviewer B");
  /** The vendor of {@link #ready2022()}. */
  public static final String VENDOR = V1;
  /** The listed solution of {@link #ready2022()}, listed at {@link Fixtures#LISTED_PRICE}. */
  public static final String SOLUTION = "S-" + V1;
  /** The manufacturer of {@link #ready2022()}. */
  public static final String MANUFACTURER = M1;
  /** The points {@link #MANUFACTURER} is granted in {@link #ready2022()}: the 2022 cap. */
  public static final long GRANTED = 200_000L;

  private final MutableClock clock;
  private final Ledger ledger;
  private int counter;

  /** A ledger on a store (none: in memory) on a day, uses only the core's exported API. */
  private TestLedger(Optional<LedgerStore> store, LocalDate today, Program... programs) {
    clock = MutableClock.at(today);
    ledger = store.map(s -> Ledger.on(s, clock)).orElseGet(() -> Ledger.inMemory(clock));
    for (Program program : programs) {
      ledger.defineProgram(program);
    }
  }

  /**
   * The ready 2022 scenario on a new in-memory store: see the class's description.
   *
   * @return the test ledger, on 2022-05-02
   */
  public static TestLedger ready2022() {
    return ready2022(Optional.empty());
  }

  /**
   * The ready 2022 scenario on an empty store of yours, such as a PostgreSQL store.
   *
   * @param store an empty store
   * @return the test ledger, on 2022-05-02
   * @throws LedgerRejectedException if the store is not empty and its entries clash
   */
  public static TestLedger ready2022(LedgerStore store) {
    return ready2022(Optional.of(store));
  }

  private static TestLedger ready2022(Optional<LedgerStore> store) {
    TestLedger t = new TestLedger(store, MAY_2, ProgramPresets.industrialPavilion2022());
    t.listSolutions(VENDOR);
    t.run(t.grant(P2022, MANUFACTURER, GRANTED));
    return t;
  }

  /**
   * The 2022 preset alone, on a day: no vendor, no solution, no grant.
   *
   * @param today the clock's day
   * @return the test ledger
   */
  public static TestLedger of2022(LocalDate today) {
    return with(today, ProgramPresets.industrialPavilion2022());
  }

  /**
   * The previous year's program ({@link #program2021()}) and the 2022 preset, on 2021-05-03: for
   * tests of R-D3 (last year's users are excluded) and R-V5 (last year's solutions stay listed).
   *
   * @return the test ledger
   */
  public static TestLedger withLastYear() {
    return with(MAY_3_2021, program2021(), ProgramPresets.industrialPavilion2022());
  }

  /**
   * Some programs, defined in order, on a day.
   *
   * @param today the clock's day
   * @param programs the programs
   * @return the test ledger
   */
  public static TestLedger with(LocalDate today, Program... programs) {
    return new TestLedger(Optional.empty(), today, programs);
  }

  /**
   * The previous year's program, {@code industrial-pavilion-2021}: the 2022 settings one year
   * earlier, with no program before it. The 2022 preset names it as its previous program.
   *
   * @return the program
   */
  public static Program program2021() {
    return Fixtures.program2021();
  }

  /**
   * The 2022 program under its own id, with some settings changed.
   *
   * @param change what to change, on a builder holding the 2022 settings
   * @return the program
   */
  public static Program program2022(UnaryOperator<ProgramPolicy.Builder> change) {
    return new Program(
        P2022,
        "Industrial Pavilion 2022 (test settings)",
        change.apply(ProgramPresets.industrialPavilion2022Policy().toBuilder()).build());
  }

  /**
   * The ledger under test.
   *
   * @return the ledger
   */
  public Ledger ledger() {
    return ledger;
  }

  /**
   * The ledger's clock.
   *
   * @return the clock, at noon in Taipei
   */
  public MutableClock clock() {
    return clock;
  }

  /**
   * The ledger's business day.
   *
   * @return today in Taipei
   */
  public LocalDate today() {
    return clock.today();
  }

  /**
   * Moves the ledger's business day.
   *
   * @param day the new day
   */
  public void today(LocalDate day) {
    clock.setDay(day);
  }

  /**
   * Defines another program.
   *
   * @param program the program
   */
  public void define(Program program) {
    ledger.defineProgram(program);
  }

  /**
   * A new command id, numbered.
   *
   * @param what what the command does, the id's prefix
   * @return the id
   */
  public EntryId nextId(String what) {
    return EntryId.of(what + "-" + ++counter);
  }

  /**
   * The sequence number of the last entry.
   *
   * @return the head
   */
  public long head() {
    return ledger.now().sequence();
  }

  /**
   * Runs commands that must be accepted, in order.
   *
   * @param commands the commands
   * @return the last one's entry
   * @throws LedgerRejectedException if one is refused
   */
  public JournalEntry run(Command... commands) {
    JournalEntry last = null;
    for (Command c : commands) {
      last = ledger.execute(c);
    }
    return last;
  }

  /**
   * Asserts the ledger refuses a command with a code and leaves everything as it was.
   *
   * @param command the command
   * @param code the expected code
   * @return the rejection, for further checks of its message
   */
  public Rejection refused(Command command, RejectionCode code) {
    return LedgerAssertions.assertRefused(ledger, command, code);
  }

  /**
   * A manufacturer's balances in the 2022 program.
   *
   * @param manufacturer the manufacturer's id
   * @return the balances now
   */
  public ManufacturerBalances balances(String manufacturer) {
    return ledger.now().manufacturer(P2022, ManufacturerId.of(manufacturer));
  }

  /**
   * Asserts where a manufacturer's points of the 2022 program are.
   *
   * @param manufacturer the manufacturer's id
   * @param available its unused points
   * @param reserved its points reserved on contracts
   */
  public void assertPoints(String manufacturer, long available, long reserved) {
    ManufacturerBalances b = balances(manufacturer);
    assertEquals(available, b.available(), () -> manufacturer + " available, in " + b);
    assertEquals(reserved, b.reserved(), () -> manufacturer + " reserved, in " + b);
  }

  /**
   * A contract of the 2022 program now.
   *
   * @param contract the contract's id
   * @return the contract with its balances
   */
  public ContractView contract(String contract) {
    return ledger.now().contract(P2022, ContractId.of(contract));
  }

  /**
   * A solution's record now.
   *
   * @param program the program
   * @param solution the solution's id
   * @return the record
   */
  public SolutionRecord solution(ProgramId program, String solution) {
    return ledger.now().solution(program, SolutionId.of(solution));
  }

  /**
   * Registers each vendor in the 2022 program and lists one solution of each, {@code S-<vendor>}
   * at {@link Fixtures#LISTED_PRICE}, on today's date (6 entries per vendor).
   *
   * @param vendors the vendors' ids
   * @return this test ledger
   */
  public TestLedger listSolutions(String... vendors) {
    Fixtures.listSolutions(ledger, vendors);
    return this;
  }

  /**
   * On a ledger with V1's solution listed ({@link #listSolutions}): M1 (granted enough points)
   * buys C1 of V1 with 30,000 points; the day after its service ends, V1 claims 10,000 of them
   * as CL1, pending. Moves the clock to 2022-09-01.
   */
  public void c1UnderAPendingClaim() {
    run(Fixtures.reserve("r1", "C1", M1, V1, 60_000, 30_000));
    today(Fixtures.SERVICE_END.plusDays(1));
    run(Fixtures.claim("k1", "CL1", "C1", V1, 10_000));
  }

  /**
   * Registers a qualified vendor.
   *
   * @param program the program
   * @param vendor the vendor's id
   * @return the entry
   */
  public JournalEntry registerVendor(ProgramId program, String vendor) {
    return run(registration(program, vendor, VendorProfile.qualifiedSoftwareHouse()));
  }

  /**
   * The registration of a vendor with a profile.
   *
   * @param program the program
   * @param vendor the vendor's id
   * @param profile what it declares
   * @return the command
   */
  public RegisterVendor registration(ProgramId program, String vendor, VendorProfile profile) {
    return new RegisterVendor(
        nextId("register"), program, VendorId.of(vendor), "Vendor " + vendor, profile);
  }

  /**
   * A submission in the 2022 program: category 1, {@link #PRICE} of a {@link #MARKET_PRICE}
   * market, 3 months.
   *
   * @param solution the solution's id
   * @param vendor the vendor's id
   * @return the command
   */
  public SubmitSolution submission(String solution, String vendor) {
    return submission(
        P2022, solution, vendor, SolutionCategory.PRODUCTION, PRICE, MARKET_PRICE, 3);
  }

  /**
   * A submission.
   *
   * @param program the program
   * @param solution the solution's id
   * @param vendor the vendor's id
   * @param category its category
   * @param price its price
   * @param marketPrice its market price
   * @param termMonths its minimum term
   * @return the command
   */
  public SubmitSolution submission(
      ProgramId program,
      String solution,
      String vendor,
      SolutionCategory category,
      long price,
      long marketPrice,
      int termMonths) {
    return SubmitSolution.builder()
        .id(nextId("submit"))
        .program(program)
        .solution(SolutionId.of(solution))
        .vendor(VendorId.of(vendor))
        .name("Solution " + solution)
        .category(category)
        .price(price)
        .marketPrice(marketPrice)
        .minimumTermMonths(termMonths)
        .build();
  }

  /**
   * A well-formed move of a review: a request to supplement names a deadline two weeks on, an
   * approval the default panel.
   *
   * @param program the program
   * @param solution the solution's id
   * @param to the status to move to
   * @return the command
   */
  public ReviewSolution move(ProgramId program, String solution, ReviewStatus to) {
    return switch (to) {
      case SUPPLEMENT_REQUESTED -> supplementRequest(program, solution, today().plusWeeks(2));
      case APPROVED ->
          review(program, solution, to, "agency", "consensus").reviewers(PANEL).build();
      default ->
          ReviewSolution.move(
              nextId("review"), program, SolutionId.of(solution), to, "office", "moved to " + to);
    };
  }

  /**
   * A request to supplement documents by a deadline.
   *
   * @param program the program
   * @param solution the solution's id
   * @param deadline the deadline
   * @return the command
   */
  public ReviewSolution supplementRequest(
      ProgramId program, String solution, LocalDate deadline) {
    return review(
            program, solution, ReviewStatus.SUPPLEMENT_REQUESTED, "office", "documents missing")
        .supplementDeadline(deadline)
        .build();
  }

  /**
   * An approval in the 2022 program by a panel.
   *
   * @param solution the solution's id
   * @param reviewers the panel
   * @return the command
   */
  public ReviewSolution approval(String solution, List<String> reviewers) {
    return review(P2022, solution, ReviewStatus.APPROVED, "agency", "consensus")
        .reviewers(reviewers)
        .build();
  }

  private ReviewSolution.Builder review(
      ProgramId program, String solution, ReviewStatus to, String actor, String note) {
    return ReviewSolution.builder()
        .id(nextId(to == ReviewStatus.APPROVED ? "approve" : "review"))
        .program(program)
        .solution(SolutionId.of(solution))
        .to(to)
        .actor(actor)
        .note(note);
  }

  /**
   * Every status a solution can reach without being listed, for parameterized tests.
   *
   * @return the statuses
   */
  public static Stream<ReviewStatus> neverListed() {
    return Arrays.stream(ReviewStatus.values()).filter(status -> status != ReviewStatus.LISTED);
  }

  /**
   * The moves that take a newly submitted solution to a status.
   *
   * @param status the status
   * @return the statuses to move to, in order
   */
  public static List<ReviewStatus> pathTo(ReviewStatus status) {
    return switch (status) {
      case SUBMITTED -> List.of();
      case QUALIFICATION_REVIEW -> List.of(ReviewStatus.QUALIFICATION_REVIEW);
      case SUPPLEMENT_REQUESTED ->
          List.of(ReviewStatus.QUALIFICATION_REVIEW, ReviewStatus.SUPPLEMENT_REQUESTED);
      case TECHNICAL_REVIEW ->
          List.of(ReviewStatus.QUALIFICATION_REVIEW, ReviewStatus.TECHNICAL_REVIEW);
      case APPROVED ->
          List.of(
              ReviewStatus.QUALIFICATION_REVIEW,
              ReviewStatus.TECHNICAL_REVIEW,
              ReviewStatus.APPROVED);
      case LISTED ->
          List.of(
              ReviewStatus.QUALIFICATION_REVIEW,
              ReviewStatus.TECHNICAL_REVIEW,
              ReviewStatus.APPROVED,
              ReviewStatus.LISTED);
      case REJECTED -> List.of(ReviewStatus.QUALIFICATION_REVIEW, ReviewStatus.REJECTED);
      case WITHDRAWN -> List.of(ReviewStatus.WITHDRAWN);
    };
  }

  /**
   * Moves a submitted solution along {@link #pathTo} a status.
   *
   * @param program the program
   * @param solution the solution's id
   * @param status the status to reach
   */
  public void reviewTo(ProgramId program, String solution, ReviewStatus status) {
    for (ReviewStatus to : pathTo(status)) {
      run(move(program, solution, to));
    }
  }

  /**
   * Submits a default solution of the 2022 program and reviews it to a status.
   *
   * @param solution the solution's id
   * @param vendor the vendor's id
   * @param status the status to reach
   */
  public void solutionAt(String solution, String vendor, ReviewStatus status) {
    solutionAt(P2022, solution, vendor, status);
  }

  /**
   * Submits a default solution and reviews it to a status.
   *
   * @param program the program
   * @param solution the solution's id
   * @param vendor the vendor's id
   * @param status the status to reach
   */
  public void solutionAt(ProgramId program, String solution, String vendor, ReviewStatus status) {
    run(
        submission(
            program, solution, vendor, SolutionCategory.PRODUCTION, PRICE, MARKET_PRICE, 3));
    reviewTo(program, solution, status);
  }

  /**
   * Submits a solution at its market price and takes it through the whole review to its listing.
   *
   * @param program the program
   * @param solution the solution's id
   * @param vendor the vendor's id
   * @param category its category
   * @param price its price and market price
   * @param termMonths its minimum term
   */
  public void list(
      ProgramId program,
      String solution,
      String vendor,
      SolutionCategory category,
      long price,
      int termMonths) {
    run(submission(program, solution, vendor, category, price, price, termMonths));
    reviewTo(program, solution, ReviewStatus.LISTED);
  }

  /**
   * A grant to a typical small factory, applied for today.
   *
   * @param program the program
   * @param manufacturer the manufacturer's id
   * @param points the points
   * @return the command
   */
  public GrantPoints grant(ProgramId program, String manufacturer, long points) {
    return grant(
        program, manufacturer, points, today(), ManufacturerProfile.typicalSmallFactory());
  }

  /**
   * A grant applied for on a day by a manufacturer with a profile.
   *
   * @param program the program
   * @param manufacturer the manufacturer's id
   * @param points the points
   * @param appliedOn the day of the application
   * @param profile what it declares
   * @return the command
   */
  public GrantPoints grant(
      ProgramId program,
      String manufacturer,
      long points,
      LocalDate appliedOn,
      ManufacturerProfile profile) {
    return GrantPoints.builder()
        .id(nextId("grant"))
        .program(program)
        .manufacturer(ManufacturerId.of(manufacturer))
        .points(points)
        .applicationDate(appliedOn)
        .profile(profile)
        .documents(APPLICATION_DOCUMENTS)
        .build();
  }

  /**
   * A purchase in the 2022 program of a solution served three months from 2022-06-01 (to
   * 2022-08-31), or from today when that is later: a service never starts before its purchase.
   *
   * @param contract the new contract's id
   * @param manufacturer the buyer's id
   * @param solution the solution's id
   * @param price the price
   * @param points the points to pay with
   * @return the command
   */
  public PurchaseSolution purchase(
      String contract, String manufacturer, String solution, long price, long points) {
    LocalDate june1 = LocalDate.of(2022, 6, 1);
    LocalDate start = today().isAfter(june1) ? today() : june1;
    return purchase(
        P2022,
        contract,
        manufacturer,
        solution,
        price,
        points,
        start,
        CivilCode.lastDayOfMonths(start, 3));
  }

  /**
   * A purchase.
   *
   * @param program the program
   * @param contract the new contract's id
   * @param manufacturer the buyer's id
   * @param solution the solution's id
   * @param price the price
   * @param points the points to pay with
   * @param serviceStart the first day of service
   * @param serviceEnd the last day of service
   * @return the command
   */
  public PurchaseSolution purchase(
      ProgramId program,
      String contract,
      String manufacturer,
      String solution,
      long price,
      long points,
      LocalDate serviceStart,
      LocalDate serviceEnd) {
    return PurchaseSolution.builder()
        .id(nextId("reserve"))
        .program(program)
        .contract(ContractId.of(contract))
        .manufacturer(ManufacturerId.of(manufacturer))
        .solution(SolutionId.of(solution))
        .price(price)
        .points(points)
        .service(serviceStart, serviceEnd)
        .build();
  }
}
