package dev.pointsledger.examples.cli;

import dev.pointsledger.core.finance.export.ExportOptions;
import dev.pointsledger.examples.export.JournalFormat;
import dev.pointsledger.jdbc.PostgresStoreOptions;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code export}: the journal as JSON Lines, CSV (headings in {@code --lang}; a file starts with a
 * UTF-8 byte order mark for Excel, stdout does not) or hledger's format, to a file or stdout.
 */
@Command(name = "export", mixinStandardHelpOptions = true)
final class ExportCommand implements Callable<Integer> {
  private final CliContext ctx;

  @Mixin LedgerOptions where;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "jsonl",
      descriptionKey = "option.format")
  JournalFormat format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      descriptionKey = "option.output")
  Path output;

  ExportCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    try (LedgerSession session =
        LedgerSession.open(
            ctx,
            where,
            Clock.systemUTC(),
            LedgerSession.Access.READ,
            PostgresStoreOptions.DEFAULT_SCHEMA)) {
      var store = session.store();
      ExportOptions options =
          ExportOptions.defaults().withLocale(ctx.text().language().locale());
      Progress progress = Progress.start(ctx, store.headSequence(), "progress.entries");
      if (output == null) {
        try {
          // no byte order mark on a pipe: it is for Excel opening a file, not for head or grep
          JournalOutput.write(
              store, format, options.withByteOrderMark(false), ctx.out(), progress::at);
        } catch (IOException e) {
          throw new CliException(
              ExitCode.UNREACHABLE, e, "error.file.stdout", Failures.rootMessage(e));
        }
        progress.finish();
        return ExitCode.CLEAN;
      }
      Path file = ctx.resolve(output);
      long written;
      try (OutputStream out = OutputFiles.openStream(file)) {
        written = JournalOutput.write(store, format, options, out, progress::at);
      } catch (IOException e) {
        throw OutputFiles.unwritable(file, e);
      }
      progress.finish();
      ctx.err().println(ctx.text().get("export.done", written, file.toString()));
      return ExitCode.CLEAN;
    }
  }
}
