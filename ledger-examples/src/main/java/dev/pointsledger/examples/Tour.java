package dev.pointsledger.examples;

import dev.pointsledger.core.Ledger;
import dev.pointsledger.core.audit.Invariant;
import dev.pointsledger.core.audit.VerificationReport;
import dev.pointsledger.core.command.ApproveClaim;
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
import dev.pointsledger.core.query.ContractView;
import dev.pointsledger.core.query.ManufacturerBalances;
import dev.pointsledger.core.query.PurchaseTotals;
import dev.pointsledger.core.query.VendorBalances;
import dev.pointsledger.core.sample.ActivityClock;
import dev.pointsledger.core.state.DocumentRef;
import dev.pointsledger.core.supply.ReviewStatus;
import dev.pointsledger.core.supply.SolutionCategory;
import dev.pointsledger.core.supply.VendorProfile;
import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.chrono.MinguoDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** One program year, told step by step; see the package documentation. */
final class Tour {
  private static final ProgramId P = ProgramPresets.INDUSTRIAL_PAVILION_2022;
  private static final VendorId ACME = VendorId.of("24681358");
  private static final SolutionId MES = SolutionId.of("acme-cloud-mes");
  private static final ManufacturerId HSINCHU = ManufacturerId.of("12345675");
  private static final ContractId CONTRACT = ContractId.of("C-2022-0001");
  private static final DateTimeFormatter MINGUO = DateTimeFormatter.ofPattern("yyy-MM-dd");

  private final PrintStream out;
  private final boolean quiet;
  private final ActivityClock clock = ActivityClock.at(LocalDate.of(2022, 3, 23));
  private int refusals;

  Tour(PrintStream out, boolean quiet) {
    this.out = out;
    this.quiet = quiet;
  }

  Clock clock() {
    return clock;
  }

  boolean run(Ledger ledger) {
    day(LocalDate.of(2022, 3, 23), "The program is defined: its policy is entry #1 of the chain");
    Program program = ProgramPresets.industrialPavilion2022();
    apply(ledger, new DefineProgram(DefineProgram.idFor(program.id()), program));
    supplySide(ledger);
    demandSide(ledger);
    claimsAndPayout(ledger);
    programEnd(ledger);
    return summary(ledger);
  }

  private void supplySide(Ledger ledger) {
    day(LocalDate.of(2022, 4, 1), "Vendors register; solutions are reviewed (R-V1..R-V6)");
    apply(ledger, new RegisterVendor(id("vendor-acme"), P, ACME, "Acme Cloud Co.",
        VendorProfile.qualifiedSoftwareHouse()));
    apply(ledger, new RegisterVendor(id("vendor-shady"), P, VendorId.of("13579243"), "Shady Ltd.",
        new VendorProfile(Set.of("F401010"), 500_000, true, false, true, false, true, false)));
    apply(ledger, SubmitSolution.builder().id(id("submit-mes")).program(P).solution(MES)
        .vendor(ACME).name("Acme Cloud MES").category(SolutionCategory.PRODUCTION)
        .price(240_001).marketPrice(260_000).minimumTermMonths(6).build());
    review(ledger, "qualify-mes", ReviewStatus.QUALIFICATION_REVIEW, "documents complete");
    apply(ledger, new ReviewSolution(id("supplement-mes"), P, MES,
        ReviewStatus.SUPPLEMENT_REQUESTED, "office", "tax certificate missing",
        Optional.of(LocalDate.of(2022, 4, 8)), List.of()));
    day(LocalDate.of(2022, 4, 6), "The vendor supplements in time");
    review(ledger, "requalify-mes", ReviewStatus.QUALIFICATION_REVIEW, "supplemented");
    review(ledger, "technical-mes", ReviewStatus.TECHNICAL_REVIEW, "qualified");
    review(ledger, "list-too-early", ReviewStatus.LISTED, "not yet approved");
    apply(ledger, new ReviewSolution(id("approve-mes"), P, MES, ReviewStatus.APPROVED,
        "review meeting", "consensus", Optional.empty(), List.of("Prof. Lin", "Dr. Chen")));
    day(LocalDate.of(2022, 4, 20), "The agency announces the list");
    review(ledger, "list-mes", ReviewStatus.LISTED, "announced on the program site");
  }

  private void demandSide(Ledger ledger) {
    day(LocalDate.of(2022, 5, 2), "Manufacturers apply for points (R-D1..R-D5)");
    List<DocumentRef> docs = List.of(new DocumentRef("factory-registration", "99-123456"));
    apply(ledger, new GrantPoints(id("grant-hsinchu"), P, HSINCHU, 200_000,
        LocalDate.of(2022, 5, 2), ManufacturerProfile.typicalSmallFactory(), docs));
    apply(ledger, new GrantPoints(id("grant-hsinchu-more"), P, HSINCHU, 1,
        LocalDate.of(2022, 5, 2), ManufacturerProfile.typicalSmallFactory(), docs));
    apply(ledger, new GrantPoints(id("grant-bigco"), P, ManufacturerId.of("87654322"), 50_000,
        LocalDate.of(2022, 5, 2),
        new ManufacturerProfile(250_000_000, 600, FactoryRegistration.NONE, false), docs));

    day(LocalDate.of(2022, 5, 10), "A purchase: points pay at most half (R-P1)");
    apply(ledger, purchase("buy-too-much", 120_001));
    apply(ledger, purchase("buy", 120_000));
    if (!quiet) {
      ContractView view = ledger.now().contract(P, CONTRACT);
      out.printf("    contract %s: price NTD %,d = %,d points + %,d own part (%s)%n",
          CONTRACT, view.contract().price(), view.contract().points(), view.contract().ownPart(),
          view.contract().category().chineseName());
    }
  }

  private void claimsAndPayout(Ledger ledger) {
    day(LocalDate.of(2022, 11, 14), "The contract's last day of service (R-P3)");
    apply(ledger, claim("claim-early", "CL-1"));
    day(LocalDate.of(2022, 11, 15), "The day after: the vendor claims");
    apply(ledger, claim("claim", "CL-1"));
    apply(ledger, new RejectClaim(id("reject"), P, ClaimId.of("CL-1"), "invoice unreadable"));
    apply(ledger, claim("claim-again", "CL-2"));
    apply(ledger, new ApproveClaim(id("approve"), P, ClaimId.of("CL-2")));
    day(LocalDate.of(2022, 11, 30), "Finance pays the vendor");
    SettleClaims payout =
        new SettleClaims(id("payout"), P, ACME, List.of(ClaimId.of("CL-2")), "TWB-20221130-001");
    apply(ledger, payout);
    apply(ledger, payout);
    apply(ledger, new SettleClaims(id("payout"), P, ACME, List.of(ClaimId.of("CL-2")), "OTHER"));
  }

  private void programEnd(Ledger ledger) {
    day(LocalDate.of(2023, 1, 1), "The program has ended: unused points lapse");
    apply(ledger, new LapsePoints(id("lapse-hsinchu"), P, HSINCHU));
  }

  private boolean summary(Ledger ledger) {
    ManufacturerBalances m = ledger.now().manufacturer(P, HSINCHU);
    VendorBalances v = ledger.now().vendor(P, ACME);
    out.println();
    out.println("== Balances");
    out.printf("manufacturer %s: granted %,d = available %,d + reserved %,d + claimed %,d"
            + " + redeemed %,d + lapsed %,d%n",
        HSINCHU, m.granted(), m.available(), m.reserved(), m.claimed(), m.redeemed(), m.lapsed());
    out.printf("vendor %s: pending %,d, payable %,d, paid %,d%n",
        ACME, v.pending(), v.payable(), v.paid());
    out.println();
    out.println("== Points by category (finance)");
    for (PurchaseTotals t : ledger.now().purchasesByCategory(P)) {
      if (t.contracts() > 0) {
        out.printf("%-60s contracts %d, points %,d, own part %,d, paid %,d%n",
            t.heading(), t.contracts(), t.points(), t.ownPart(), t.paid());
      }
    }
    VerificationReport audit = ledger.verify();
    out.println();
    out.println("== Audit");
    out.printf("hash chain: %s, %d entries, head %s%n",
        audit.findings(Invariant.HASH_CHAIN).isEmpty() ? "intact" : "BROKEN",
        audit.entriesRead(), audit.headHash().hex().substring(0, 16) + "...");
    out.printf("invariants: %s; %d commands refused with a rule%n",
        audit.clean() ? "all hold" : audit.findings(), refusals);
    return audit.clean();
  }

  private PurchaseSolution purchase(String id, long points) {
    return new PurchaseSolution(id(id), P, CONTRACT, HSINCHU, MES, 240_001, points,
        LocalDate.of(2022, 5, 15), LocalDate.of(2022, 11, 14));
  }

  private FileClaim claim(String id, String claim) {
    return FileClaim.builder().id(id(id)).program(P).claim(ClaimId.of(claim)).contract(CONTRACT)
        .vendor(ACME).points(120_000).document(DocumentRef.invoice("AB12345678"))
        .document(new DocumentRef("contract", "C-2022-0001")).build();
  }

  private void review(Ledger ledger, String id, ReviewStatus to, String note) {
    apply(ledger, ReviewSolution.move(id(id), P, MES, to, "office", note));
  }

  private void apply(Ledger ledger, Command command) {
    CommandOutcome outcome = ledger.submit(command);
    if (outcome instanceof CommandOutcome.Refused refused) {
      refusals++;
      if (!quiet) {
        out.printf("  refused  %-20s %s%n", command.id(), refused.rejection());
      }
    } else if (!quiet) {
      CommandOutcome.Applied applied = (CommandOutcome.Applied) outcome;
      JournalEntry e = applied.entry();
      out.printf("  #%-4d %-22s %-20s %s%n", e.sequence(), e.type(), command.id(),
          applied.replayed() ? "(a retry: the first outcome, nothing written)" : e.references());
    }
  }

  private void day(LocalDate day, String title) {
    clock.setDay(day);
    if (!quiet) {
      out.printf("%n%s (民國 %s) %s%n", day, MinguoDate.from(day).format(MINGUO), title);
    }
  }

  private static EntryId id(String value) {
    return EntryId.of(value);
  }
}
