package dev.pointsledger.examples.cli;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Output files, written in UTF-8 with their folders made; a failure is exit code 3. Input files
 * that cannot be read are exit code 3 as well.
 */
final class OutputFiles {
  private OutputFiles() {}

  /** Writes a text file whole. */
  static void write(Path file, String text) {
    try (BufferedWriter out = open(file)) {
      out.write(text);
    } catch (IOException e) {
      throw unwritable(file, e);
    }
  }

  /** Opens a file for writing, making its folder. */
  static BufferedWriter open(Path file) {
    try {
      makeFolder(file);
      return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw unwritable(file, e);
    }
  }

  /** Opens a file for writing bytes, making its folder. */
  static OutputStream openStream(Path file) {
    try {
      makeFolder(file);
      return new BufferedOutputStream(Files.newOutputStream(file));
    } catch (IOException e) {
      throw unwritable(file, e);
    }
  }

  private static void makeFolder(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
  }

  /** A file that could not be read: missing or unreadable, exit code 3. */
  static CliException unreadable(Path file, IOException e) {
    return new CliException(
        ExitCode.UNREACHABLE,
        e,
        e instanceof NoSuchFileException ? "error.file.missing" : "error.file.read",
        file.toString(),
        Failures.rootMessage(e));
  }

  static CliException unwritable(Path file, IOException e) {
    return new CliException(
        ExitCode.UNREACHABLE, e, "error.file.write", file.toString(), Failures.rootMessage(e));
  }
}
