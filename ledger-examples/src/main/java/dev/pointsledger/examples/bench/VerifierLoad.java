package dev.pointsledger.examples.bench;

import dev.pointsledger.core.Ledger;
import dev.pointsledger.core.audit.VerificationReport;
import dev.pointsledger.core.audit.VerifyOptions;
import dev.pointsledger.core.sample.ActivityBatch;
import dev.pointsledger.core.sample.ActivityClock;
import dev.pointsledger.core.sample.ActivityGenerator;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.LocalDate;

/**
 * Entries per second of the auditors' verifier ({@link Ledger#verify}) over an in-memory ledger
 * holding a year of the 2022 program ({@link ActivityGenerator}: grants, purchases, claims,
 * approvals, rejections, settlements, cancellations), every invariant checked. Not a JMH benchmark:
 * one verification of a large ledger is seconds long, and what it costs per entry is what is asked.
 *
 * <p>Arguments: the number of manufacturers (default 20,000) and of verifications (default 5).
 * Prints one line per verification (entries, seconds, entries per second, whether the report is
 * clean) and the peak heap. The ledger itself lives in the heap, so the peak says what the store
 * holds plus what the verifier adds; the verifier's own constant memory is shown by the core's
 * {@code VerifierMemoryTest} and {@code MillionEntries} with a journal that is made as it is read.
 */
public final class VerifierLoad {
  private VerifierLoad() {}

  /**
   * Builds the ledger, then verifies it several times.
   *
   * @param args manufacturers, then verifications
   */
  public static void main(String[] args) {
    int manufacturers = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    ActivityGenerator generator = ActivityGenerator.of(manufacturers, 2022);
    ActivityClock clock = ActivityClock.at(LocalDate.of(2022, 3, 23));
    Ledger ledger = Ledger.inMemory(clock);
    ledger.defineProgram(generator.program());
    long started = System.nanoTime();
    for (ActivityBatch batch : generator.batches(1_000)) {
      clock.setDay(batch.day());
      ledger.submitAll(batch.commands());
    }
    long head = ledger.now().sequence();
    System.out.printf(
        "ledger: %,d entries for %,d manufacturers, built in %.1f s%n",
        head, manufacturers, (System.nanoTime() - started) / 1e9);
    VerifyOptions options = VerifyOptions.defaults();
    for (int run = 1; run <= runs; run++) {
      resetPeaks();
      long t0 = System.nanoTime();
      VerificationReport report = ledger.verify(options);
      double seconds = (System.nanoTime() - t0) / 1e9;
      System.out.printf(
          "verify %d: %,d entries in %.2f s = %,.0f entries/s, clean %s, peak heap %d MB%n",
          run,
          report.entriesRead(),
          seconds,
          report.entriesRead() / seconds,
          report.clean(),
          peakHeap() >> 20);
      if (!report.clean()) {
        System.out.print(report.toText());
        System.exit(1);
      }
    }
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
