package dev.pointsledger.examples.cli;

import dev.pointsledger.core.audit.Invariant;
import dev.pointsledger.core.audit.LedgerVerifier;
import dev.pointsledger.core.audit.OfficeKeys;
import dev.pointsledger.core.audit.SignedCheckpoint;
import dev.pointsledger.core.audit.VerificationReport;
import dev.pointsledger.core.audit.VerifyOptions;
import dev.pointsledger.jdbc.PostgresStoreOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code checkpoint}: the office's signed checkpoints ({@link SignedCheckpoint}): {@code keygen}
 * makes the office's Ed25519 key pair, {@code sign} verifies the ledger and signs its head, {@code
 * verify} checks a published checkpoint's signature and that the ledger still holds what it
 * names.
 */
@Command(
    name = "checkpoint",
    mixinStandardHelpOptions = true,
    subcommands = {
      CheckpointCommand.Keygen.class,
      CheckpointCommand.Sign.class,
      CheckpointCommand.Verify.class
    })
final class CheckpointCommand implements Callable<Integer> {
  private final CliContext ctx;

  @Spec CommandSpec spec;

  CheckpointCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(ctx.err());
    return ExitCode.BAD_INPUT;
  }

  /** {@code checkpoint keygen}: a new Ed25519 key pair, as PEM files in a folder. */
  @Command(name = "keygen", mixinStandardHelpOptions = true)
  static final class Keygen implements Callable<Integer> {
    /** The private key's file name in the folder. */
    static final String PRIVATE_KEY = "office-private.pem";

    /** The public key's file name in the folder. */
    static final String PUBLIC_KEY = "office-public.pem";

    private final CliContext ctx;

    @Option(
        names = "--out",
        paramLabel = "DIR",
        required = true,
        descriptionKey = "option.keyDir")
    Path folder;

    Keygen(CliContext ctx) {
      this.ctx = ctx;
    }

    @Override
    public Integer call() {
      Path dir = ctx.resolve(folder);
      KeyPair pair = write(dir, false);
      ctx.say(
          "checkpoint.keygen",
          dir.resolve(PRIVATE_KEY).toString(),
          dir.resolve(PUBLIC_KEY).toString(),
          SignedCheckpoint.keyId(pair.getPublic()));
      return ExitCode.CLEAN;
    }

    /**
     * Makes a new key pair and writes it into the folder; refuses to overwrite a private key unless
     * told to (the demo's throwaway key).
     */
    static KeyPair write(Path dir, boolean overwrite) {
      Path privateFile = dir.resolve(PRIVATE_KEY);
      Path publicFile = dir.resolve(PUBLIC_KEY);
      if (!overwrite && Files.exists(privateFile)) {
        throw new CliException(ExitCode.BAD_INPUT, "error.key.exists", privateFile.toString());
      }
      KeyPair pair;
      try {
        pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("the JDK has no Ed25519", e);
      }
      OutputFiles.write(privateFile, OfficeKeys.toPem(pair.getPrivate()));
      try {
        Files.setPosixFilePermissions(privateFile, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException | IOException e) {
        // not a POSIX file system: the folder's own permissions protect the key
      }
      OutputFiles.write(publicFile, OfficeKeys.toPem(pair.getPublic()));
      return pair;
    }
  }

  /** {@code checkpoint sign}: verifies the ledger, then signs the head it reached. */
  @Command(name = "sign", mixinStandardHelpOptions = true)
  static final class Sign implements Callable<Integer> {
    private final CliContext ctx;

    @Mixin LedgerOptions where;

    @Option(
        names = "--private-key",
        paramLabel = "PEM",
        required = true,
        descriptionKey = "option.privateKey")
    Path privateKey;

    @Option(names = "--public-key", paramLabel = "PEM", descriptionKey = "option.publicKeyId")
    Path publicKey;

    @Option(
        names = "--origin",
        paramLabel = "NAME",
        defaultValue = "points-ledger",
        descriptionKey = "option.origin")
    String origin;

    @Option(
        names = {"-o", "--out", "--output"},
        paramLabel = "FILE",
        defaultValue = "checkpoint.json",
        descriptionKey = "option.checkpointOut")
    Path output;

    Sign(CliContext ctx) {
      this.ctx = ctx;
    }

    @Override
    public Integer call() {
      PrivateKey key = AuditFiles.privateKey(ctx, privateKey);
      PublicKey forId = publicKey == null ? null : AuditFiles.publicKey(ctx, publicKey);
      try (LedgerSession session =
          LedgerSession.open(
              ctx,
              where,
              Clock.systemUTC(),
              LedgerSession.Access.READ,
              PostgresStoreOptions.DEFAULT_SCHEMA)) {
        VerificationReport report = LedgerVerifier.verify(session.store());
        AuditPrinter.print(ctx, report);
        if (!report.clean()) {
          ctx.say("checkpoint.notSigned");
          return ExitCode.FINDINGS;
        }
        SignedCheckpoint checkpoint;
        try {
          checkpoint = SignedCheckpoint.sign(report, origin, Clock.systemUTC().instant(), key);
        } catch (IllegalArgumentException e) {
          throw new CliException(
              ExitCode.BAD_INPUT, e, "error.checkpoint.sign", Failures.rootMessage(e));
        }
        Path file = ctx.resolve(output);
        OutputFiles.write(file, checkpoint.toJson(forId));
        ctx.say(
            "checkpoint.signed",
            Long.toString(checkpoint.sequence()),
            checkpoint.headHash().hex(),
            checkpoint.rootHash().hex(),
            file.toString());
        return ExitCode.CLEAN;
      }
    }
  }

  /**
   * {@code checkpoint verify}: each checkpoint's signature by the office's key, then the verifier
   * over the ledger with those checkpoints: the ledger must extend every one of them.
   */
  @Command(name = "verify", mixinStandardHelpOptions = true)
  static final class Verify implements Callable<Integer> {
    private final CliContext ctx;

    @Mixin LedgerOptions where;

    @Option(
        names = "--public-key",
        paramLabel = "PEM",
        required = true,
        descriptionKey = "option.publicKey")
    Path publicKey;

    @Parameters(
        paramLabel = "CHECKPOINT",
        arity = "1..*",
        descriptionKey = "option.checkpointFiles")
    List<Path> checkpointFiles;

    Verify(CliContext ctx) {
      this.ctx = ctx;
    }

    @Override
    public Integer call() {
      PublicKey key = AuditFiles.publicKey(ctx, publicKey);
      List<SignedCheckpoint> published = new ArrayList<>();
      for (Path file : checkpointFiles) {
        SignedCheckpoint checkpoint = AuditFiles.checkpoint(ctx, file);
        if (checkpoint.signatureValid(key)) {
          ctx.say(
              "checkpoint.goodSignature",
              Long.toString(checkpoint.sequence()),
              checkpoint.origin(),
              checkpoint.time().toString());
        } else {
          ctx.say(
              "checkpoint.badSignature",
              ctx.resolve(file).toString(),
              SignedCheckpoint.keyId(key));
        }
        published.add(checkpoint);
      }
      try (LedgerSession session =
          LedgerSession.open(
              ctx,
              where,
              Clock.systemUTC(),
              LedgerSession.Access.READ,
              PostgresStoreOptions.DEFAULT_SCHEMA)) {
        VerificationReport report =
            LedgerVerifier.verify(
                session.store(), VerifyOptions.defaults().withCheckpoints(key, published));
        AuditPrinter.print(ctx, report);
        long broken = report.failed().get(Invariant.CHECKPOINT_EXTENDED);
        ctx.say(
            broken == 0 ? "checkpoint.extended" : "checkpoint.notExtended",
            published.size(),
            broken);
        return report.clean() ? ExitCode.CLEAN : ExitCode.FINDINGS;
      }
    }
  }
}
