package dev.pointsledger.examples.cli;

import dev.pointsledger.core.error.LedgerStoreException;
import dev.pointsledger.jdbc.PostgresStoreOptions;
import dev.pointsledger.jdbc.migration.LedgerMigrator;
import dev.pointsledger.jdbc.migration.Migration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code migrate}: applies the library's schema migrations to a database (needs a role that may
 * create the schema), then checks the schema is complete.
 */
@Command(name = "migrate", mixinStandardHelpOptions = true)
final class MigrateCommand implements Callable<Integer> {
  private final CliContext ctx;

  @Mixin LedgerOptions where;

  MigrateCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    if (!where.database(ctx)) {
      throw new CliException(ExitCode.BAD_INPUT, "error.migrate.inMemory", LedgerOptions.ENV);
    }
    String schema = where.schemaOr(PostgresStoreOptions.DEFAULT_SCHEMA);
    try (LedgerOptions.Database db = where.openDatabase(ctx)) {
      LedgerMigrator migrator = LedgerMigrator.forSchema(schema);
      List<Migration> shipped = migrator.migrations();
      int applied;
      try {
        applied = migrator.migrate(db.pool());
        migrator.verify(db.pool());
      } catch (LedgerStoreException e) {
        throw new CliException(
            ExitCode.UNREACHABLE,
            e,
            "error.database.migrate",
            schema,
            db.shown(),
            Failures.rootMessage(e));
      }
      ctx.say(
          "migrate.done",
          applied,
          schema,
          db.shown(),
          shipped.size(),
          shipped.get(shipped.size() - 1).fileName());
      return ExitCode.CLEAN;
    }
  }
}
