package dev.pointsledger.examples.cli;

import dev.pointsledger.core.audit.LedgerVerifier;
import dev.pointsledger.core.audit.SignedCheckpoint;
import dev.pointsledger.core.audit.VerificationReport;
import dev.pointsledger.core.audit.VerifyOptions;
import dev.pointsledger.jdbc.PostgresStoreOptions;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code verify}: the auditors' verifier ({@link LedgerVerifier}) over the whole journal, with the
 * office's published checkpoints if given; exit code 1 on any finding.
 */
@Command(name = "verify", mixinStandardHelpOptions = true)
final class VerifyCommand implements Callable<Integer> {
  private final CliContext ctx;

  @Mixin LedgerOptions where;

  @Option(
      names = {"--out", "--report"},
      paramLabel = "FILE",
      descriptionKey = "option.verifyOut")
  Path out;

  @Option(names = "--json", descriptionKey = "option.json")
  boolean json;

  @Option(names = "--public-key", paramLabel = "PEM", descriptionKey = "option.publicKey")
  Path publicKey;

  @Option(names = "--checkpoint", paramLabel = "FILE", descriptionKey = "option.checkpoints")
  List<Path> checkpoints = new ArrayList<>();

  VerifyCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    VerifyOptions options = options(ctx, publicKey, checkpoints);
    try (LedgerSession session =
        LedgerSession.open(
            ctx,
            where,
            Clock.systemUTC(),
            LedgerSession.Access.READ,
            PostgresStoreOptions.DEFAULT_SCHEMA)) {
      ctx.err().println(ctx.text().get("verify.start", session.where(),
          session.store().headSequence()));
      long started = System.nanoTime();
      VerificationReport result = LedgerVerifier.verify(session.store(), options);
      long took = System.nanoTime() - started;
      // the verifier's own figure, on stderr so that --json stays one document on stdout
      ctx.err().println(ctx.text().get("verify.took", result.entriesRead(),
          String.format(ctx.text().format().locale(), "%.2f", took / 1e9),
          Math.round(result.entriesRead() * 1e9 / Math.max(took, 1)),
          Runtime.getRuntime().maxMemory() >> 20));
      if (json) {
        ctx.out().print(result.toJson());
      } else {
        ctx.out().print(result.toText(ctx.text().format().locale()));
        ctx.out().println();
        AuditPrinter.verdict(ctx, result);
      }
      if (out != null) {
        Path file = ctx.resolve(out);
        boolean asJson = json || file.getFileName().toString().endsWith(".json");
        Locale reader = ctx.text().format().locale();
        OutputFiles.write(file, asJson ? result.toJson() : result.toText(reader));
        ctx.err().println(ctx.text().get("verify.reportWritten", file.toString()));
      }
      return result.clean() ? ExitCode.CLEAN : ExitCode.FINDINGS;
    }
  }

  /** The verifier's options: the defaults, with the published checkpoints if any. */
  static VerifyOptions options(CliContext ctx, Path publicKey, List<Path> checkpoints) {
    VerifyOptions options = VerifyOptions.defaults();
    if (checkpoints.isEmpty()) {
      return options;
    }
    if (publicKey == null) {
      throw new CliException(ExitCode.BAD_INPUT, "error.checkpoint.needsKey");
    }
    PublicKey key = AuditFiles.publicKey(ctx, publicKey);
    List<SignedCheckpoint> published = new ArrayList<>();
    for (Path file : checkpoints) {
      published.add(AuditFiles.checkpoint(ctx, file));
    }
    return options.withCheckpoints(key, published);
  }
}
