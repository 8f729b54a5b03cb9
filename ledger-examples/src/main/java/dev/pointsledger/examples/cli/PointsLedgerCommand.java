package dev.pointsledger.examples.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The command line's root: {@code points-ledger}, its subcommands and its global options. */
@Command(
    name = "points-ledger",
    mixinStandardHelpOptions = true,
    versionProvider = PointsLedgerCommand.Version.class,
    subcommands = {
      DemoCommand.class,
      GenerateCommand.class,
      VerifyCommand.class,
      CheckpointCommand.class,
      ProveCommand.class,
      ReconcileCommand.class,
      PayoutsCommand.class,
      ExportCommand.class,
      MigrateCommand.class
    })
final class PointsLedgerCommand implements Callable<Integer> {
  private final CliContext ctx;

  @Spec CommandSpec spec;

  // read before parsing (the texts depend on them); declared here so that every subcommand
  // accepts them and lists them in its help
  @Option(
      names = "--lang",
      paramLabel = "LANG",
      scope = ScopeType.INHERIT,
      descriptionKey = "option.lang")
  String lang;

  @Option(names = "--verbose", scope = ScopeType.INHERIT, descriptionKey = "option.verbose")
  boolean verbose;

  PointsLedgerCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(ctx.err());
    return ExitCode.BAD_INPUT;
  }

  /** The version, from the jar's manifest when there is one. */
  static final class Version implements picocli.CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = PointsLedgerCommand.class.getPackage().getImplementationVersion();
      return new String[] {"points-ledger " + (version == null ? "0.1.0-SNAPSHOT" : version)};
    }
  }
}
