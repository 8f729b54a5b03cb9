package dev.pointsledger.examples.cli;

import dev.pointsledger.core.audit.AuditReport;
import dev.pointsledger.examples.export.AuditReportJson;
import dev.pointsledger.jdbc.PostgresStoreOptions;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code verify}: the ledger's audit (the hash chain from the first entry, then every invariant
 * replayed); exit code 1 if anything is broken.
 */
@Command(name = "verify", mixinStandardHelpOptions = true)
final class VerifyCommand implements Callable<Integer> {
  private final CliContext ctx;

  @Mixin LedgerOptions where;

  @Option(names = "--report", paramLabel = "FILE", descriptionKey = "option.report")
  Path report;

  VerifyCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() throws Exception {
    try (LedgerSession session =
        LedgerSession.open(
            ctx,
            where,
            Clock.systemUTC(),
            LedgerSession.Access.READ,
            PostgresStoreOptions.DEFAULT_SCHEMA)) {
      ctx.say("verify.start", session.where(), session.store().headSequence());
      AuditReport audit;
      try {
        audit = session.ledger().audit();
      } catch (IllegalArgumentException | IllegalStateException e) {
        // the store gave back rows the ledger cannot even read as an entry (postings that do not
        // balance, a broken reference): tampered with or corrupt, which is a finding
        ctx.say("verify.unreadable", Failures.rootMessage(e));
        if (ctx.verbose()) {
          e.printStackTrace(ctx.err());
        }
        return ExitCode.FINDINGS;
      }
      AuditPrinter.print(ctx, audit);
      if (report != null) {
        Path file = ctx.resolve(report);
        OutputFiles.write(file, AuditReportJson.of(audit));
        ctx.say("verify.reportWritten", file.toString());
      }
      return audit.clean() ? ExitCode.CLEAN : ExitCode.FINDINGS;
    }
  }
}
