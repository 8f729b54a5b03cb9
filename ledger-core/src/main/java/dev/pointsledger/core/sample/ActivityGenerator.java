package dev.pointsledger.core.sample;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.AbstractIterator;
import dev.pointsledger.core.command.ApproveClaim;
import dev.pointsledger.core.command.CancelContract;
import dev.pointsledger.core.command.Command;
import dev.pointsledger.core.command.CommandType;
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
import dev.pointsledger.core.error.RejectionCode;
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
import dev.pointsledger.core.state.DocumentRef;
import dev.pointsledger.core.supply.ReviewStatus;
import dev.pointsledger.core.supply.SolutionCategory;
import dev.pointsledger.core.supply.VendorProfile;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * A whole year of the 2022 program ({@link ProgramPresets#industrialPavilion2022()}) for any number
 * of manufacturers, as realistic random activity that is the same for the same seed.
 *
 * <p>It defines the program, registers vendors (one in 25 ineligible for its capital, R-V1), takes
 * their solutions in all ten categories through the review (R-V6: requests to supplement,
 * rejections at both steps, approvals by a panel, listings), grants points (most manufacturers the
 * whole 200,000, R-D2; one in 100 is refused for its size, R-D1; one in 100 of those granted the
 * cap asks for more and is refused), buys listed solutions with at most half the price in points
 * (R-P1; odd prices too; one purchase in 50 first asks for one point more than half and is
 * refused), cancels some contracts, files claims after the contract ends (R-P3; one in 50 first on
 * its last day, refused), approves most, rejects some and lets the vendor file them again, pays
 * approved claims twice a month by vendor, and lapses unused points on the day after the program's
 * end.
 *
 * <pre>{@code
 * ActivityGenerator activity = ActivityGenerator.of(10_000, 7);
 * ActivityClock clock = ActivityClock.at(activity.summary().firstDay());
 * try (Ledger ledger = Ledger.inMemory(clock)) {
 *   for (ActivityBatch batch : activity.batches(1_000)) {
 *     clock.setDay(batch.day());
 *     ledger.submitAll(batch.commands());
 *   }
 * }
 * }</pre>
 *
 * <p>Manufacturer and vendor ids are valid Unified Business Numbers, distinct for up to 5,000,000
 * manufacturers and as many vendors; other ids are derived from them. The plan is made once, in
 * memory (about a hundred bytes per command); commands are built as the batches are read. Not
 * thread-safe while being read; {@link #batches} may be read any number of times and gives the same
 * commands each time.
 */
public final class ActivityGenerator {
  /** The most manufacturers a generator plays: distinct business numbers run out beyond. */
  public static final int MAX_MANUFACTURERS = 5_000_000;

  private static final int HALF = 5_000_000;
  private static final ProgramId PID = ProgramPresets.INDUSTRIAL_PAVILION_2022;
  private static final Program PROGRAM = ProgramPresets.industrialPavilion2022();
  private static final ProgramPolicy POLICY = PROGRAM.policy();
  private static final LocalDate START = POLICY.programStart();
  private static final LocalDate END = POLICY.programEnd();
  private static final DateTimeFormatter PAYOUT_DAY = DateTimeFormatter.BASIC_ISO_DATE;
  private static final SolutionCategory[] CATEGORIES = SolutionCategory.values();
  private static final int[] TERMS = {3, 3, 6, 12};
  private static final List<String> REVIEWERS =
      List.of("Prof. Lin", "Dr. Chen", "Dr. Wang", "Prof. Huang", "Ms. Tsai", "Mr. Wu");
  private static final List<String> NAME_PARTS =
      List.of("宏", "台", "新", "聯", "智", "雲", "華", "大", "永", "順", "達", "群");
  private static final List<String> PRODUCTS =
      List.of(
          "Cloud MES",
          "CRM",
          "HR Suite",
          "PLM",
          "ERP Finance",
          "Shift Planner",
          "Machine Monitor",
          "Inventory",
          "SOP Manager",
          "Energy Monitor");

  private final int manufacturers;
  private final long seed;
  private final int offset;
  private final TreeMap<Long, List<Supplier<Command>>> plan = new TreeMap<>();
  private final EnumMap<CommandType, Long> byType = new EnumMap<>(CommandType.class);
  private final EnumMap<RejectionCode, Long> refusals = new EnumMap<>(RejectionCode.class);
  private final List<Listed> listed = new ArrayList<>();
  private final Set<SolutionCategory> categories = EnumSet.noneOf(SolutionCategory.class);
  private final TreeMap<Integer, TreeMap<LocalDate, List<ClaimId>>> payouts = new TreeMap<>();
  private final SplittableRandom rng;
  /** The serial of the next claim's uniform invoice number: one invoice backs one claim. */
  private int invoiceSerial;
  private final List<VendorId> vendorIds = new ArrayList<>();
  private int solutions;
  private long granted;
  private long reserved;
  private int oddPrices;
  private final ActivitySummary summary;

  private ActivityGenerator(int manufacturers, long seed) {
    this.manufacturers = manufacturers;
    this.seed = seed;
    this.offset = (int) Math.floorMod(seed * 1_000_003L, (long) HALF);
    this.rng = new SplittableRandom(seed);
    add(
        START,
        CommandType.DEFINE_PROGRAM,
        () -> new DefineProgram(DefineProgram.idFor(PID), PROGRAM));
    planSupply();
    planDemand();
    planPayouts();
    long total = byType.values().stream().mapToLong(Long::longValue).sum();
    summary =
        new ActivitySummary(
            seed,
            manufacturers,
            vendorIds.size(),
            solutions,
            listed.size(),
            categories,
            total,
            (int) plan.keySet().stream().map(k -> k / PHASES).distinct().count(),
            byType,
            refusals,
            granted,
            reserved,
            oddPrices,
            dayOf(plan.firstKey()),
            dayOf(plan.lastKey()));
  }

  /**
   * Plans the activity of some manufacturers.
   *
   * @param manufacturers how many manufacturers apply for points, 1 .. {@link #MAX_MANUFACTURERS}
   * @param seed the seed: the same seed gives the same commands
   * @return the generator
   * @throws IllegalArgumentException if the number is out of range
   */
  public static ActivityGenerator of(int manufacturers, long seed) {
    checkArgument(
        manufacturers >= 1 && manufacturers <= MAX_MANUFACTURERS,
        "manufacturers must be 1 .. %s: %s",
        MAX_MANUFACTURERS,
        manufacturers);
    return new ActivityGenerator(manufacturers, seed);
  }

  /**
   * The program the activity runs in; its definition is the first command of the first batch.
   *
   * @return the 2022 preset
   */
  public Program program() {
    return PROGRAM;
  }

  /**
   * What the batches hold.
   *
   * @return the summary
   */
  public ActivitySummary summary() {
    return summary;
  }

  /**
   * The commands, in batches of at most {@code size} commands of one business day each, in day
   * order; submit them in this order, each on a clock showing its batch's day.
   *
   * @param size the most commands in a batch, at least 1
   * @return the batches, read lazily
   * @throws IllegalArgumentException if the size is below 1
   */
  public Iterable<ActivityBatch> batches(int size) {
    checkArgument(size >= 1, "batch size must be at least 1: %s", size);
    return () -> new Batches(size);
  }

  // ---- the plan: buckets keyed by day and phase, so a day's commands come in a working order

  private static final int PHASES = 16;

  private static int phase(CommandType type) {
    return switch (type) {
      case DEFINE_PROGRAM -> 0;
      case REGISTER_VENDOR -> 1;
      case SUBMIT_SOLUTION, CARRY_OVER_SOLUTION -> 2;
      case REVIEW_SOLUTION -> 3;
      case GRANT_POINTS -> 4;
      case PURCHASE_SOLUTION -> 5;
      case CANCEL_CONTRACT -> 6;
      case FILE_CLAIM -> 7;
      case APPROVE_CLAIM, REJECT_CLAIM -> 8;
      case SETTLE_CLAIMS -> 9;
      case LAPSE_POINTS, REVERSE_ENTRY -> 10;
    };
  }

  private void add(LocalDate day, CommandType type, Supplier<Command> command) {
    plan.computeIfAbsent(day.toEpochDay() * PHASES + phase(type), k -> new ArrayList<>())
        .add(command);
    byType.merge(type, 1L, Long::sum);
  }

  private void refused(LocalDate day, CommandType type, RejectionCode code, Supplier<Command> c) {
    add(day, type, c);
    refusals.merge(code, 1L, Long::sum);
  }

  private static LocalDate dayOf(long key) {
    return LocalDate.ofEpochDay(Math.floorDiv(key, PHASES));
  }

  // ---- the supply side

  private void planSupply() {
    int count = Math.max(3, manufacturers / 40);
    for (int v = 0; v < count; v++) {
      VendorId vendor =
          VendorId.of(
              BusinessNumbers.withCheckDigit(
                  HALF + (int) Math.floorMod(v * 1_234_567L + offset, (long) HALF)));
      vendorIds.add(vendor);
      LocalDate registered = START.plusDays(rng.nextInt(120));
      String name = companyName(v) + "資訊股份有限公司";
      boolean ineligible = v > 0 && rng.nextInt(25) == 0;
      EntryId id = e("vendor-" + vendor);
      if (ineligible) {
        VendorProfile small =
            new VendorProfile(Set.of("I301010"), 500_000L, false, false, true, false, false, false);
        refused(
            registered,
            CommandType.REGISTER_VENDOR,
            RejectionCode.INELIGIBLE_VENDOR_CAPITAL,
            () -> new RegisterVendor(id, PID, vendor, name, small));
        continue;
      }
      VendorProfile profile =
          new VendorProfile(
              Set.of(List.of("I301010", "I301020", "I301030").get(rng.nextInt(3))),
              (1 + rng.nextInt(50)) * 1_000_000L,
              false,
              false,
              true,
              false,
              false,
              false);
      add(
          registered,
          CommandType.REGISTER_VENDOR,
          () -> new RegisterVendor(id, PID, vendor, name, profile));
      int count2 = 1 + rng.nextInt(3);
      for (int s = 1; s <= count2; s++) {
        planSolution(v, vendor, s, registered.plusDays(rng.nextInt(11)), v == 0 && s == 1);
      }
    }
    listed.sort(Comparator.comparing(Listed::listedOn));
  }

  private String companyName(int v) {
    return NAME_PARTS.get(rng.nextInt(NAME_PARTS.size()))
        + NAME_PARTS.get(rng.nextInt(NAME_PARTS.size()))
        + (v + 1);
  }

  private void planSolution(int v, VendorId vendor, int n, LocalDate submitted, boolean listIt) {
    SolutionId solution = SolutionId.of("S" + vendor + "-" + n);
    SolutionCategory category = CATEGORIES[rng.nextInt(CATEGORIES.length)];
    long price = (30 + rng.nextInt(571)) * 1_000L + (rng.nextInt(5) == 0 ? 1 : 0);
    long market = price + rng.nextInt(1 + (int) (price / 5));
    int term = TERMS[rng.nextInt(TERMS.length)];
    String name = PRODUCTS.get(category.ordinal()) + " " + n;
    solutions++;
    add(
        submitted,
        CommandType.SUBMIT_SOLUTION,
        () ->
            SubmitSolution.builder()
                .id(e("submit-" + solution))
                .program(PID)
                .solution(solution)
                .vendor(vendor)
                .name(name)
                .category(category)
                .price(price)
                .marketPrice(market)
                .minimumTermMonths(term)
                .build());
    Review review = new Review(solution);
    LocalDate day =
        review.move(
            submitted.plusDays(2 + rng.nextInt(6)),
            ReviewStatus.QUALIFICATION_REVIEW,
            "documents received");
    int fate = listIt ? 99 : rng.nextInt(100);
    if (fate < 15) {
      day = day.plusDays(1 + rng.nextInt(3));
      LocalDate deadline = day.plusDays(10);
      review.supplement(day, deadline);
      if (fate < 3) {
        review.move(deadline.plusDays(1), ReviewStatus.REJECTED, "no supplement by the deadline");
        return;
      }
      day =
          review.move(
              day.plusDays(1 + rng.nextInt(7)),
              ReviewStatus.QUALIFICATION_REVIEW,
              "documents supplemented");
    } else if (fate < 20) {
      review.move(day.plusDays(1 + rng.nextInt(5)), ReviewStatus.REJECTED, "documents incomplete");
      return;
    }
    day = review.move(day.plusDays(2 + rng.nextInt(7)), ReviewStatus.TECHNICAL_REVIEW, "qualified");
    if (fate >= 20 && fate < 25) {
      review.move(
          day.plusDays(3 + rng.nextInt(12)), ReviewStatus.REJECTED, "security criteria not met");
      return;
    }
    day = review.approve(day.plusDays(3 + rng.nextInt(12)), panel());
    day = review.move(day.plusDays(1 + rng.nextInt(7)), ReviewStatus.LISTED, "announced");
    listed.add(new Listed(solution, v, price, term, day));
    categories.add(category);
  }

  private List<String> panel() {
    List<String> names = new ArrayList<>(REVIEWERS);
    int size = 2 + rng.nextInt(2);
    List<String> panel = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      panel.add(names.remove(rng.nextInt(names.size())));
    }
    return List.copyOf(panel);
  }

  /** The review steps of one solution, numbered. */
  private final class Review {
    private final SolutionId solution;
    private int step;

    Review(SolutionId solution) {
      this.solution = solution;
    }

    LocalDate move(LocalDate day, ReviewStatus to, String note) {
      return step(day, to, "office", note, Optional.empty(), List.of());
    }

    void supplement(LocalDate day, LocalDate deadline) {
      step(
          day,
          ReviewStatus.SUPPLEMENT_REQUESTED,
          "office",
          "tax certificate missing",
          Optional.of(deadline),
          List.of());
    }

    LocalDate approve(LocalDate day, List<String> panel) {
      return step(
          day, ReviewStatus.APPROVED, "review meeting", "consensus", Optional.empty(), panel);
    }

    private LocalDate step(
        LocalDate day,
        ReviewStatus to,
        String actor,
        String note,
        Optional<LocalDate> deadline,
        List<String> panel) {
      EntryId id = e("review-" + solution + "-" + ++step);
      add(
          day,
          CommandType.REVIEW_SOLUTION,
          () -> new ReviewSolution(id, PID, solution, to, actor, note, deadline, panel));
      return day;
    }
  }

  /** A listed solution, as purchases need it. */
  private record Listed(SolutionId id, int vendor, long price, int term, LocalDate listedOn) {}

  // ---- the demand side

  private void planDemand() {
    LocalDate firstListing = listed.get(0).listedOn();
    long[] listingDays = listed.stream().mapToLong(l -> l.listedOn().toEpochDay()).toArray();
    for (int i = 0; i < manufacturers; i++) {
      ManufacturerId m =
          ManufacturerId.of(
              BusinessNumbers.withCheckDigit(
                  (int) Math.floorMod(i * 2_654_437L + offset, (long) HALF)));
      LocalDate applied = LocalDate.of(2022, 4, 1).plusDays(rng.nextInt(153));
      List<DocumentRef> documents =
          List.of(
              new DocumentRef(
                  "factory-registration", String.format("99-%06d", rng.nextInt(1_000_000))));
      EntryId grantId = e("grant-" + m);
      if (rng.nextInt(100) == 0) {
        ManufacturerProfile big =
            new ManufacturerProfile(
                (150 + rng.nextInt(750)) * 1_000_000L,
                201 + rng.nextInt(700),
                FactoryRegistration.REGISTERED,
                false);
        refused(
            applied,
            CommandType.GRANT_POINTS,
            RejectionCode.INELIGIBLE_MANUFACTURER_SIZE,
            () -> new GrantPoints(grantId, PID, m, 200_000L, applied, big, documents));
        continue;
      }
      long points = rng.nextInt(100) < 60 ? POLICY.grantCap() : (20 + rng.nextInt(180)) * 1_000L;
      ManufacturerProfile profile =
          new ManufacturerProfile(
              (1 + rng.nextInt(100)) * 1_000_000L,
              3 + rng.nextInt(198),
              rng.nextInt(20) == 0 ? FactoryRegistration.EXEMPT : FactoryRegistration.REGISTERED,
              false);
      add(
          applied,
          CommandType.GRANT_POINTS,
          () -> new GrantPoints(grantId, PID, m, points, applied, profile, documents));
      granted += points;
      if (points == POLICY.grantCap() && rng.nextInt(100) == 0) {
        EntryId more = e("grant-more-" + m);
        refused(
            applied,
            CommandType.GRANT_POINTS,
            RejectionCode.CAP_EXCEEDED,
            () -> new GrantPoints(more, PID, m, 10_000L, applied, profile, documents));
      }
      long unused = points - planPurchases(m, applied, points, firstListing, listingDays);
      if (unused > 0) {
        EntryId lapse = e("lapse-" + m);
        add(END.plusDays(1), CommandType.LAPSE_POINTS, () -> new LapsePoints(lapse, PID, m));
      }
    }
  }

  /**
   * Plans a manufacturer's purchases and what follows them; returns the points its contracts still
   * hold at the program's end (reserved, claimed or paid), which therefore do not lapse.
   */
  private long planPurchases(
      ManufacturerId m, LocalDate applied, long points, LocalDate firstListing, long[] days) {
    int roll = rng.nextInt(100);
    int count = roll < 15 ? 0 : roll < 60 ? 1 : roll < 90 ? 2 : 3;
    LocalDate from = applied.plusDays(1).isAfter(firstListing) ? applied.plusDays(1) : firstListing;
    long span = END.toEpochDay() - from.toEpochDay() + 1;
    if (count == 0 || span <= 0) {
      return 0;
    }
    long[] purchaseDays = new long[count];
    for (int k = 0; k < count; k++) {
      purchaseDays[k] = from.toEpochDay() + rng.nextLong(span);
    }
    Arrays.sort(purchaseDays);
    long remaining = points;
    long released = 0;
    for (int k = 0; k < count && remaining > 0; k++) {
      LocalDate day = LocalDate.ofEpochDay(purchaseDays[k]);
      int listedBy = upperBound(days, purchaseDays[k]);
      Listed solution = listed.get(rng.nextInt(listedBy));
      long price =
          rng.nextInt(10) < 7
              ? solution.price()
              : solution.price() - 1 - rng.nextLong(solution.price() / 10);
      long half = POLICY.maxPointsFor(price);
      long wanted = rng.nextInt(100) < 85 ? half : half / 2 + rng.nextLong(half - half / 2 + 1);
      long used = Math.min(wanted, remaining);
      if (used <= 0) {
        break;
      }
      remaining -= used;
      LocalDate start = rng.nextInt(100) < 80 ? day : day.plusDays(1 + rng.nextInt(14));
      LocalDate end = POLICY.earliestEndFor(start, solution.term() + (rng.nextInt(4) == 0 ? 3 : 0));
      ContractId contract = ContractId.of("C" + m + "-" + (k + 1));
      String buy = "buy-" + m + "-" + (k + 1);
      if (rng.nextInt(50) == 0) {
        EntryId over = e(buy + "-over");
        refused(
            day,
            CommandType.PURCHASE_SOLUTION,
            RejectionCode.MORE_THAN_HALF_OF_PRICE,
            () -> purchase(over, contract, m, solution.id(), price, half + 1, start, end));
      }
      EntryId id = e(buy);
      add(
          day,
          CommandType.PURCHASE_SOLUTION,
          () -> purchase(id, contract, m, solution.id(), price, used, start, end));
      reserved += used;
      oddPrices += (int) (price % 2);
      released += planAfterPurchase(m, contract, solution, day, end, used);
    }
    return points - remaining - released;
  }

  /** Plans a contract's cancellation or its claims; returns the points it releases in time. */
  private long planAfterPurchase(
      ManufacturerId m,
      ContractId contract,
      Listed solution,
      LocalDate bought,
      LocalDate end,
      long points) {
    String suffix = contract.value().substring(1);
    if (rng.nextInt(100) < 5) {
      LocalDate day = bought.plusDays(1 + rng.nextLong(end.toEpochDay() - bought.toEpochDay()));
      EntryId id = e("cancel-" + suffix);
      add(
          day,
          CommandType.CANCEL_CONTRACT,
          () -> new CancelContract(id, PID, contract, "cancelled by the manufacturer"));
      return day.isAfter(END) ? 0 : points;
    }
    VendorId vendor = vendorIds.get(solution.vendor());
    long amount =
        rng.nextInt(10) == 0 ? Math.max(1, points * (60 + rng.nextInt(40)) / 100) : points;
    List<DocumentRef> documents =
        List.of(
            DocumentRef.invoice(invoiceNumber(rng.nextInt(100_000_000))),
            new DocumentRef("contract", contract.value()));
    ClaimId claim = ClaimId.of("K" + suffix);
    if (rng.nextInt(50) == 0) {
      EntryId early = e("claim-early-" + suffix);
      refused(
          end,
          CommandType.FILE_CLAIM,
          RejectionCode.CONTRACT_NOT_ENDED,
          () -> claim(early, claim, contract, vendor, amount, documents));
    }
    LocalDate filed = end.plusDays(1 + rng.nextInt(20));
    EntryId fileId = e("claim-" + suffix);
    add(
        filed,
        CommandType.FILE_CLAIM,
        () -> claim(fileId, claim, contract, vendor, amount, documents));
    LocalDate decided = filed.plusDays(2 + rng.nextInt(14));
    ClaimId approved = claim;
    if (rng.nextInt(100) < 12) {
      EntryId reject = e("reject-" + suffix);
      add(
          decided,
          CommandType.REJECT_CLAIM,
          () -> new RejectClaim(reject, PID, claim, "invoice number does not match the contract"));
      ClaimId again = ClaimId.of("K" + suffix + "-2");
      LocalDate refiled = decided.plusDays(1 + rng.nextInt(10));
      EntryId refile = e("claim-" + suffix + "-2");
      add(
          refiled,
          CommandType.FILE_CLAIM,
          () -> claim(refile, again, contract, vendor, amount, documents));
      decided = refiled.plusDays(2 + rng.nextInt(9));
      approved = again;
    }
    ClaimId paid = approved;
    EntryId approveId = e("approve-" + paid);
    add(decided, CommandType.APPROVE_CLAIM, () -> new ApproveClaim(approveId, PID, paid));
    payouts
        .computeIfAbsent(solution.vendor(), v -> new TreeMap<>())
        .computeIfAbsent(payoutDayAfter(decided), d -> new ArrayList<>())
        .add(paid);
    return amount < points && !decided.isAfter(END) ? points - amount : 0;
  }

  /** Finance pays on the 10th and the 25th: the first such day after the approval. */
  private static LocalDate payoutDayAfter(LocalDate approved) {
    LocalDate day = approved.plusDays(1);
    while (day.getDayOfMonth() != 10 && day.getDayOfMonth() != 25) {
      day = day.plusDays(1);
    }
    return day;
  }

  private void planPayouts() {
    payouts.forEach(
        (v, byDay) -> {
          VendorId vendor = vendorIds.get(v);
          byDay.forEach(
              (day, claims) -> {
                String date = day.format(PAYOUT_DAY);
                EntryId id = e("payout-" + vendor + "-" + date);
                String reference = "TWB-" + date + "-" + vendor;
                List<ClaimId> paid = List.copyOf(claims);
                add(
                    day,
                    CommandType.SETTLE_CLAIMS,
                    () -> new SettleClaims(id, PID, vendor, paid, reference));
              });
        });
  }

  private static int upperBound(long[] sorted, long value) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] <= value) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static PurchaseSolution purchase(
      EntryId id,
      ContractId contract,
      ManufacturerId m,
      SolutionId solution,
      long price,
      long points,
      LocalDate start,
      LocalDate end) {
    return PurchaseSolution.builder()
        .id(id)
        .program(PID)
        .contract(contract)
        .manufacturer(m)
        .solution(solution)
        .price(price)
        .points(points)
        .service(start, end)
        .build();
  }

  private static FileClaim claim(
      EntryId id,
      ClaimId claim,
      ContractId contract,
      VendorId vendor,
      long points,
      List<DocumentRef> documents) {
    return FileClaim.builder()
        .id(id)
        .program(PID)
        .claim(claim)
        .contract(contract)
        .vendor(vendor)
        .points(points)
        .documents(documents)
        .build();
  }

  private static EntryId e(String id) {
    return EntryId.of(id);
  }

  /** Reads the plan a day at a time, cutting each day into batches. */
  private final class Batches extends AbstractIterator<ActivityBatch> {
    private final int size;
    private final Iterator<Map.Entry<Long, List<Supplier<Command>>>> buckets =
        plan.entrySet().iterator();
    private LocalDate day;
    private List<Supplier<Command>> pending = List.of();
    private int next;

    Batches(int size) {
      this.size = size;
    }

    @Override
    protected ActivityBatch computeNext() {
      List<Command> batch = new ArrayList<>(Math.min(size, 1_024));
      while (batch.size() < size) {
        if (next == pending.size()) {
          if (!buckets.hasNext()) {
            break;
          }
          Map.Entry<Long, List<Supplier<Command>>> bucket = buckets.next();
          LocalDate bucketDay = dayOf(bucket.getKey());
          if (day != null && !bucketDay.equals(day) && !batch.isEmpty()) {
            pending = bucket.getValue();
            next = 0;
            LocalDate done = day;
            day = bucketDay;
            return new ActivityBatch(done, batch);
          }
          day = bucketDay;
          pending = bucket.getValue();
          next = 0;
          continue;
        }
        batch.add(pending.get(next++).get());
      }
      return batch.isEmpty() ? endOfData() : new ActivityBatch(day, batch);
    }
  }

  /**
   * A uniform invoice number (two capital letters and eight digits) no other claim of the year
   * names: its track from a random draw, its number the next serial.
   */
  private String invoiceNumber(int draw) {
    char track = (char) ('A' + Math.floorMod(draw, 26));
    return String.format("A%c%08d", track, invoiceSerial++);
  }
}
