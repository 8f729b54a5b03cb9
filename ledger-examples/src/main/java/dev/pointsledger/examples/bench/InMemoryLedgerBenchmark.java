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
@Fork(
    value = 1,
    jvmArgs = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
public class InMemoryLedgerBenchmark {
  private static final ProgramId P = ProgramPresets.INDUSTRIAL_PAVILION_2022;
  private static final int MANUFACTURERS = 10_000;
  private static final SolutionId SOLUTION = SolutionId.of("bench-solution");
  private static final List<DocumentRef> DOCS = List.of(DocumentRef.invoice("1"));
  private static final LocalDate START = LocalDate.of(2022, 6, 1);
  private static final LocalDate END = LocalDate.of(2022, 8, 31);

  private Ledger ledger;
  private ManufacturerId[] manufacturers;
  private long next;

  /** A fresh ledger per iteration, with a listed solution and granted manufacturers. */
  @Setup(Level.Iteration)
  public void setUp() {
    Clock clock = Clock.fixed(Instant.parse("2022-05-02T04:00:00Z"), LedgerRules.TAIPEI);
    ledger = Ledger.inMemory(clock);
    ledger.defineProgram(ProgramPresets.industrialPavilion2022());
    VendorId vendor = VendorId.of("bench-vendor");
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
            Long.MAX_VALUE / 4,
            Long.MAX_VALUE / 4,
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
      manufacturers[i] = ManufacturerId.of("m" + i);
      ledger.execute(
          new GrantPoints(
              EntryId.of("g" + i),
              P,
              manufacturers[i],
              200_000,
              LocalDate.of(2022, 5, 2),
              ManufacturerProfile.typicalSmallFactory(),
              DOCS));
    }
    next = 0;
  }

  /**
   * One grant of 1 point; manufacturers rotate so that none reaches the cap.
   *
   * @return the entry, so the JIT keeps the work
   */
  @Benchmark
  public JournalEntry grant() {
    long n = next++;
    ManufacturerId m = ManufacturerId.of("grantee-" + (n % 1_000_000));
    return ledger.execute(
        new GrantPoints(
            EntryId.of("bg" + n),
            P,
            m,
            1,
            LocalDate.of(2022, 5, 2),
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
    long n = next++;
    ManufacturerId m = manufacturers[(int) (n % MANUFACTURERS)];
    return ledger.execute(
        new PurchaseSolution(
            EntryId.of("br" + n), P, ContractId.of("c" + n), m, SOLUTION, 2, 1, START, END));
  }
}
