package dev.pointsledger.examples.cli;

import dev.pointsledger.core.audit.AuditReport;
import dev.pointsledger.core.audit.ChainReport;

/** Prints an audit's report in the reader's language: the chain, then every finding. */
final class AuditPrinter {
  private AuditPrinter() {}

  static void print(CliContext ctx, AuditReport report) {
    ChainReport chain = report.chain();
    if (chain.intact()) {
      ctx.say(
          "audit.chain.intact",
          chain.entriesChecked(),
          chain.head().sequence(),
          chain.head().hash().hex());
    } else {
      ChainReport.Break b = chain.firstBreak().orElseThrow();
      ctx.say("audit.chain.broken", b.sequence(), b.kind().name(), b.detail());
    }
    if (report.findings().isEmpty()) {
      ctx.say("audit.invariants.hold", report.entriesReplayed(), report.accountsChecked());
    } else {
      ctx.say("audit.invariants.broken", report.findings().size(), report.entriesReplayed());
      for (AuditReport.Finding f : report.findings()) {
        ctx.say("audit.finding", f.invariant().name(), f.sequence(), f.detail());
      }
    }
  }
}
