package dev.pointsledger.examples.cli;

import dev.pointsledger.core.finance.export.CsvExport;
import dev.pointsledger.core.finance.export.ExportOptions;
import dev.pointsledger.core.finance.export.JsonExport;
import dev.pointsledger.core.finance.export.ReportTables;
import dev.pointsledger.core.finance.xlsx.WorkbookExport;
import dev.pointsledger.core.id.ProgramId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Option;

/** What finance's subcommands share: the program, and the formats their reports are written in. */
final class FinanceOptions {
  /** The formats a report is written in. */
  enum Format {
    /** One CSV file per table. */
    CSV,
    /** One JSON file with every table. */
    JSON,
    /** One workbook, a sheet per table. */
    XLSX
  }

  @Option(
      names = "--program",
      paramLabel = "ID",
      defaultValue = "industrial-pavilion-2022",
      descriptionKey = "option.program")
  String program;

  @Option(
      names = "--formats",
      paramLabel = "FORMAT",
      split = ",",
      defaultValue = "csv,json,xlsx",
      descriptionKey = "option.formats")
  Set<Format> formats;

  ProgramId program() {
    try {
      return ProgramId.of(program);
    } catch (IllegalArgumentException e) {
      throw new CliException(ExitCode.BAD_INPUT, e, "error.program", program);
    }
  }

  /** Writes a report's tables into a folder, in every format asked for; returns the files. */
  List<Path> write(CliContext ctx, ReportTables tables, Path folder, String name) {
    return write(ctx, tables, folder, name, formats);
  }

  /** Writes a report's tables into a folder, in some formats; returns the files. */
  static List<Path> write(
      CliContext ctx, ReportTables tables, Path folder, String name, Set<Format> formats) {
    ExportOptions options = ExportOptions.defaults().withLocale(ctx.text().language().locale());
    List<Path> files = new ArrayList<>();
    try {
      Files.createDirectories(folder);
      if (formats.contains(Format.CSV)) {
        files.addAll(CsvExport.writeAll(tables, folder, options));
      }
      if (formats.contains(Format.JSON)) {
        Path json = folder.resolve(name + ".json");
        JsonExport.write(tables, json);
        files.add(json);
      }
      if (formats.contains(Format.XLSX)) {
        Path xlsx = folder.resolve(name + ".xlsx");
        WorkbookExport.write(tables, xlsx, options);
        files.add(xlsx);
      }
    } catch (IOException e) {
      throw OutputFiles.unwritable(folder, e);
    }
    return files;
  }
}
