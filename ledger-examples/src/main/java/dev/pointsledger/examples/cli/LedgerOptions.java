package dev.pointsledger.examples.cli;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.pointsledger.jdbc.PostgresStoreOptions;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Where a subcommand's ledger is: in memory (the default), on any PostgreSQL ({@code --jdbc-url} or
 * the environment variable {@value #ENV}), or on the command line's own embedded PostgreSQL ({@code
 * --embedded-postgres}); and in which schema.
 */
final class LedgerOptions {
  /** The environment variable that names the database when {@code --jdbc-url} does not. */
  static final String ENV = "POINTS_LEDGER_JDBC_URL";

  @Option(names = "--jdbc-url", paramLabel = "URL", descriptionKey = "option.jdbcUrl")
  String jdbcUrl;

  @Option(names = "--embedded-postgres", descriptionKey = "option.embeddedPostgres")
  boolean embedded;

  @Option(
      names = "--embedded-postgres-dir",
      paramLabel = "DIR",
      descriptionKey = "option.embeddedPostgresDir")
  Path embeddedDirectory;

  @Option(names = "--schema", paramLabel = "NAME", descriptionKey = "option.schema")
  String schema;

  /** The JDBC URL the user named, by option or environment, or null. */
  String url(CliContext ctx) {
    if (jdbcUrl != null) {
      return jdbcUrl;
    }
    String fromEnv = ctx.env().get(ENV);
    return fromEnv == null || fromEnv.isBlank() || embedded ? null : fromEnv;
  }

  /** Whether the ledger lives in a database (and so outlives the command). */
  boolean database(CliContext ctx) {
    if (embedded && jdbcUrl != null) {
      throw new CliException(ExitCode.BAD_INPUT, "error.options.twoDatabases");
    }
    return embedded || url(ctx) != null;
  }

  /** The schema named, checked, or the library's default. */
  String schemaOr(String fallback) {
    String name = schema == null ? fallback : schema;
    try {
      return PostgresStoreOptions.checkSchema(name);
    } catch (IllegalArgumentException e) {
      throw new CliException(ExitCode.BAD_INPUT, "error.schema.invalid", name);
    }
  }

  /** The embedded server's data directory. */
  Path embeddedDirectory(CliContext ctx) {
    if (embeddedDirectory != null) {
      return ctx.resolve(embeddedDirectory);
    }
    return Path.of(System.getProperty("user.home"), ".points-ledger", "embedded-postgres");
  }

  /**
   * Opens the database: starts the embedded server if asked, and a small pool that gives up on an
   * unreachable server after 10 seconds.
   *
   * @throws CliException if the URL is not PostgreSQL's ({@link ExitCode#BAD_INPUT}) or the
   *     database cannot be reached ({@link ExitCode#UNREACHABLE})
   */
  Database openDatabase(CliContext ctx) {
    EmbeddedPostgresServer server = null;
    String url;
    String shown;
    if (embedded) {
      server = EmbeddedPostgresServer.start(embeddedDirectory(ctx));
      url = server.jdbcUrl();
      shown = ctx.text().get("ledger.embedded", server.directory().toString());
    } else {
      url = url(ctx);
      shown = Failures.redact(url);
      if (!url.startsWith("jdbc:postgresql:")) {
        throw new CliException(ExitCode.BAD_INPUT, "error.jdbcUrl.notPostgres", shown);
      }
    }
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setConnectionTimeout(10_000);
    config.setInitializationFailTimeout(1);
    config.setMaximumPoolSize(8);
    config.setPoolName("points-ledger-cli");
    try {
      return new Database(new HikariDataSource(config), server, shown);
    } catch (RuntimeException e) {
      if (server != null) {
        server.close();
      }
      throw new CliException(
          ExitCode.UNREACHABLE, e, "error.database.unreachable", shown, Failures.rootMessage(e));
    }
  }

  /** An open database: its pool and, with {@code --embedded-postgres}, the server. */
  record Database(HikariDataSource pool, EmbeddedPostgresServer server, String shown)
      implements AutoCloseable {
    @Override
    public void close() {
      pool.close();
      if (server != null) {
        server.close();
      }
    }
  }
}
