package dev.pointsledger.jdbc.bench;

import static dev.pointsledger.core.testing.Fixtures.V0;
import static dev.pointsledger.core.testing.Fixtures.V1;
import static dev.pointsledger.core.testing.Fixtures.V2;
import static dev.pointsledger.core.testing.Fixtures.V3;
import static dev.pointsledger.core.testing.Fixtures.V4;
import static dev.pointsledger.core.testing.Fixtures.V5;
import static dev.pointsledger.core.testing.Fixtures.V6;
import static dev.pointsledger.core.testing.Fixtures.V7;
import static dev.pointsledger.core.testing.Fixtures.grant;
import static dev.pointsledger.core.testing.Fixtures.reserve;

import dev.pointsledger.core.Ledger;
import dev.pointsledger.core.audit.VerificationReport;
import dev.pointsledger.core.command.Command;
import dev.pointsledger.core.command.CommandOutcome;
import dev.pointsledger.core.program.ProgramPresets;
import dev.pointsledger.core.testing.Fixtures;
import dev.pointsledger.core.testing.MutableClock;
import dev.pointsledger.jdbc.PostgresLedgerStore;
import dev.pointsledger.jdbc.PostgresStoreOptions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * The PostgreSQL store under load, with durable commits: (a) batches of 1,000 commands from one,
 * two and four clients at once, (b) 20 client threads each submitting one command per call, with
 * group commit off (one command per transaction) and on (concurrent calls share transactions).
 * Each scenario grants points to distinct manufacturers (every grant posts to the one program
 * pool) and then has each manufacturer buy a listed solution (reserve, locked per manufacturer
 * and contract), then audits the whole ledger, and reports the server's WAL flushes per command
 * ({@code pg_stat_wal.wal_sync}: with {@code synchronous_commit} on, at most one per commit, and
 * fewer when PostgreSQL flushes for several commits at once). Not a test: run it by hand (see
 * {@code docs/performance.md}); it reports, it asserts nothing but a clean audit.
 *
 * <p>Server: {@code LEDGER_BENCH_JDBC_URL}, or {@code
 * jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}. System properties: {@code
 * load.manufacturers} (per scenario, default 20000), {@code load.clients} (default 20), {@code
 * load.keep} (keep the schemas, default false).
 */
public final class PostgresStoreLoad {
  private static final String DEFAULT_URL =
      "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres";
  private static final int BATCH = 1_000;
  private static final String[] VENDORS = {V0, V1, V2, V3, V4, V5, V6, V7};

  private final String url;
  private final int manufacturers;
  private final int clients;
  private final boolean keep;
  private final List<String> schemas = new ArrayList<>();

  private PostgresStoreLoad(String url, int manufacturers, int clients, boolean keep) {
    this.url = url;
    this.manufacturers = manufacturers;
    this.clients = clients;
    this.keep = keep;
  }

  /**
   * Runs every scenario and prints the figures.
   *
   * @param args ignored; see the class documentation for settings
   * @throws Exception if the server fails
   */
  public static void main(String[] args) throws Exception {
    String env = System.getenv("LEDGER_BENCH_JDBC_URL");
    String url = env == null || env.isBlank() ? DEFAULT_URL : env;
    int manufacturers = Integer.getInteger("load.manufacturers", 20_000);
    int clients = Integer.getInteger("load.clients", 20);
    boolean keep = Boolean.getBoolean("load.keep");
    new PostgresStoreLoad(url, manufacturers, clients, keep).run();
  }

  private void run() throws Exception {
    printServer();
    String only = System.getProperty("load.only", "");
    System.out.println("warm-up ...");
    batches("warm", 4_000, 1);
    oneByOne("warmsingle", 2_000, true);
    System.out.println();
    if (only.isEmpty() || only.equals("batch")) {
      batches("batch1", manufacturers, 1);
      batches("batch2", manufacturers, 2);
      batches("batch4", manufacturers, 4);
    }
    if (only.isEmpty() || only.equals("single")) {
      oneByOne("single", manufacturers / 4, false);
      oneByOne("grouped", manufacturers / 4, true);
    }
    if (!keep) {
      dropSchemas();
    }
  }

  /** Scenario (a): grants then reserves, in batches of 1,000, from {@code parallel} clients. */
  private void batches(String name, int n, int parallel) throws Exception {
    long flushes = walSyncs();
    try (Ledger ledger = open(name, parallel + 2, true)) {
      List<List<Command>> grants = chunk(n, i -> grant("g" + i, Fixtures.businessNumber(1 + i / 1_000_000, i % 1_000_000), 200_000));
      List<List<Command>> reserves = chunk(n, PostgresStoreLoad::purchase);
      Phase g = inParallel(parallel, grants.size(), i -> ledger.submitAll(grants.get(i)));
      Phase r = inParallel(parallel, reserves.size(), i -> ledger.submitAll(reserves.get(i)));
      report(name, "batches of " + BATCH + ", " + parallel + " client(s)", g, r, ledger);
    }
    reportFlushes(name, flushes, 2L * n);
  }

  /**
   * Scenario (b): grants then reserves, one command per call, from the client threads; with
   * group commit off every call is a transaction of its own, with it on concurrent calls share
   * transactions.
   */
  private void oneByOne(String name, int n, boolean groupCommit) throws Exception {
    long flushes = walSyncs();
    try (Ledger ledger = open(name, clients, groupCommit)) {
      Phase g =
          inParallel(clients, n, i -> List.of(ledger.submit(grant("g" + i, Fixtures.businessNumber(1 + i / 1_000_000, i % 1_000_000), 200_000))));
      Phase r = inParallel(clients, n, i -> List.of(ledger.submit(purchase(i))));
      String shape =
          groupCommit
              ? "one command per call, group commit, " + clients + " clients"
              : "one command per transaction, " + clients + " clients";
      report(name, shape, g, r, ledger);
    }
    reportFlushes(name, flushes, 2L * n);
  }

  /**
   * The server's WAL flushes ({@code pg_stat_wal.wal_sync}, PostgreSQL 14 or later) since a
   * count taken before a scenario, per command of the scenario (its setup included). Read after
   * the scenario's pool is closed: sessions report their statistics when they end.
   */
  private void reportFlushes(String name, long before, long commands)
      throws SQLException, InterruptedException {
    if (before < 0) {
      return;
    }
    Thread.sleep(1_000);
    long flushes = walSyncs() - before;
    System.out.printf(
        Locale.ROOT,
        "%-10s WAL flushes %,d: %.3f per command (%,d commands)%n",
        name,
        flushes,
        flushes / (double) commands,
        commands);
  }

  /** The server's WAL flushes so far, or -1 if it does not count them (before 14). */
  private long walSyncs() throws SQLException {
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      try (ResultSet rs =
          s.executeQuery("SELECT to_regclass('pg_catalog.pg_stat_wal') IS NOT NULL")) {
        rs.next();
        if (!rs.getBoolean(1)) {
          return -1;
        }
      }
      try (ResultSet rs = s.executeQuery("SELECT wal_sync FROM pg_stat_wal")) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private Ledger open(String name, int poolSize, boolean groupCommit) {
    String schema =
        ("load_" + name + "_" + Long.toString(System.currentTimeMillis(), 36))
            .toLowerCase(Locale.ROOT);
    schemas.add(schema);
    PostgresStoreOptions options =
        PostgresStoreOptions.builder()
            .schema(schema)
            .maximumPoolSize(poolSize)
            .groupCommit(groupCommit)
            .build();
    Ledger ledger =
        Ledger.on(PostgresLedgerStore.connect(url, options), MutableClock.at(Fixtures.MAY_2));
    ledger.defineProgram(ProgramPresets.industrialPavilion2022());
    Fixtures.listSolutions(ledger, VENDORS);
    return ledger;
  }

  /** A timed phase: how many commands were applied and refused, and in how long. */
  private record Phase(long applied, long refused, long nanos) {
    double perSecond() {
      return (applied + refused) / (nanos / 1e9);
    }
  }

  private interface Call {
    List<CommandOutcome> run(int index);
  }

  private static Phase inParallel(int threads, int calls, Call call) throws Exception {
    AtomicLong next = new AtomicLong();
    AtomicLong applied = new AtomicLong();
    AtomicLong refused = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long start = System.nanoTime();
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        workers.add(
            pool.submit(
                () -> {
                  for (long i = next.getAndIncrement(); i < calls; i = next.getAndIncrement()) {
                    for (CommandOutcome o : call.run((int) i)) {
                      (o instanceof CommandOutcome.Applied ? applied : refused).incrementAndGet();
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> w : workers) {
        w.get();
      }
    } finally {
      pool.shutdown();
    }
    return new Phase(applied.get(), refused.get(), System.nanoTime() - start);
  }

  /** Manufacturer i buys vendor (i mod 8)'s solution for 150,000, half of it in points. */
  private static Command purchase(int i) {
    return reserve(
        "r" + i,
        "C" + i,
        Fixtures.businessNumber(1 + i / 1_000_000, i % 1_000_000),
        VENDORS[i % VENDORS.length],
        150_000,
        75_000);
  }

  private static List<List<Command>> chunk(int n, IntFunction<Command> command) {
    List<List<Command>> batches = new ArrayList<>();
    for (int from = 0; from < n; from += BATCH) {
      List<Command> batch = new ArrayList<>(BATCH);
      for (int i = from; i < Math.min(n, from + BATCH); i++) {
        batch.add(command.apply(i));
      }
      batches.add(batch);
    }
    return batches;
  }

  private static void report(
      String name, String shape, Phase grants, Phase reserves, Ledger ledger) {
    long total = grants.applied() + grants.refused() + reserves.applied() + reserves.refused();
    double seconds = (grants.nanos() + reserves.nanos()) / 1e9;
    VerificationReport audit = ledger.verify();
    System.out.printf(
        Locale.ROOT,
        "%-10s %-55s grants %,7.0f/s  reserves %,7.0f/s  all %,7.0f/s"
            + "  (%,d commands, %,d refused, %.1f s)  audit %s, %,d entries%n",
        name,
        shape,
        grants.perSecond(),
        reserves.perSecond(),
        total / seconds,
        total,
        grants.refused() + reserves.refused(),
        seconds,
        audit.clean() ? "clean" : "NOT CLEAN " + audit.findings(),
        audit.entriesRead());
  }

  private void printServer() throws SQLException {
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT version(), current_setting('synchronous_commit'), current_setting('fsync'),"
                    + " current_setting('wal_sync_method'), current_setting('shared_buffers'),"
                    + " current_setting('max_locks_per_transaction')")) {
      rs.next();
      System.out.printf(
          "server: %s%nsynchronous_commit=%s fsync=%s wal_sync_method=%s shared_buffers=%s"
              + " max_locks_per_transaction=%s; client: %d cores, Java %s%n",
          rs.getString(1),
          rs.getString(2),
          rs.getString(3),
          rs.getString(4),
          rs.getString(5),
          rs.getString(6),
          Runtime.getRuntime().availableProcessors(),
          Runtime.version());
    }
  }

  private void dropSchemas() throws SQLException {
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      for (String schema : schemas) {
        s.execute("DROP SCHEMA " + schema + " CASCADE");
      }
    }
  }
}
