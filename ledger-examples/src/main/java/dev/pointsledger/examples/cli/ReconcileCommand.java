package dev.pointsledger.examples.cli;

import dev.pointsledger.core.finance.DateRange;
import dev.pointsledger.core.finance.Discrepancy;
import dev.pointsledger.core.finance.JournalSource;
import dev.pointsledger.core.finance.Reconciliation;
import dev.pointsledger.core.finance.ReconciliationReport;
import dev.pointsledger.core.finance.export.FinanceTables;
import dev.pointsledger.core.id.ProgramId;
import dev.pointsledger.jdbc.PostgresStoreOptions;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code reconcile}: finance's reconciliation of a program over a range of business dates ({@link
 * Reconciliation}), written as CSV, JSON and xlsx; exit code 1 if it does not tie out.
 */
@Command(name = "reconcile", mixinStandardHelpOptions = true)
final class ReconcileCommand implements Callable<Integer> {
  private final CliContext ctx;

  @Mixin LedgerOptions where;

  @Mixin FinanceOptions finance;

  @Option(names = "--from", paramLabel = "DATE", descriptionKey = "option.from")
  LocalDate from;

  @Option(names = "--to", paramLabel = "DATE", descriptionKey = "option.to")
  LocalDate to;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "DIR",
      defaultValue = "reconciliation",
      descriptionKey = "option.reportDir")
  Path output;

  ReconcileCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    DateRange range = range();
    try (LedgerSession session =
        LedgerSession.open(
            ctx,
            where,
            Clock.systemUTC(),
            LedgerSession.Access.READ,
            PostgresStoreOptions.DEFAULT_SCHEMA)) {
      ProgramId program = finance.program();
      ReconciliationReport report =
          Reconciliation.of(JournalSource.now(session.ledger()), program, range);
      print(ctx, report);
      Path folder = ctx.resolve(output);
      List<Path> files =
          finance.write(ctx, FinanceTables.reconciliation(report), folder, "reconciliation");
      ctx.say("finance.written", files.size(), folder.toString());
      return report.tiesOut() ? ExitCode.CLEAN : ExitCode.FINDINGS;
    }
  }

  private DateRange range() {
    if (from == null && to == null) {
      return DateRange.all();
    }
    LocalDate first = from == null ? LocalDate.of(1900, 1, 1) : from;
    LocalDate last = to == null ? LocalDate.of(9999, 12, 31) : to;
    try {
      return DateRange.of(first, last);
    } catch (IllegalArgumentException e) {
      throw new CliException(
          ExitCode.BAD_INPUT, e, "error.range", first.toString(), last.toString());
    }
  }

  /** The report's headline and every discrepancy, one line each. */
  static void print(CliContext ctx, ReconciliationReport report) {
    ctx.say(
        "reconcile.head",
        report.programName(),
        Long.toString(report.asOf()),
        report.vendors().size(),
        report.contracts().size(),
        report.manufacturers().size());
    if (report.tiesOut()) {
      ctx.say("reconcile.tiesOut");
      return;
    }
    ctx.say("reconcile.discrepancies", report.discrepancies().size());
    for (Discrepancy d : report.discrepancies()) {
      ctx.say("reconcile.discrepancy", d.check().name(), d.where(), d.expected(), d.actual());
    }
  }
}
