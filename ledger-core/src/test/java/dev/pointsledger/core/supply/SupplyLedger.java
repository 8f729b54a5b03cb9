package dev.pointsledger.core.supply;

import static dev.pointsledger.core.testing.Fixtures.APPLICATION_DOCUMENTS;
import static dev.pointsledger.core.testing.Fixtures.P2022;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.pointsledger.core.Ledger;
import dev.pointsledger.core.command.Command;
import dev.pointsledger.core.command.CommandOutcome;
import dev.pointsledger.core.command.GrantPoints;
import dev.pointsledger.core.command.RegisterVendor;
import dev.pointsledger.core.command.PurchaseSolution;
import dev.pointsledger.core.command.ReviewSolution;
import dev.pointsledger.core.command.SubmitSolution;
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
import dev.pointsledger.core.state.SolutionRecord;
import dev.pointsledger.core.testing.MutableClock;
import dev.pointsledger.core.testing.Fixtures;
import dev.pointsledger.core.rules.LedgerRules;
import dev.pointsledger.core.testing.CivilCode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * An in-memory ledger on a hand-moved clock, with short builders of the supply side's commands.
 * Command ids are numbered, so every builder call makes a new command.
 */
final class SupplyLedger {
  /** The 2021 program's id: the 2022 program's previous year (R-D3, R-V5). */
  static final ProgramId P2021 = ProgramPresets.INDUSTRIAL_PAVILION_2021;
  /** A day inside every 2021 window of {@link Fixtures#program2021()}. */
  static final LocalDate MAY_3_2021 = LocalDate.of(2021, 5, 3);
  /** The 2022 preset's last day of solution applications (R-V5). */
  static final LocalDate AUG_20 = LocalDate.of(2022, 8, 20);
  /** The 2022 preset's last day of a listing and of the program. */
  static final LocalDate DEC_31 = LocalDate.of(2022, 12, 31);
  /** A price below the default market price. */
  static final long PRICE = 100_000L;
  /** The default market price. */
  static final long MARKET_PRICE = 120_000L;
  /** The reviewers of a default approval. */
  static final List<String> PANEL = List.of("reviewer A", "reviewer B");

  final MutableClock clock;
  final Ledger ledger;
  private int counter;

  private SupplyLedger(LocalDate today, Program... programs) {
    clock = MutableClock.at(today);
    ledger = Ledger.inMemory(clock);
    for (Program program : programs) {
      ledger.defineProgram(program);
    }
  }

  /** A ledger with the 2022 preset, on a day. */
  static SupplyLedger of2022(LocalDate today) {
    return new SupplyLedger(today, ProgramPresets.industrialPavilion2022());
  }

  /** A ledger with the previous year's program and the 2022 preset, on 2021-05-03. */
  static SupplyLedger withLastYear() {
    return new SupplyLedger(
        MAY_3_2021, Fixtures.program2021(), ProgramPresets.industrialPavilion2022());
  }

  /** A ledger with some programs, on a day. */
  static SupplyLedger with(LocalDate today, Program... programs) {
    return new SupplyLedger(today, programs);
  }

  /** The 2022 program under its own id, with some settings changed. */
  static Program program2022(UnaryOperator<ProgramPolicy.Builder> change) {
    return new Program(
        P2022,
        "Industrial Pavilion 2022 (test settings)",
        change.apply(ProgramPresets.industrialPavilion2022Policy().toBuilder()).build());
  }


  /** A new command id. */
  EntryId nextId(String what) {
    return EntryId.of(what + "-" + ++counter);
  }

  /** The sequence number of the last entry. */
  long head() {
    return ledger.queries().head();
  }

  /** Runs a command that must be accepted. */
  JournalEntry run(Command command) {
    return ledger.execute(command);
  }

  /**
   * Asserts the ledger refuses a command with a code and writes nothing.
   *
   * @return the rejection, for further checks of its message
   */
  Rejection assertRefused(Command command, RejectionCode expected) {
    long before = head();
    CommandOutcome outcome = ledger.submit(command);
    CommandOutcome.Refused refused =
        assertInstanceOf(CommandOutcome.Refused.class, outcome, () -> "accepted: " + command);
    assertEquals(expected, refused.rejection().code(), refused.rejection()::toString);
    assertEquals(before, head(), "a refused command writes nothing");
    return refused.rejection();
  }

  /** The solution's record now. */
  SolutionRecord solution(ProgramId program, String solution) {
    return ledger.queries().solution(program, SolutionId.of(solution));
  }

  /** Registers a qualified vendor. */
  JournalEntry registerVendor(ProgramId program, String vendor) {
    return run(registration(program, vendor, VendorProfile.qualifiedSoftwareHouse()));
  }

  /** The registration of a vendor with a profile. */
  RegisterVendor registration(ProgramId program, String vendor, VendorProfile profile) {
    return new RegisterVendor(
        nextId("register"), program, VendorId.of(vendor), "Vendor " + vendor, profile);
  }

  /** A submission in the 2022 program, category 1, NTD 100,000 of a 120,000 market, 3 months. */
  SubmitSolution submission(String solution, String vendor) {
    return submission(
        P2022, solution, vendor, SolutionCategory.PRODUCTION, PRICE, MARKET_PRICE, 3);
  }

  /** A submission. */
  SubmitSolution submission(
      ProgramId program,
      String solution,
      String vendor,
      SolutionCategory category,
      long price,
      long marketPrice,
      int termMonths) {
    return new SubmitSolution(
        nextId("submit"),
        program,
        SolutionId.of(solution),
        VendorId.of(vendor),
        "Solution " + solution,
        category,
        price,
        marketPrice,
        termMonths);
  }

  /**
   * A well-formed move of a review: a request to supplement names a deadline two weeks on, an
   * approval the default panel.
   */
  ReviewSolution move(ProgramId program, String solution, ReviewStatus to) {
    EntryId id = nextId("review");
    SolutionId s = SolutionId.of(solution);
    return switch (to) {
      case SUPPLEMENT_REQUESTED -> supplementRequest(program, solution, clock.today().plusWeeks(2));
      case APPROVED ->
          new ReviewSolution(
              id, program, s, to, "agency", "consensus", Optional.empty(), PANEL);
      default -> ReviewSolution.move(id, program, s, to, "office", "moved to " + to);
    };
  }

  /** A request to supplement documents by a deadline. */
  ReviewSolution supplementRequest(ProgramId program, String solution, LocalDate deadline) {
    return new ReviewSolution(
        nextId("supplement"),
        program,
        SolutionId.of(solution),
        ReviewStatus.SUPPLEMENT_REQUESTED,
        "office",
        "documents missing",
        Optional.of(deadline),
        List.of());
  }

  /** An approval by a panel. */
  ReviewSolution approval(String solution, List<String> reviewers) {
    return new ReviewSolution(
        nextId("approve"),
        P2022,
        SolutionId.of(solution),
        ReviewStatus.APPROVED,
        "agency",
        "consensus",
        Optional.empty(),
        reviewers);
  }

  /** Every status a solution can reach without being listed, for parameterized tests. */
  static Stream<ReviewStatus> neverListed() {
    return Arrays.stream(ReviewStatus.values()).filter(status -> status != ReviewStatus.LISTED);
  }

  /** The moves that take a newly submitted solution to a status. */
  static List<ReviewStatus> pathTo(ReviewStatus status) {
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

  /** Moves a submitted solution along {@link #pathTo} a status. */
  void reviewTo(ProgramId program, String solution, ReviewStatus status) {
    for (ReviewStatus to : pathTo(status)) {
      run(move(program, solution, to));
    }
  }

  /** Submits a solution of the 2022 program and reviews it to a status. */
  void solutionAt(String solution, String vendor, ReviewStatus status) {
    solutionAt(P2022, solution, vendor, status);
  }

  /** Submits a default solution and reviews it to a status. */
  void solutionAt(ProgramId program, String solution, String vendor, ReviewStatus status) {
    run(
        submission(
            program, solution, vendor, SolutionCategory.PRODUCTION, PRICE, MARKET_PRICE, 3));
    reviewTo(program, solution, status);
  }

  /** Submits a solution and takes it through the whole review to its listing. */
  void list(
      ProgramId program,
      String solution,
      String vendor,
      SolutionCategory category,
      long price,
      int termMonths) {
    run(submission(program, solution, vendor, category, price, price, termMonths));
    reviewTo(program, solution, ReviewStatus.LISTED);
  }

  /** A grant to a typical small factory, applied for today. */
  GrantPoints grant(ProgramId program, String manufacturer, long points) {
    return grant(
        program, manufacturer, points, clock.today(), ManufacturerProfile.typicalSmallFactory());
  }

  /** A grant applied for on a day by a manufacturer with a profile. */
  GrantPoints grant(
      ProgramId program,
      String manufacturer,
      long points,
      LocalDate appliedOn,
      ManufacturerProfile profile) {
    return new GrantPoints(
        nextId("grant"),
        program,
        ManufacturerId.of(manufacturer),
        points,
        appliedOn,
        profile,
        APPLICATION_DOCUMENTS);
  }

  /**
   * A purchase of a solution served three months from 2022-06-01 (to 2022-08-31), or from today
   * when that is later: a service never starts before its purchase.
   */
  PurchaseSolution purchase(
      String contract, String manufacturer, String solution, long price, long points) {
    LocalDate june1 = LocalDate.of(2022, 6, 1);
    LocalDate today = LocalDate.ofInstant(clock.instant(), LedgerRules.TAIPEI);
    LocalDate start = today.isAfter(june1) ? today : june1;
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

  /** A purchase of a solution. */
  PurchaseSolution purchase(
      ProgramId program,
      String contract,
      String manufacturer,
      String solution,
      long price,
      long points,
      LocalDate serviceStart,
      LocalDate serviceEnd) {
    return new PurchaseSolution(
        nextId("reserve"),
        program,
        ContractId.of(contract),
        ManufacturerId.of(manufacturer),
        SolutionId.of(solution),
        price,
        points,
        serviceStart,
        serviceEnd);
  }
}
