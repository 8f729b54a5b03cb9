package dev.pointsledger.examples.cli;

import dev.pointsledger.core.audit.Finding;
import dev.pointsledger.core.audit.VerificationReport;

/** Prints the auditors' verifier's report in the reader's language: the head, then findings. */
final class AuditPrinter {
  private AuditPrinter() {}

  /** The head the verifier reached, the verdict and every finding kept. */
  static void print(CliContext ctx, VerificationReport report) {
    verdict(ctx, report);
    for (Finding f : report.findings()) {
      ctx.say(
          "audit.finding", f.invariant().name(), Long.toString(f.sequence()), f.entryId(),
          f.detail());
    }
    if (report.findingsOmitted() > 0) {
      ctx.say("audit.findingsOmitted", report.findingsOmitted());
    }
  }

  /** The head the verifier reached and the verdict, without the findings. */
  static void verdict(CliContext ctx, VerificationReport report) {
    long checks = report.checked().values().stream().mapToLong(Long::longValue).sum();
    ctx.say(
        "audit.head",
        report.entriesRead(),
        Long.toString(report.lastSequence()),
        report.headHash().hex(),
        report.treeRoot().hex());
    if (report.clean()) {
      ctx.say("audit.clean", report.checked().size(), checks);
    } else {
      ctx.say("audit.findings", report.findings().size() + report.findingsOmitted(), checks);
    }
  }
}
