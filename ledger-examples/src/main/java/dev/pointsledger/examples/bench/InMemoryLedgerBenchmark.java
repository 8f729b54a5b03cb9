package dev.pointsledger.examples.bench;

import dev.pointsledger.core.Ledger;
import dev.pointsledger.core.command.GrantPoints;
import dev.pointsledger.core.command.PurchaseSolution;
import dev.pointsledger.core.command.RegisterVendor;
import dev.pointsledger.core.command.ReviewSolution;
import dev.pointsledger.core.command.SubmitSolution;
import dev.pointsledger.core.id.ContractId;
import dev.pointsledger.core.id.EntryId;
import dev.pointsledger.core.id.ManufacturerId;
import dev.pointsledger.core.id.ProgramId;
import dev.pointsledger.core.id.SolutionId;
import dev.pointsledger.core.id.UnifiedBusinessNumbers;
import dev.pointsledger.core.id.VendorId;
import dev.pointsledger.core.journal.JournalEntry;
import dev.pointsledger.core.program.ManufacturerProfile;
import dev.pointsledger.core.program.ProgramPresets;
import dev.pointsledger.core.rules.LedgerRules;
import dev.pointsledger.core.state.DocumentRef;
import dev.pointsledger.core.supply.ReviewStatus;
import dev.pointsledger.core.supply.SolutionCategory;
import dev.pointsledger.core.supply.VendorProfile;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Commands per second on the in-memory store, one thread, hash chain included: grants to many
 * manufacturers, and purchases (reservations) against a listed solution.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
// The parallel collector: a ledger keeps everything it writes, so a young collection's work is
// copying what was written since the last one into the old generation, which the parallel
// collector does with the least mutator overhead (no concurrent marking, a plain card-marking
// write barrier). G1, the default, collected more often with its pause goal and cost the
// benchmark thread more CPU per command (docs/performance.md, "In-memory store (JMH)").
@Fork(
    value = 1,
    jvmArgs = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch", "-XX:+UseParallelGC"})
public class InMemoryLedgerBenchmark {
  private static final ProgramId P = ProgramPresets.INDUSTRIAL_PAVILION_2022;
  private static final int MANUFACTURERS = 10_000;
  private static final SolutionId SOLUTION = SolutionId.of("bench-solution");
  private static final int GRANTEES = 1_000_000;
  private static final List<DocumentRef> DOCS =
      List.of(new DocumentRef("factory-registration", "99-123456"));
  private static final LocalDate APPLIED = LocalDate.of(2022, 5, 2);
  private static final LocalDate START = LocalDate.of(2022, 6, 1);
  private static final LocalDate END = LocalDate.of(2022, 8, 31);

  /**
   * What a fresh ledger makes room for: the setup's entries and an iteration's 2 s at the target
   * (500,000 commands/s), so that no index rehashes inside the measurement.
   */
  private static final int EXPECTED_ENTRIES = MANUFACTURERS + 1_000_000;

  private static final ManufacturerId[] GRANTEE_IDS = new ManufacturerId[GRANTEES];

  static {
    // Valid Unified Business Numbers are made here, once, so the measured loop does not pay for
    // them: the benchmark measures the ledger, not the caller making ids.
    for (int i = 0; i < GRANTEES; i++) {
      GRANTEE_IDS[i] = ManufacturerId.of(businessNumber(3_000_000 + i));
    }
  }

  private Ledger ledger;
  private ManufacturerId[] manufacturers;
  private long next;

  /**
   * A fresh ledger per iteration, with a listed solution and granted manufacturers, made room for
   * up front and followed by a full collection: none of it is measured.
   */
  @Setup(Level.Iteration)
  public void setUp() {
    Clock clock = Clock.fixed(Instant.parse("2022-05-02T04:00:00Z"), LedgerRules.TAIPEI);
    ledger = Ledger.inMemory(clock, EXPECTED_ENTRIES);
    ledger.defineProgram(ProgramPresets.industrialPavilion2022());
    VendorId vendor = VendorId.of(businessNumber(2_000_000));
    ledger.execute(
        new RegisterVendor(
            EntryId.of("v"), P, vendor, "Bench", VendorProfile.qualifiedSoftwareHouse()));
    ledger.execute(
        new SubmitSolution(
            EntryId.of("s"),
            P,
            SOLUTION,
            vendor,
            "Bench MES",
            SolutionCategory.PRODUCTION,
            1_000_000_000L,
            1_000_000_000L,
            3));
    ledger.execute(
        ReviewSolution.move(
            EntryId.of("q"), P, SOLUTION, ReviewStatus.QUALIFICATION_REVIEW, "office", ""));
    ledger.execute(
        ReviewSolution.move(
            EntryId.of("t"), P, SOLUTION, ReviewStatus.TECHNICAL_REVIEW, "office", ""));
    ledger.execute(
        new ReviewSolution(
            EntryId.of("a"),
            P,
            SOLUTION,
            ReviewStatus.APPROVED,
            "office",
            "",
            Optional.empty(),
            List.of("r1", "r2")));
    ledger.execute(
        ReviewSolution.move(EntryId.of("l"), P, SOLUTION, ReviewStatus.LISTED, "office", ""));
    manufacturers = new ManufacturerId[MANUFACTURERS];
    for (int i = 0; i < MANUFACTURERS; i++) {
      manufacturers[i] = ManufacturerId.of(businessNumber(1_000_000 + i));
      ledger.execute(
          new GrantPoints(
              EntryId.of("g" + i),
              P,
              manufacturers[i],
              200_000,
              APPLIED,
              ManufacturerProfile.typicalSmallFactory(),
              DOCS));
    }
    next = 0;
    // The previous iteration's ledger is garbage now, and this one's setup is still young: collect
    // both here, outside the measurement, so that the measured commands pay only for their own.
    System.gc();
  }

  /**
   * One grant of 1 point; manufacturers rotate so that none reaches the cap.
   *
   * @return the entry, so the JIT keeps the work
   */
  @Benchmark
  public JournalEntry grant() {
    long n = next++;
    return grant(n);
  }

  private JournalEntry grant(long n) {
    ManufacturerId m = GRANTEE_IDS[(int) (n % GRANTEES)];
    return ledger.execute(
        new GrantPoints(
            EntryId.of("bg" + n),
            P,
            m,
            1,
            APPLIED,
            ManufacturerProfile.typicalSmallFactory(),
            DOCS));
  }

  /**
   * One purchase: 1 point reserved on a new contract of price 2.
   *
   * @return the entry, so the JIT keeps the work
   */
  @Benchmark
  public JournalEntry reserve() {
    return reserve(next++);
  }

  private JournalEntry reserve(long n) {
    ManufacturerId m = manufacturers[(int) (n % MANUFACTURERS)];
    return ledger.execute(
        new PurchaseSolution(
            EntryId.of("br" + n), P, ContractId.of("c" + n), m, SOLUTION, 2, 1, START, END));
  }

  /**
   * The grant + purchase mix: grants and purchases taking turns (one of each per two calls), each
   * as in {@link #grant()} and {@link #reserve()}.
   *
   * @return the entry, so the JIT keeps the work
   */
  @Benchmark
  public JournalEntry mixed() {
    long n = next++;
    return (n & 1) == 0 ? grant(n) : reserve(n);
  }

  /**
   * The valid Unified Business Number whose first seven digits are {@code prefix}.
   *
   * @param prefix 1,000,000 .. 9,999,999
   * @return eight digits passing the Ministry of Finance's check
   */
  static String businessNumber(int prefix) {
    String seven = Integer.toString(prefix);
    for (int check = 0; check <= 9; check++) {
      String number = seven + check;
      if (UnifiedBusinessNumbers.isValid(number)) {
        return number;
      }
    }
    throw new AssertionError("every seven digits have a check digit: " + seven);
  }
}
