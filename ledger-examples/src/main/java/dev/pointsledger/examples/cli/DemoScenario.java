package dev.pointsledger.examples.cli;

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
import dev.pointsledger.core.command.ReviewSolution;
import dev.pointsledger.core.command.SettleClaims;
import dev.pointsledger.core.command.SubmitSolution;
import dev.pointsledger.core.error.Rejection;
import dev.pointsledger.core.error.RejectionCode;
import dev.pointsledger.core.finance.JournalSource;
import dev.pointsledger.core.finance.payout.PayoutApplication;
import dev.pointsledger.core.finance.payout.PayoutApplier;
import dev.pointsledger.core.finance.payout.PayoutFile;
import dev.pointsledger.core.finance.payout.PayoutFileReader;
import dev.pointsledger.core.finance.payout.PayoutMatch;
import dev.pointsledger.core.finance.payout.PayoutMatcher;
import dev.pointsledger.core.finance.payout.PayoutReadOptions;
import dev.pointsledger.core.id.ClaimId;
import dev.pointsledger.core.id.ContractId;
import dev.pointsledger.core.id.EntryId;
import dev.pointsledger.core.id.ManufacturerId;
import dev.pointsledger.core.id.ProgramId;
import dev.pointsledger.core.id.SolutionId;
import dev.pointsledger.core.id.VendorId;
import dev.pointsledger.core.journal.JournalEntry;
import dev.pointsledger.core.program.FactoryRegistration;
import dev.pointsledger.core.program.ManufacturerProfile;
import dev.pointsledger.core.program.Program;
import dev.pointsledger.core.program.ProgramPresets;
import dev.pointsledger.core.query.ManufacturerBalances;
import dev.pointsledger.core.query.VendorBalances;
import dev.pointsledger.core.sample.ActivityClock;
import dev.pointsledger.core.state.DocumentRef;
import dev.pointsledger.core.supply.ReviewStatus;
import dev.pointsledger.core.supply.SolutionCategory;
import dev.pointsledger.core.supply.VendorProfile;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The 2022 program's whole year, told step by step in the reader's language (issue 11's scenario):
 * last year's use that excludes a manufacturer (R-D3), vendors (one ineligible, and why), solutions
 * in several categories through the review (a supplement, a rejection, a carry-over), manufacturers
 * applying (one refused for size, one for last year), grants, purchases with the half-and-half
 * split (an odd price; one past the manufacturer's unused points), a cancelled contract, a claim
 * filed too early and then after the contract ends, an approval, a rejection and a refile, the
 * payouts, the lapse at the program's end.
 *
 * <p>Every command's outcome is compared with the one the story expects; {@link #surprises()} lists
 * any difference.
 */
final class DemoScenario {
  static final ProgramId P2021 = ProgramPresets.INDUSTRIAL_PAVILION_2021;
  static final ProgramId P = ProgramPresets.INDUSTRIAL_PAVILION_2022;
  static final LocalDate FIRST_DAY = LocalDate.of(2021, 4, 12);

  // Unified Business Numbers (統一編號), each with a valid check digit
  static final VendorId ACME = VendorId.of("24681353");
  static final VendorId HARBOR = VendorId.of("53108424");
  static final VendorId SHADY = VendorId.of("22531040");
  static final ManufacturerId HSINCHU = ManufacturerId.of("12345670");
  static final ManufacturerId TAICHUNG = ManufacturerId.of("84210342");
  static final ManufacturerId TAINAN = ManufacturerId.of("90231560");
  static final ManufacturerId BIGCO = ManufacturerId.of("87654322");

  static final SolutionId MONITOR = SolutionId.of("acme-machine-monitor");
  static final SolutionId MES = SolutionId.of("acme-cloud-mes");
  static final SolutionId CRM = SolutionId.of("harbor-crm");
  static final SolutionId HR = SolutionId.of("harbor-hr-suite");
  static final ContractId C1 = ContractId.of("C-2022-0001");
  static final ContractId C2 = ContractId.of("C-2022-0002");
  static final ContractId C3 = ContractId.of("C-2022-0003");

  /** The claim the inclusion proof is for: the one approved after its refile. */
  static final ClaimId PROVEN_CLAIM = ClaimId.of("CL-2");

  /** The entry that approved {@link #PROVEN_CLAIM}: the leaf the inclusion proof is for. */
  static final EntryId PROVEN_APPROVAL = EntryId.of("approve-mes-claim");

  private static final List<DocumentRef> APPLICATION =
      List.of(new DocumentRef("factory-registration", "99-123456"));
  private static final List<String> PANEL = List.of("Prof. Lin", "Dr. Chen");

  /** The payout file the demo writes into its output folder, then matches and applies. */
  static final String PAYOUT_FILE = "payouts-20221130.csv";

  private final CliContext ctx;
  private final Ledger ledger;
  private final ActivityClock clock;
  private final Path folder;
  private final List<String> surprises = new ArrayList<>();
  private int refusals;

  DemoScenario(CliContext ctx, Ledger ledger, ActivityClock clock, Path folder) {
    this.ctx = ctx;
    this.ledger = ledger;
    this.clock = clock;
    this.folder = folder;
  }

  /** Plays the year. */
  void run() {
    lastYear();
    day(LocalDate.of(2022, 3, 23), "demo.step.define");
    applied(new DefineProgram(DefineProgram.idFor(P), ProgramPresets.industrialPavilion2022()));
    vendors();
    solutions();
    applications();
    purchases();
    claims();
    payouts();
    programEnd();
  }

  /** Outcomes that differ from the story's, one line each; empty when all went as told. */
  List<String> surprises() {
    return List.copyOf(surprises);
  }

  /** How many commands were refused, as the story expects. */
  int refusals() {
    return refusals;
  }

  private void lastYear() {
    day(FIRST_DAY, "demo.step.lastYear");
    Program p2021 =
        new Program(
            P2021,
            "Cloud Marketplace Industrial Pavilion 2021",
            ProgramPresets.industrialPavilion2022Policy().toBuilder()
                .programPeriod(LocalDate.of(2021, 3, 23), LocalDate.of(2021, 12, 31))
                .grantApplicationWindow(LocalDate.of(2021, 3, 23), LocalDate.of(2021, 8, 31))
                .solutionApplicationsUntil(LocalDate.of(2021, 8, 20))
                .listingValidUntil(LocalDate.of(2021, 12, 31))
                .noPreviousProgram()
                .build());
    applied(new DefineProgram(DefineProgram.idFor(P2021), p2021));
    applied(
        new RegisterVendor(
            id("2021/vendor-acme"),
            P2021,
            ACME,
            "Acme Cloud Co. 雲端智造股份有限公司",
            VendorProfile.qualifiedSoftwareHouse()));
    applied(
        SubmitSolution.builder()
            .id(id("2021/submit-monitor"))
            .program(P2021)
            .solution(MONITOR)
            .vendor(ACME)
            .name("Acme Machine Monitor 設備稼動監控")
            .category(SolutionCategory.FLOOR_MACHINES)
            .price(200_000)
            .marketPrice(220_000)
            .minimumTermMonths(3)
            .build());
    applied(move(P2021, MONITOR, "2021/qualify-monitor", ReviewStatus.QUALIFICATION_REVIEW));
    applied(move(P2021, MONITOR, "2021/technical-monitor", ReviewStatus.TECHNICAL_REVIEW));
    applied(approve(P2021, MONITOR, "2021/approve-monitor"));
    applied(move(P2021, MONITOR, "2021/list-monitor", ReviewStatus.LISTED));
    applied(grant("2021/grant-tainan", P2021, TAINAN, 100_000, typical()));
    applied(
        PurchaseSolution.builder()
            .id(id("2021/buy-tainan"))
            .program(P2021)
            .contract(ContractId.of("C-2021-0001"))
            .manufacturer(TAINAN)
            .solution(MONITOR)
            .price(200_000)
            .points(100_000)
            .service(LocalDate.of(2021, 4, 12), LocalDate.of(2021, 7, 11))
            .build());
  }

  private void vendors() {
    day(LocalDate.of(2022, 4, 1), "demo.step.vendors");
    applied(
        new RegisterVendor(
            id("vendor-acme"),
            P,
            ACME,
            "Acme Cloud Co. 雲端智造股份有限公司",
            VendorProfile.qualifiedSoftwareHouse()));
    applied(
        new RegisterVendor(
            id("vendor-harbor"),
            P,
            HARBOR,
            "Harbor Data 港灣數據股份有限公司",
            new VendorProfile(
                Set.of("I301020"), 12_000_000L, false, false, true, false, false, false)));
    refused(
        new RegisterVendor(
            id("vendor-shady"),
            P,
            SHADY,
            "Shady Ltd.",
            new VendorProfile(Set.of("F401010"), 500_000L, true, false, true, false, false, false)),
        RejectionCode.INELIGIBLE_VENDOR_BUSINESS_ITEM);
    ctx.say("demo.note.carryOver");
    applied(
        CarryOverSolution.builder()
            .id(id("carry-over-monitor"))
            .program(P)
            .solution(MONITOR)
            .fromProgram(P2021)
            .price(200_000)
            .marketPrice(220_000)
            .actor("Acme Cloud Co.")
            .build());
  }

  private void solutions() {
    day(LocalDate.of(2022, 4, 1), "demo.step.solutions");
    applied(
        submit(
            "submit-mes",
            MES,
            ACME,
            "Acme Cloud MES 雲端製造執行系統",
            SolutionCategory.PRODUCTION,
            240_001,
            260_000,
            6));
    applied(
        submit(
            "submit-crm",
            CRM,
            HARBOR,
            "Harbor CRM 客戶關係管理",
            SolutionCategory.MARKETING,
            90_000,
            100_000,
            3));
    applied(
        submit(
            "submit-hr",
            HR,
            HARBOR,
            "Harbor HR Suite 人資雲",
            SolutionCategory.HUMAN_RESOURCES,
            120_000,
            150_000,
            3));
    for (SolutionId s : List.of(MES, CRM, HR)) {
      applied(move(P, s, "qualify-" + s, ReviewStatus.QUALIFICATION_REVIEW));
    }
    applied(
        new ReviewSolution(
            id("supplement-mes"),
            P,
            MES,
            ReviewStatus.SUPPLEMENT_REQUESTED,
            "office",
            "tax certificate missing",
            Optional.of(LocalDate.of(2022, 4, 8)),
            List.of()));
    day(LocalDate.of(2022, 4, 6), "demo.step.supplement");
    applied(move(P, MES, "requalify-mes", ReviewStatus.QUALIFICATION_REVIEW));
    for (SolutionId s : List.of(MES, CRM, HR)) {
      applied(move(P, s, "technical-" + s, ReviewStatus.TECHNICAL_REVIEW));
    }
    refused(
        move(P, MES, "list-mes-too-early", ReviewStatus.LISTED),
        RejectionCode.ILLEGAL_REVIEW_TRANSITION);
    applied(approve(P, MES, "approve-mes"));
    applied(approve(P, CRM, "approve-crm"));
    applied(
        ReviewSolution.move(
            id("reject-hr"),
            P,
            HR,
            ReviewStatus.REJECTED,
            "review meeting",
            "penetration test report missing"));
    day(LocalDate.of(2022, 4, 20), "demo.step.listing");
    applied(move(P, MES, "list-mes", ReviewStatus.LISTED));
    applied(move(P, CRM, "list-crm", ReviewStatus.LISTED));
  }

  private void applications() {
    day(LocalDate.of(2022, 5, 2), "demo.step.applications");
    applied(grant("grant-hsinchu", P, HSINCHU, 200_000, typical()));
    refused(grant("grant-hsinchu-more", P, HSINCHU, 1, typical()), RejectionCode.CAP_EXCEEDED);
    applied(
        grant(
            "grant-taichung",
            P,
            TAICHUNG,
            150_000,
            new ManufacturerProfile(80_000_000L, 150, FactoryRegistration.REGISTERED, false)));
    refused(
        grant(
            "grant-bigco",
            P,
            BIGCO,
            50_000,
            new ManufacturerProfile(250_000_000L, 600, FactoryRegistration.REGISTERED, false)),
        RejectionCode.INELIGIBLE_MANUFACTURER_SIZE);
    refused(
        grant("grant-tainan", P, TAINAN, 200_000, typical()),
        RejectionCode.INELIGIBLE_PRIOR_YEAR_USE);
  }

  private void purchases() {
    day(LocalDate.of(2022, 5, 10), "demo.step.purchases");
    refused(
        buy("buy-mes-too-much", C1, HSINCHU, MES, 240_001, 120_001, 5, 15, 11, 14),
        RejectionCode.MORE_THAN_HALF_OF_PRICE);
    applied(buy("buy-mes", C1, HSINCHU, MES, 240_001, 120_000, 5, 15, 11, 14));
    ctx.say("demo.note.split", C1.value(), 240_001, 120_000, 120_001);
    refused(
        buy("buy-monitor-too-much", C2, HSINCHU, MONITOR, 200_000, 100_000, 5, 15, 8, 14),
        RejectionCode.INSUFFICIENT_POINTS);
    applied(buy("buy-monitor", C2, HSINCHU, MONITOR, 160_000, 80_000, 5, 15, 8, 14));
    applied(buy("buy-crm", C3, TAICHUNG, CRM, 90_000, 45_000, 6, 1, 8, 31));
    day(LocalDate.of(2022, 7, 1), "demo.step.cancel");
    applied(new CancelContract(id("cancel-monitor"), P, C2, "machines sold; service not needed"));
  }

  private void claims() {
    day(LocalDate.of(2022, 9, 5), "demo.step.claimCrm");
    applied(claim("claim-crm", "CL-3", C3, HARBOR, 45_000, "CD20220905"));
    day(LocalDate.of(2022, 9, 8), "demo.step.approveCrm");
    applied(new ApproveClaim(id("approve-crm-claim"), P, ClaimId.of("CL-3")));
    day(LocalDate.of(2022, 11, 14), "demo.step.claimEarly");
    refused(
        claim("claim-mes-early", "CL-1", C1, ACME, 120_000, "AB12345678"),
        RejectionCode.CONTRACT_NOT_ENDED);
    day(LocalDate.of(2022, 11, 15), "demo.step.claimMes");
    applied(claim("claim-mes", "CL-1", C1, ACME, 120_000, "AB12345678"));
    applied(new RejectClaim(id("reject-mes-claim"), P, ClaimId.of("CL-1"), "invoice unreadable"));
    day(LocalDate.of(2022, 11, 16), "demo.step.refile");
    applied(claim("claim-mes-again", "CL-2", C1, ACME, 120_000, "AB12345679"));
    day(LocalDate.of(2022, 11, 18), "demo.step.approveMes");
    applied(new ApproveClaim(PROVEN_APPROVAL, P, PROVEN_CLAIM));
  }

  private void payouts() {
    day(LocalDate.of(2022, 11, 30), "demo.step.payouts");
    Path file = folder.resolve(PAYOUT_FILE);
    OutputFiles.write(
        file,
        "統一編號,金額,撥款編號,撥款日期,核銷申請編號\n"
            + ACME
            + ",120000,TWB-20221130-001,2022-11-30,"
            + PROVEN_CLAIM
            + "\n"
            + HARBOR
            + ",45000,TWB-20221130-002,2022-11-30,CL-3\n");
    ctx.say("demo.note.payoutFile", PAYOUT_FILE);
    applyPayouts(file, PayoutApplication.Kind.SETTLED);
    ctx.say("demo.note.retry");
    applyPayouts(file, PayoutApplication.Kind.ALREADY_SETTLED);
    refused(
        new SettleClaims(
            PayoutApplier.entryIdFor(P, ACME, "TWB-20221130-001"),
            P,
            ACME,
            List.of(PROVEN_CLAIM),
            "TWB-OTHER"),
        RejectionCode.DUPLICATE_ID_DIFFERENT_CONTENT);
  }

  /** Reads the payout file, matches it against the approved claims and applies it. */
  private void applyPayouts(Path file, PayoutApplication.Kind expected) {
    PayoutFile payouts;
    try {
      payouts = PayoutFileReader.read(file, PayoutReadOptions.utf8());
    } catch (IOException e) {
      throw OutputFiles.unreadable(file, e);
    }
    PayoutMatch match = PayoutMatcher.match(JournalSource.now(ledger), P, payouts);
    if (PayoutsCommand.print(ctx, payouts, match)) {
      surprises.add(ctx.text().get("demo.surprise", PAYOUT_FILE, "MATCHED", match.counts()));
    }
    PayoutApplication applied = PayoutApplier.apply(ledger, match);
    for (PayoutApplication.Result r : applied.results()) {
      PayoutsCommand.printResult(ctx, r);
      if (r.kind() != expected) {
        surprises.add(
            ctx.text().get("demo.surprise", r.payoutReference(), expected.name(), r.kind()));
      }
    }
  }

  private void programEnd() {
    day(LocalDate.of(2023, 1, 1), "demo.step.lapse");
    applied(new LapsePoints(id("lapse-hsinchu"), P, HSINCHU));
    applied(new LapsePoints(id("lapse-taichung"), P, TAICHUNG));
    ctx.out().println();
    ctx.say("demo.heading.balances");
    for (ManufacturerId m : List.of(HSINCHU, TAICHUNG)) {
      ManufacturerBalances b = ledger.now().manufacturer(P, m);
      ctx.say(
          "demo.balances.manufacturer",
          m.value(),
          b.granted(),
          b.available(),
          b.reserved(),
          b.claimed(),
          b.redeemed(),
          b.lapsed());
    }
    for (VendorId v : List.of(ACME, HARBOR)) {
      VendorBalances b = ledger.now().vendor(P, v);
      ctx.say("demo.balances.vendor", v.value(), b.pending(), b.payable(), b.paid());
    }
  }

  // ---- commands

  private static ManufacturerProfile typical() {
    return ManufacturerProfile.typicalSmallFactory();
  }

  private static GrantPoints grant(
      String id, ProgramId program, ManufacturerId m, long points, ManufacturerProfile profile) {
    return GrantPoints.builder()
        .id(id(id))
        .program(program)
        .manufacturer(m)
        .points(points)
        .applicationDate(program.equals(P) ? LocalDate.of(2022, 5, 2) : LocalDate.of(2021, 4, 12))
        .profile(profile)
        .documents(APPLICATION)
        .build();
  }

  private static SubmitSolution submit(
      String id,
      SolutionId s,
      VendorId v,
      String name,
      SolutionCategory category,
      long price,
      long market,
      int months) {
    return SubmitSolution.builder()
        .id(id(id))
        .program(P)
        .solution(s)
        .vendor(v)
        .name(name)
        .category(category)
        .price(price)
        .marketPrice(market)
        .minimumTermMonths(months)
        .build();
  }

  private static ReviewSolution move(ProgramId p, SolutionId s, String id, ReviewStatus to) {
    return ReviewSolution.move(id(id), p, s, to, "office", "documents complete");
  }

  private static ReviewSolution approve(ProgramId p, SolutionId s, String id) {
    return new ReviewSolution(
        id(id),
        p,
        s,
        ReviewStatus.APPROVED,
        "review meeting",
        "consensus",
        Optional.empty(),
        PANEL);
  }

  private static PurchaseSolution buy(
      String id,
      ContractId c,
      ManufacturerId m,
      SolutionId s,
      long price,
      long points,
      int fromMonth,
      int fromDay,
      int toMonth,
      int toDay) {
    return PurchaseSolution.builder()
        .id(id(id))
        .program(P)
        .contract(c)
        .manufacturer(m)
        .solution(s)
        .price(price)
        .points(points)
        .service(LocalDate.of(2022, fromMonth, fromDay), LocalDate.of(2022, toMonth, toDay))
        .build();
  }

  private static FileClaim claim(
      String id, String claim, ContractId c, VendorId v, long points, String invoice) {
    return FileClaim.builder()
        .id(id(id))
        .program(P)
        .claim(ClaimId.of(claim))
        .contract(c)
        .vendor(v)
        .points(points)
        .document(DocumentRef.invoice(invoice))
        .document(new DocumentRef("contract", c.value()))
        .build();
  }

  private static EntryId id(String value) {
    return EntryId.of(value);
  }

  // ---- outcomes, told and compared with the story

  private void applied(Command command) {
    CommandOutcome outcome = ledger.submit(command);
    if (outcome instanceof CommandOutcome.Applied a && !a.replayed()) {
      JournalEntry e = a.entry();
      ctx.say(
          "demo.applied",
          Long.toString(e.sequence()),
          e.type().name(),
          command.id().value(),
          e.references().toString());
    } else {
      surprise(command, outcome, "demo.expected.applied");
    }
  }

  private void retried(Command command) {
    CommandOutcome outcome = ledger.submit(command);
    if (outcome instanceof CommandOutcome.Applied a && a.replayed()) {
      ctx.say("demo.replayed", Long.toString(a.entry().sequence()), command.id().value());
    } else {
      surprise(command, outcome, "demo.expected.replayed");
    }
  }

  private void refused(Command command, RejectionCode code) {
    CommandOutcome outcome = ledger.submit(command);
    if (outcome instanceof CommandOutcome.Refused r && r.rejection().code() == code) {
      refusals++;
      Rejection rejection = r.rejection();
      ctx.say(
          "demo.refused",
          command.id().value(),
          code.name(),
          code.rule(),
          rejection.message(ctx.text().format()));
    } else {
      surprise(command, outcome, "demo.expected.refused");
    }
  }

  private void surprise(Command command, CommandOutcome outcome, String expectedKey) {
    String line =
        ctx.text()
            .get(
                "demo.surprise",
                command.id().value(),
                ctx.text().get(expectedKey),
                outcome.toString());
    surprises.add(line);
    ctx.err().println(line);
  }

  private void day(LocalDate day, String titleKey) {
    clock.setDay(day);
    ctx.out().println();
    ctx.say("demo.day", ctx.text().day(day), ctx.text().get(titleKey));
  }
}
