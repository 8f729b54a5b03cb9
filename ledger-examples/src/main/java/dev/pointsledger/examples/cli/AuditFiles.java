package dev.pointsledger.examples.cli;

import dev.pointsledger.core.audit.OfficeKeys;
import dev.pointsledger.core.audit.SignedCheckpoint;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.PublicKey;

/**
 * The auditors' input files: the office's keys (PEM) and signed checkpoints (JSON). A missing or
 * unreadable file is exit code 3, a file that holds something else exit code 2.
 */
final class AuditFiles {
  private AuditFiles() {}

  static PublicKey publicKey(CliContext ctx, Path pem) {
    Path file = ctx.resolve(pem);
    try {
      return OfficeKeys.readPublicKey(file);
    } catch (IOException e) {
      throw OutputFiles.unreadable(file, e);
    } catch (IllegalArgumentException e) {
      throw new CliException(ExitCode.BAD_INPUT, e, "error.key.public", file.toString());
    }
  }

  static PrivateKey privateKey(CliContext ctx, Path pem) {
    Path file = ctx.resolve(pem);
    try {
      return OfficeKeys.readPrivateKey(file);
    } catch (IOException e) {
      throw OutputFiles.unreadable(file, e);
    } catch (IllegalArgumentException e) {
      throw new CliException(ExitCode.BAD_INPUT, e, "error.key.private", file.toString());
    }
  }

  static SignedCheckpoint checkpoint(CliContext ctx, Path json) {
    Path file = ctx.resolve(json);
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw OutputFiles.unreadable(file, e);
    }
    try {
      return SignedCheckpoint.fromJson(text);
    } catch (RuntimeException e) {
      throw new CliException(
          ExitCode.BAD_INPUT, e, "error.checkpoint.malformed", file.toString(),
          Failures.rootMessage(e));
    }
  }
}
