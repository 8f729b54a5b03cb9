package dev.pointsledger.examples.cli;

import dev.pointsledger.examples.export.JournalExport;
import dev.pointsledger.examples.export.JournalFormat;
import dev.pointsledger.jdbc.PostgresStoreOptions;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code export}: the journal as JSON Lines or CSV, to a file or stdout. */
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
      Progress progress = Progress.start(ctx, store.headSequence(), "progress.entries");
      if (output == null) {
        Writer out = new OutputStreamWriter(ctx.out(), StandardCharsets.UTF_8);
        try {
          JournalExport.write(store, format, out, progress::at);
        } catch (IOException e) {
          throw new CliException(
              ExitCode.UNREACHABLE, e, "error.file.stdout", Failures.rootMessage(e));
        }
        progress.finish();
        return ExitCode.CLEAN;
      }
      Path file = ctx.resolve(output);
      long written;
      try (BufferedWriter out = OutputFiles.open(file)) {
        written = JournalExport.write(store, format, out, progress::at);
      } catch (IOException e) {
        throw OutputFiles.unwritable(file, e);
      }
      progress.finish();
      ctx.err().println(ctx.text().get("export.done", written, file.toString()));
      return ExitCode.CLEAN;
    }
  }
}
