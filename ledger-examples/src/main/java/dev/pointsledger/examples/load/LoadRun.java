package dev.pointsledger.examples.load;

import static java.util.Objects.requireNonNull;

import dev.pointsledger.core.Ledger;
import dev.pointsledger.core.audit.LedgerVerifier;
import dev.pointsledger.core.audit.VerificationReport;
import dev.pointsledger.core.command.CommandOutcome;
import dev.pointsledger.core.program.ProgramPresets;
import dev.pointsledger.core.sample.ActivityBatch;
import dev.pointsledger.core.sample.ActivityClock;
import dev.pointsledger.jdbc.PostgresLedgerStore;
import dev.pointsledger.jdbc.PostgresStoreOptions;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import org.HdrHistogram.Histogram;

/**
 * One load run against a PostgreSQL database: a store on a schema of its own, the clients of the
 * settings submitting their workloads ({@link ClientWorkload}) for the warm-up and then the
 * measured time, then the server's figures and, if asked, the ledger's audit.
 *
 * <p>Every command is durable when its call returns (the store's promise, {@code
 * synchronous_commit} as the server says). Latency is per call, from the call to its durable
 * outcomes, measured only for calls that start after the warm-up. WAL flushes are counted for the
 * whole run (the warm-up and the program's definition included) and divided by every command
 * submitted.
 */
public final class LoadRun {
  /** The longest call the latency histogram holds: one hour, in microseconds. */
  private static final long LONGEST_MICROS = TimeUnit.HOURS.toMicros(1);

  private final String url;
  private final String schema;
  private final LoadSettings settings;
  private final Consumer<String> progress;
  private final LongAdder completed = new LongAdder();

  /**
   * Prepares a run.
   *
   * @param url the database's JDBC URL, credentials as parameters
   * @param schema the schema the run's ledger is written to: one that holds no ledger yet
   * @param settings what the run does
   * @param progress where lines of progress go (the warm-up's end, the audit's start)
   */
  public LoadRun(String url, String schema, LoadSettings settings, Consumer<String> progress) {
    this.url = requireNonNull(url, "url");
    this.schema = PostgresStoreOptions.checkSchema(schema);
    this.settings = requireNonNull(settings, "settings");
    this.progress = requireNonNull(progress, "progress");
  }

  /** What one client counted. */
  private static final class Tally {
    final Histogram latency = new Histogram(LONGEST_MICROS, 3);
    final Map<String, Long> refusals = new TreeMap<>();
    long submitted;
    long measuredCommands;
    long measuredCalls;
    long applied;
    long replayed;
    long refused;
    long failures;
    long lastEnd;
    boolean exhausted;

    void count(List<CommandOutcome> outcomes) {
      for (CommandOutcome o : outcomes) {
        if (o instanceof CommandOutcome.Applied a) {
          if (a.replayed()) {
            replayed++;
          } else {
            applied++;
          }
        } else if (o instanceof CommandOutcome.Refused r) {
          refused++;
          refusals.merge(r.rejection().code().name(), 1L, Long::sum);
        }
      }
    }
  }

  /**
   * Runs the load and measures it.
   *
   * @return the figures
   * @throws SQLException if the server's figures cannot be read
   * @throws InterruptedException if interrupted while the clients run
   */
  public LoadReport run() throws SQLException, InterruptedException {
    ServerStats server = new ServerStats(url);
    Map<String, String> serverSettings = server.settings();
    long walBefore = server.walSyncs();
    PostgresStoreOptions.Builder builder =
        PostgresStoreOptions.builder()
            .schema(schema)
            .groupCommit(settings.groupCommit())
            .maximumPoolSize(Math.max(10, Math.min(settings.clients(), 64) + 2));
    if (settings.maxConcurrentUnits() > 0) {
      builder.maxConcurrentUnits(settings.maxConcurrentUnits());
    }
    PostgresStoreOptions options = builder.build();
    List<Tally> tallies = new ArrayList<>();
    long measureStart;
    long end;
    long head;
    List<LoadReport.Sample> timeline = new ArrayList<>();
    VerificationReport audit = null;
    long auditNanos = 0;
    try (PostgresLedgerStore store = PostgresLedgerStore.connect(url, options)) {
      if (store.headSequence() != 0) {
        throw new IllegalStateException("schema " + schema + " already holds a ledger");
      }
      // one ledger and one clock for all clients: group commit shares transactions only among
      // calls of one ledger, and the gate keeps every client on the clock's day
      ActivityClock clock =
          ActivityClock.at(ProgramPresets.industrialPavilion2022().policy().programStart());
      Ledger ledger = Ledger.on(store, clock);
      DayGate gate = new DayGate(clock, settings.clients());
      ExecutorService pool = Executors.newFixedThreadPool(settings.clients());
      ScheduledExecutorService sampler = null;
      try {
        // every client plans its first year before the clock starts (seconds for 100,000
        // manufacturers on two cores): the run measures the ledger, not the generator
        List<ClientWorkload> workloads = new ArrayList<>();
        List<Future<Boolean>> planned = new ArrayList<>();
        for (int c = 0; c < settings.clients(); c++) {
          ClientWorkload work = new ClientWorkload(c, settings);
          workloads.add(work);
          planned.add(pool.submit(work::hasNext));
        }
        for (Future<Boolean> p : planned) {
          p.get();
        }
        progress.accept("planned; running");
        long start = System.nanoTime();
        sampler = startTimeline(store, start, timeline);
        measureStart = start + settings.warmUp().toNanos();
        end = measureStart + settings.duration().toNanos();
        List<Future<Tally>> clients = new ArrayList<>();
        for (int c = 0; c < settings.clients(); c++) {
          int client = c;
          long from = measureStart;
          long until = end;
          clients.add(
              pool.submit(() -> drive(ledger, gate, workloads.get(client), client, from, until)));
        }
        for (Future<Tally> f : clients) {
          tallies.add(f.get());
        }
      } catch (ExecutionException e) {
        throw new IllegalStateException("a client failed: " + e.getCause(), e.getCause());
      } finally {
        pool.shutdownNow();
        if (sampler != null) {
          sampler.shutdownNow();
          sampler.awaitTermination(10, TimeUnit.SECONDS);
        }
      }
      head = store.headSequence();
      if (settings.verify()) {
        progress.accept("verifying " + head + " entries ...");
        long auditStart = System.nanoTime();
        audit = LedgerVerifier.verify(store);
        auditNanos = System.nanoTime() - auditStart;
      }
    }
    // sessions report their WAL counts when they end: the pool is closed; give them a moment
    Thread.sleep(1_000);
    long walAfter = server.walSyncs();
    Map<String, Long> bytes = server.tableBytes(schema);
    return LoadReport.of(
        settings,
        schema,
        serverSettings,
        tallies.stream().map(LoadRun::summary).toList(),
        Math.max(0, lastEnd(tallies) - measureStart),
        walBefore < 0 ? -1 : walAfter - walBefore,
        head,
        bytes,
        audit,
        auditNanos,
        List.copyOf(timeline));
  }

  /**
   * Notes, every {@code sampleEvery}, the journal's length (its head) and the commands the
   * clients completed since the last note, warm-up included: the timeline of the run.
   */
  private ScheduledExecutorService startTimeline(
      PostgresLedgerStore store, long start, List<LoadReport.Sample> timeline) {
    ScheduledExecutorService sampler =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "load-timeline");
              t.setDaemon(true);
              return t;
            });
    long every = settings.sampleEvery().toNanos();
    long[] last = {start, 0};
    sampler.scheduleAtFixedRate(
        () -> {
          long now = System.nanoTime();
          long done = completed.sum();
          long entries;
          try {
            entries = store.headSequence();
          } catch (RuntimeException e) {
            progress.accept("timeline: the head could not be read: " + e);
            return;
          }
          double seconds = (now - last[0]) / 1e9;
          LoadReport.Sample sample =
              new LoadReport.Sample((now - start) / 1e9, entries, (done - last[1]) / seconds);
          synchronized (timeline) {
            timeline.add(sample);
          }
          last[0] = now;
          last[1] = done;
          progress.accept(
              String.format(
                  Locale.ROOT,
                  "%.0f s: %d entries, %.0f commands/s",
                  sample.atSeconds(),
                  sample.entries(),
                  sample.commandsPerSecond()));
        },
        every,
        every,
        TimeUnit.NANOSECONDS);
    return sampler;
  }

  private static long lastEnd(List<Tally> tallies) {
    return tallies.stream().mapToLong(t -> t.lastEnd).max().orElse(0);
  }

  private static LoadReport.Client summary(Tally t) {
    return new LoadReport.Client(
        t.latency,
        t.refusals,
        t.submitted,
        t.measuredCommands,
        t.measuredCalls,
        t.applied,
        t.replayed,
        t.refused,
        t.failures,
        t.exhausted);
  }

  private Tally drive(
      Ledger ledger, DayGate gate, ClientWorkload work, int client, long measureStart, long end)
      throws InterruptedException {
    try {
      return submitUntil(ledger, gate, work, client, measureStart, end);
    } finally {
      gate.done(client);
    }
  }

  private Tally submitUntil(
      Ledger ledger, DayGate gate, ClientWorkload work, int client, long measureStart, long end)
      throws InterruptedException {
    Tally tally = new Tally();
    boolean warm = settings.warmUp().isZero();
    while (true) {
      long now = System.nanoTime();
      if (now >= end) {
        break;
      }
      if (!work.hasNext()) {
        tally.exhausted = true;
        break;
      }
      ActivityBatch batch = work.next();
      gate.enter(client, work.round(), batch.day());
      long callStart = System.nanoTime();
      boolean measured = callStart >= measureStart;
      if (measured && !warm && client == 0) {
        warm = true;
        progress.accept("warm-up done; measuring for " + settings.duration().toSeconds() + " s");
      }
      tally.submitted += batch.commands().size();
      List<CommandOutcome> outcomes;
      try {
        outcomes =
            batch.commands().size() == 1
                ? List.of(ledger.submit(batch.commands().get(0)))
                : ledger.submitAll(batch.commands());
      } catch (RuntimeException e) {
        tally.failures++;
        progress.accept("client " + client + ": a call failed: " + e);
        continue;
      }
      long callEnd = System.nanoTime();
      tally.lastEnd = callEnd;
      completed.add(outcomes.size());
      if (measured) {
        tally.latency.recordValue(
            Math.min(LONGEST_MICROS, TimeUnit.NANOSECONDS.toMicros(callEnd - callStart)));
        tally.measuredCommands += outcomes.size();
        tally.measuredCalls++;
        tally.count(outcomes);
      }
    }
    return tally;
  }
}
