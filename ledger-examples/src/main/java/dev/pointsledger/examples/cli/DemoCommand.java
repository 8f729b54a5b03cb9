package dev.pointsledger.examples.cli;

import dev.pointsledger.core.Ledger;
import dev.pointsledger.core.audit.LedgerProofs;
import dev.pointsledger.core.audit.SignedCheckpoint;
import dev.pointsledger.core.audit.VerificationReport;
import dev.pointsledger.core.audit.merkle.InclusionProof;
import dev.pointsledger.core.audit.merkle.MerkleProofs;
import dev.pointsledger.core.audit.merkle.MerkleTree;
import dev.pointsledger.core.finance.DateRange;
import dev.pointsledger.core.finance.JournalSource;
import dev.pointsledger.core.finance.Reconciliation;
import dev.pointsledger.core.finance.ReconciliationReport;
import dev.pointsledger.core.finance.export.ExportOptions;
import dev.pointsledger.core.finance.export.FinanceTables;
import dev.pointsledger.core.journal.JournalEntry;
import dev.pointsledger.core.query.PurchaseTotals;
import dev.pointsledger.core.sample.ActivityClock;
import dev.pointsledger.core.store.LedgerStore;
import dev.pointsledger.examples.export.JournalFormat;
import dev.pointsledger.examples.export.PurchaseReport;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code demo}: the 2022 program end to end ({@link DemoScenario}) on an empty ledger, then the
 * reports, the audit and the files it wrote; exit code 1 if anything did not go as the story tells
 * or the audit finds something.
 */
@Command(name = "demo", mixinStandardHelpOptions = true)
final class DemoCommand implements Callable<Integer> {
  private static final DateTimeFormatter SCHEMA_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss");

  private final CliContext ctx;

  @Mixin LedgerOptions where;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "DIR",
      defaultValue = "points-ledger-demo",
      descriptionKey = "option.demoOutput")
  Path output;

  DemoCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    Path folder = ctx.resolve(output);
    ActivityClock clock = ActivityClock.at(DemoScenario.FIRST_DAY);
    String schema = "demo_" + LocalDateTime.now().format(SCHEMA_TIME);
    try (LedgerSession session =
        LedgerSession.open(ctx, where, clock, LedgerSession.Access.WRITE, schema)) {
      session.requireEmpty("demo");
      ctx.say("demo.start", session.where(), folder.toString());
      DemoScenario scenario = new DemoScenario(ctx, session.ledger(), clock, folder);
      scenario.run();
      Ledger ledger = session.ledger();
      List<PurchaseTotals> byCategory = used(ledger.now().purchasesByCategory(DemoScenario.P));
      List<PurchaseTotals> byVendor = used(ledger.now().purchasesByVendor(DemoScenario.P));
      ctx.out().println();
      ctx.say("demo.heading.categories");
      for (PurchaseTotals t : byCategory) {
        ctx.say("demo.category", t.heading(), t.contracts(), t.points(), t.ownPart(), t.paid());
      }
      ctx.out().println();
      ctx.say("demo.heading.reconciliation");
      ReconciliationReport reconciliation =
          Reconciliation.of(JournalSource.now(ledger), DemoScenario.P, DateRange.all());
      ReconcileCommand.print(ctx, reconciliation);
      ctx.out().println();
      ctx.say("demo.heading.audit");
      VerificationReport audit = ledger.verify();
      AuditPrinter.print(ctx, audit);
      ctx.out().println();
      ctx.say("demo.heading.checkpoint");
      List<Path> signed = List.of();
      if (audit.clean()) {
        signed = checkpointAndProof(session.store(), audit, clock.instant(), folder);
      } else {
        ctx.say("checkpoint.notSigned");
      }
      List<Path> files = new ArrayList<>();
      for (JournalFormat format : JournalFormat.values()) {
        Path file = folder.resolve("journal." + format.extension());
        try (OutputStream out = OutputFiles.openStream(file)) {
          JournalOutput.write(
              session.store(),
              format,
              ExportOptions.defaults().withLocale(ctx.text().language().locale()),
              out,
              sequence -> {});
        } catch (IOException e) {
          throw OutputFiles.unwritable(file, e);
        }
        files.add(file);
      }
      files.add(write(folder, "purchases-by-category.csv", PurchaseReport.csv(byCategory)));
      files.add(write(folder, "purchases-by-category.json", PurchaseReport.json(byCategory)));
      files.add(write(folder, "purchases-by-vendor.csv", PurchaseReport.csv(byVendor)));
      files.add(write(folder, "purchases-by-vendor.json", PurchaseReport.json(byVendor)));
      files.add(write(folder, "verifier-report.json", audit.toJson()));
      files.addAll(signed);
      files.add(folder.resolve(DemoScenario.PAYOUT_FILE));
      for (Path file :
          FinanceOptions.write(
              ctx,
              FinanceTables.reconciliation(reconciliation),
              folder.resolve("reconciliation"),
              "reconciliation",
              EnumSet.allOf(FinanceOptions.Format.class))) {
        files.add(file);
      }
      ctx.out().println();
      ctx.say("demo.heading.outputs", folder.toString());
      for (Path file : files) {
        ctx.say("demo.output", folder.relativize(file).toString());
      }
      ctx.out().println();
      boolean asTold = scenario.surprises().isEmpty() && reconciliation.tiesOut();
      ctx.say(
          asTold && audit.clean() ? "demo.end.clean" : "demo.end.findings",
          session.store().headSequence(),
          scenario.refusals(),
          session.where());
      return asTold && audit.clean() ? ExitCode.CLEAN : ExitCode.FINDINGS;
    }
  }

  /**
   * Signs a checkpoint of the verified head with a key pair made for the demo, and proves that the
   * approval of {@link DemoScenario#PROVEN_CLAIM} is in the tree it signed.
   */
  private List<Path> checkpointAndProof(
      LedgerStore store, VerificationReport audit, Instant now, Path folder) {
    KeyPair pair = CheckpointCommand.Keygen.write(folder, true);
    Path privateKey = folder.resolve(CheckpointCommand.Keygen.PRIVATE_KEY);
    Path publicKey = folder.resolve(CheckpointCommand.Keygen.PUBLIC_KEY);
    ctx.say("demo.keys", folder.relativize(privateKey), folder.relativize(publicKey));
    SignedCheckpoint checkpoint =
        SignedCheckpoint.sign(audit, "points-ledger-demo", now, pair.getPrivate());
    Path checkpointFile = write(folder, "checkpoint.json", checkpoint.toJson(pair.getPublic()));
    ctx.say(
        "demo.checkpoint",
        Long.toString(checkpoint.sequence()),
        checkpoint.rootHash().hex(),
        folder.relativize(checkpointFile));
    JournalEntry approval = store.entry(DemoScenario.PROVEN_APPROVAL).orElseThrow();
    MerkleTree tree = LedgerProofs.tree(store, checkpoint.sequence());
    InclusionProof proof = tree.inclusionProof(approval.sequence() - 1, checkpoint.sequence());
    if (!tree.root().equals(checkpoint.rootHash())
        || !MerkleProofs.verifyInclusion(
            LedgerProofs.leafOf(approval.hash()), proof, checkpoint.rootHash())) {
      throw new IllegalStateException("the demo's inclusion proof does not check out");
    }
    String name = "inclusion-proof-" + DemoScenario.PROVEN_CLAIM.value() + ".json";
    Path proofFile;
    try {
      proofFile = write(folder, name, ProveCommand.Inclusion.json(approval, proof, tree.root()));
    } catch (IOException e) {
      throw OutputFiles.unwritable(folder.resolve(name), e);
    }
    ctx.say(
        "demo.proof",
        DemoScenario.PROVEN_CLAIM.value(),
        Long.toString(approval.sequence()),
        proof.path().size(),
        folder.relativize(proofFile));
    return List.of(privateKey, publicKey, checkpointFile, proofFile);
  }

  private static List<PurchaseTotals> used(List<PurchaseTotals> totals) {
    return totals.stream().filter(t -> t.contracts() > 0).toList();
  }

  private Path write(Path folder, String name, String text) {
    Path file = folder.resolve(name);
    OutputFiles.write(file, text);
    return file;
  }
}
