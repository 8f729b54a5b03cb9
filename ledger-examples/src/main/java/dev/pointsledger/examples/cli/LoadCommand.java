package dev.pointsledger.examples.cli;

import dev.pointsledger.examples.load.LoadMix;
import dev.pointsledger.examples.load.LoadReport;
import dev.pointsledger.examples.load.LoadRun;
import dev.pointsledger.examples.load.LoadSettings;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code load}: clients driving a PostgreSQL ledger with a year's realistic activity for a set
 * time ({@link LoadRun}), then the figures: throughput, latency percentiles, WAL flushes per
 * command, bytes per entry and the ledger's audit, ending with one line of JSON; exit code 1 if
 * the audit found anything or a call failed.
 */
@Command(name = "load", mixinStandardHelpOptions = true)
final class LoadCommand implements Callable<Integer> {
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss");

  private final CliContext ctx;

  @Mixin LedgerOptions where;

  @Option(
      names = "--clients",
      paramLabel = "N",
      defaultValue = "4",
      descriptionKey = "option.clients")
  int clients;

  @Option(
      names = "--batch-size",
      paramLabel = "N",
      defaultValue = "1000",
      descriptionKey = "option.batchSize")
  int batchSize;

  @Option(
      names = "--duration",
      paramLabel = "SECONDS",
      defaultValue = "60",
      descriptionKey = "option.duration")
  long duration;

  @Option(
      names = "--warm-up",
      paramLabel = "SECONDS",
      defaultValue = "10",
      descriptionKey = "option.warmUp")
  long warmUp;

  @Option(
      names = "--mix",
      paramLabel = "MIX",
      defaultValue = "realistic",
      descriptionKey = "option.mix")
  String mix;

  @Option(
      names = "--manufacturers",
      paramLabel = "N",
      defaultValue = "100000",
      descriptionKey = "option.manufacturers")
  int manufacturers;

  @Option(
      names = "--group-commit",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      descriptionKey = "option.groupCommit")
  boolean groupCommit;

  @Option(
      names = "--max-concurrent-units",
      paramLabel = "N",
      defaultValue = "0",
      descriptionKey = "option.maxConcurrentUnits")
  int maxConcurrentUnits;

  @Option(names = "--seed", paramLabel = "SEED", defaultValue = "7", descriptionKey = "option.seed")
  long seed;

  @Option(
      names = "--verify",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      descriptionKey = "option.loadVerify")
  boolean verify;

  @Option(
      names = "--sample-every",
      paramLabel = "SECONDS",
      defaultValue = "10",
      descriptionKey = "option.sampleEvery")
  double sampleEvery;

  @Option(names = "--keep", descriptionKey = "option.keep")
  boolean keep;

  LoadCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() throws Exception {
    if (!where.database(ctx)) {
      throw new CliException(ExitCode.BAD_INPUT, "error.load.inMemory");
    }
    LoadSettings settings;
    try {
      settings =
          new LoadSettings(
              clients,
              batchSize,
              Duration.ofSeconds(duration),
              Duration.ofSeconds(warmUp),
              mix(mix),
              manufacturers,
              groupCommit,
              maxConcurrentUnits,
              seed,
              verify,
              Duration.ofMillis(Math.round(Math.min(sampleEvery, 3601) * 1000)));
    } catch (IllegalArgumentException e) {
      throw new CliException(ExitCode.BAD_INPUT, "error.load.settings", e.getMessage());
    }
    boolean named = where.schema != null;
    String schema =
        where.schemaOr("load_" + LocalDateTime.now(ZoneOffset.UTC).format(STAMP));
    try (LedgerOptions.Database db = where.openDatabase(ctx)) {
      String url = db.pool().getJdbcUrl();
      ctx.say("load.start", db.shown(), schema, duration, warmUp);
      LoadReport report;
      try {
        report = new LoadRun(url, schema, settings, line -> ctx.err().println(line)).run();
      } catch (SQLException e) {
        throw new CliException(
            ExitCode.UNREACHABLE, e, "error.database.unreachable", db.shown(),
            Failures.rootMessage(e));
      } catch (IllegalStateException e) {
        throw new CliException(ExitCode.BAD_INPUT, e, "error.load.failed", Failures.rootMessage(e));
      } finally {
        if (!keep && !named) {
          drop(db, schema);
        }
      }
      report.lines(ctx.text()::get).forEach(ctx.out()::println);
      ctx.out().println(report.json());
      return report.clean() ? ExitCode.CLEAN : ExitCode.FINDINGS;
    }
  }

  private static LoadMix mix(String name) {
    try {
      return LoadMix.valueOf(name.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("mix must be realistic, grants or one-manufacturer: " + name, e);
    }
  }

  private static void drop(LedgerOptions.Database db, String schema) {
    try (var c = db.pool().getConnection();
        var s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    } catch (SQLException e) {
      // the figures are what the run is for; a schema left behind is named in the output
    }
  }
}
