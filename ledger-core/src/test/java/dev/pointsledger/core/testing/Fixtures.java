package dev.pointsledger.core.testing;

import dev.pointsledger.core.Ledger;
import dev.pointsledger.core.command.ApproveClaim;
import dev.pointsledger.core.command.CancelContract;
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
import dev.pointsledger.core.id.ClaimId;
import dev.pointsledger.core.id.ContractId;
import dev.pointsledger.core.id.EntryId;
import dev.pointsledger.core.id.ManufacturerId;
import dev.pointsledger.core.id.ProgramId;
import dev.pointsledger.core.id.SolutionId;
import dev.pointsledger.core.id.UnifiedBusinessNumbers;
import dev.pointsledger.core.id.VendorId;
import dev.pointsledger.core.program.ManufacturerProfile;
import dev.pointsledger.core.program.Program;
import dev.pointsledger.core.program.ProgramPolicy;
import dev.pointsledger.core.program.ProgramPresets;
import dev.pointsledger.core.state.DocumentRef;
import dev.pointsledger.core.supply.ReviewStatus;
import dev.pointsledger.core.supply.SolutionCategory;
import dev.pointsledger.core.supply.VendorProfile;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Short builders of commands in the 2022 program, for tests that read like the rules. */
public final class Fixtures {
  /** The 2022 program's id. */
  public static final ProgramId P2022 = ProgramPresets.INDUSTRIAL_PAVILION_2022;
  /** A day inside the 2022 application window. */
  public static final LocalDate MAY_2 = LocalDate.of(2022, 5, 2);
  /** The first day of service of the default contract. */
  public static final LocalDate SERVICE_START = LocalDate.of(2022, 6, 1);
  /** The last day of service of the default contract: exactly three months. */
  public static final LocalDate SERVICE_END = LocalDate.of(2022, 8, 31);

  // Manufacturers' and vendors' ids: valid Unified Business Numbers (eight digits passing the
  // Ministry of Finance's check, UnifiedBusinessNumbers), as the 2022 policy requires; M* sort
  // before one another in their number's order, and so do V*.

  /** A manufacturer the tests never grant: a valid Unified Business Number (統一編號). */
  public static final String M0 = "10000009";

  /** The first manufacturer: a valid Unified Business Number (統一編號). */
  public static final String M1 = "10000107";

  /** A second manufacturer: a valid Unified Business Number (統一編號). */
  public static final String M2 = "10000205";

  /** A third manufacturer: a valid Unified Business Number (統一編號). */
  public static final String M3 = "10000303";

  /** A manufacturer never granted points: a valid Unified Business Number (統一編號). */
  public static final String M9 = "10000900";

  /** A vendor the tests never register: a valid Unified Business Number (統一編號). */
  public static final String V0 = "20000008";

  /** The first vendor: a valid Unified Business Number (統一編號). */
  public static final String V1 = "20000106";

  /** A second vendor: a valid Unified Business Number (統一編號). */
  public static final String V2 = "20000204";

  /** A third vendor: a valid Unified Business Number (統一編號). */
  public static final String V3 = "20000302";

  /** A fourth vendor: a valid Unified Business Number (統一編號). */
  public static final String V4 = "20000400";

  /** A fifth vendor: a valid Unified Business Number (統一編號). */
  public static final String V5 = "20000507";

  /** A sixth vendor: a valid Unified Business Number (統一編號). */
  public static final String V6 = "20000605";

  /** A seventh vendor: a valid Unified Business Number (統一編號). */
  public static final String V7 = "20000703";

  /** A vendor never registered: a valid Unified Business Number (統一編號). */
  public static final String V9 = "20000909";

  private Fixtures() {}

  /**
   * The previous year's program, {@code industrial-pavilion-2021}: the 2022 settings one year
   * earlier, with no program before it.
   */
  public static Program program2021() {
    ProgramPolicy policy =
        ProgramPresets.industrialPavilion2022Policy().toBuilder()
            .programPeriod(LocalDate.of(2021, 3, 23), LocalDate.of(2021, 12, 31))
            .grantApplicationWindow(LocalDate.of(2021, 3, 23), LocalDate.of(2021, 8, 31))
            .solutionApplicationsUntil(LocalDate.of(2021, 8, 20))
            .listingValidUntil(LocalDate.of(2021, 12, 31))
            .previousProgram(Optional.empty())
            .build();
    return new Program(
        ProgramPresets.INDUSTRIAL_PAVILION_2021, "Cloud Marketplace Industrial Pavilion 2021", policy);
  }

  /**
   * The n-th valid Unified Business Number of a series: seven digits of the series (its first
   * digit) and n, then the check digit that makes the number pass the Ministry of Finance's check
   * (also the pre-2023 one, a sum divisible by 10). Distinct n give distinct numbers, in order.
   *
   * @param series 1 to 9, the first digit
   * @param n 0 to 999,999
   */
  public static String businessNumber(int series, int n) {
    if (series < 1 || series > 9 || n < 0 || n > 999_999) {
      throw new IllegalArgumentException("series 1..9, n 0..999999: " + series + ", " + n);
    }
    String body = series + String.format("%06d", n);
    for (int check = 0; check <= 9; check++) {
      String number = body + check;
      int sum = UnifiedBusinessNumbers.weightedDigitSum(number);
      if (sum % 10 == 0 || (number.charAt(6) == '7' && (sum + 1) % 10 == 0)) {
        return number;
      }
    }
    throw new AssertionError("every seven digits have a check digit: " + body);
  }

  /** A manufacturer id. */
  public static ManufacturerId m(String id) {
    return ManufacturerId.of(id);
  }

  /** A vendor id. */
  public static VendorId v(String id) {
    return VendorId.of(id);
  }

  /** A contract id. */
  public static ContractId c(String id) {
    return ContractId.of(id);
  }

  /** A claim id. */
  public static ClaimId k(String id) {
    return ClaimId.of(id);
  }

  /** An entry id. */
  public static EntryId e(String id) {
    return EntryId.of(id);
  }

  /** The documents of a complete application (R-D5). */
  public static final List<DocumentRef> APPLICATION_DOCUMENTS =
      List.of(new DocumentRef("factory-registration", "99-123456"));

  /** A grant to a typical eligible factory, applied for on 2022-05-02. */
  public static GrantPoints grant(String id, String manufacturer, long points) {
    return new GrantPoints(
        e(id),
        P2022,
        m(manufacturer),
        points,
        MAY_2,
        ManufacturerProfile.typicalSmallFactory(),
        APPLICATION_DOCUMENTS);
  }

  /** The listed price (and market price) of every solution {@link #listSolutions} lists. */
  public static final long LISTED_PRICE = 500_000_000L;

  /** The id of the solution {@link #listSolutions} lists for a vendor: {@code S-<vendor>}. */
  public static SolutionId solutionOf(String vendor) {
    return SolutionId.of("S-" + vendor);
  }

  /**
   * Registers each vendor and takes one solution of each through the whole review to its listing,
   * on the clock's current day (which must lie in the 2022 solution application window): 6
   * entries per vendor.
   */
  public static void listSolutions(Ledger ledger, String... vendors) {
    listSolutions(ledger, P2022, vendors);
  }

  /**
   * {@link #listSolutions(Ledger, String...)} in any program; outside the 2022 program, command
   * ids start with the program's id, so that one ledger can list the same vendors in two years.
   */
  public static void listSolutions(Ledger ledger, ProgramId program, String... vendors) {
    String prefix = program.equals(P2022) ? "" : program + "/";
    for (String vendor : vendors) {
      SolutionId s = solutionOf(vendor);
      ledger.execute(
          new RegisterVendor(
              e(prefix + "register-" + vendor), program, v(vendor), "Vendor " + vendor,
              VendorProfile.qualifiedSoftwareHouse()));
      ledger.execute(
          new SubmitSolution(
              e(prefix + "submit-" + vendor), program, s, v(vendor), "Cloud MES of " + vendor,
              SolutionCategory.PRODUCTION, LISTED_PRICE, LISTED_PRICE, 3));
      for (ReviewStatus to :
          List.of(ReviewStatus.QUALIFICATION_REVIEW, ReviewStatus.TECHNICAL_REVIEW)) {
        ledger.execute(
            ReviewSolution.move(e(prefix + to + "-" + vendor), program, s, to, "office", "ok"));
      }
      ledger.execute(
          new ReviewSolution(
              e(prefix + "approve-" + vendor), program, s, ReviewStatus.APPROVED, "office",
              "consensus", Optional.empty(), List.of("reviewer A", "reviewer B")));
      ledger.execute(
          ReviewSolution.move(
              e(prefix + "list-" + vendor), program, s, ReviewStatus.LISTED, "office",
              "announced"));
    }
  }

  /**
   * A purchase of the vendor's listed solution ({@link #solutionOf}), served 2022-06-01 ..
   * 2022-08-31.
   */
  public static PurchaseSolution reserve(
      String id, String contract, String manufacturer, String vendor, long price, long points) {
    return purchase(id, contract, manufacturer, vendor).price(price).points(points).build();
  }

  /** A cancellation. */
  public static CancelContract cancel(String id, String contract) {
    return new CancelContract(e(id), P2022, c(contract), "cancelled by the manufacturer");
  }

  /** A claim with one invoice. */
  public static FileClaim claim(
      String id, String claim, String contract, String vendor, long points) {
    return new FileClaim(
        e(id),
        P2022,
        k(claim),
        c(contract),
        v(vendor),
        points,
        List.of(invoiceFor(claim)));
  }

  /**
   * The invoice a claim of the fixtures is filed with: a uniform invoice number (two capital
   * letters and eight digits) derived from the claim's id, the same for the same id, so that
   * distinct claims name distinct invoices (one invoice backs one live claim).
   */
  public static DocumentRef invoiceFor(String claim) {
    int h = claim.hashCode();
    char first = (char) ('A' + Math.floorMod(h, 26));
    char second = (char) ('A' + Math.floorMod(h / 26, 26));
    return DocumentRef.invoice(
        "" + first + second + String.format("%08d", Math.floorMod(h, 100_000_000)));
  }

  /** An approval. */
  public static ApproveClaim approve(String id, String claim) {
    return new ApproveClaim(e(id), P2022, k(claim));
  }

  /** A rejection. */
  public static RejectClaim reject(String id, String claim) {
    return new RejectClaim(e(id), P2022, k(claim), "invoice unreadable");
  }

  /** A settlement. */
  public static SettleClaims settle(String id, String vendor, String payout, String... claims) {
    return new SettleClaims(
        e(id), P2022, v(vendor), List.of(claims).stream().map(ClaimId::of).toList(), payout);
  }

  /** A lapse. */
  public static LapsePoints lapse(String id, String manufacturer) {
    return new LapsePoints(e(id), P2022, m(manufacturer));
  }

  /** A reversal. */
  public static ReverseEntry reverse(String id, String target) {
    return new ReverseEntry(e(id), P2022, e(target), "booked in error");
  }

  /** A grant in any program, with any profile, applied for on any day, with full documents. */
  public static GrantPoints grant(
      String id,
      ProgramId program,
      String manufacturer,
      long points,
      LocalDate applied,
      ManufacturerProfile profile) {
    return new GrantPoints(
        e(id), program, m(manufacturer), points, applied, profile, APPLICATION_DOCUMENTS);
  }

  /** A claim with any documents. */
  public static FileClaim claim(
      String id,
      String claim,
      String contract,
      String vendor,
      long points,
      List<DocumentRef> documents) {
    return new FileClaim(e(id), P2022, k(claim), c(contract), v(vendor), points, documents);
  }

  /**
   * A purchase to adjust: by default in the 2022 program, of the vendor's listed solution ({@link
   * #solutionOf}), NTD 10,000 with 5,000 points, served 2022-06-01 .. 2022-08-31. Tests build
   * purchases here, so that a new field of {@link PurchaseSolution} changes one place.
   */
  public static Purchase purchase(String id, String contract, String manufacturer, String vendor) {
    return new Purchase(id, contract, manufacturer, vendor);
  }

  /** A purchase being built; see {@link #purchase}. */
  public static final class Purchase {
    private final String id;
    private final String contract;
    private final String manufacturer;
    private final String vendor;
    private ProgramId program = P2022;
    private long price = 10_000;
    private long points = 5_000;
    private LocalDate serviceStart = SERVICE_START;
    private LocalDate serviceEnd = SERVICE_END;

    private Purchase(String id, String contract, String manufacturer, String vendor) {
      this.id = id;
      this.contract = contract;
      this.manufacturer = manufacturer;
      this.vendor = vendor;
    }

    /** In another program. */
    public Purchase in(ProgramId value) {
      program = value;
      return this;
    }

    /** At a price. */
    public Purchase price(long value) {
      price = value;
      return this;
    }

    /** Paying these points. */
    public Purchase points(long value) {
      points = value;
      return this;
    }

    /** Served from the first to the last day, both included. */
    public Purchase service(LocalDate first, LocalDate last) {
      serviceStart = first;
      serviceEnd = last;
      return this;
    }

    /** The command. */
    public PurchaseSolution build() {
      return new PurchaseSolution(
          e(id),
          program,
          c(contract),
          m(manufacturer),
          solutionOf(vendor),
          price,
          points,
          serviceStart,
          serviceEnd);
    }
  }
}
