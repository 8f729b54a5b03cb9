package dev.pointsledger.examples.cli;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A PostgreSQL server of the command line's own ({@code --embedded-postgres}), on a data directory
 * that outlives the process, so that {@code generate} and a later {@code verify} see the same
 * database. It is as durable as a production server ({@code fsync} and {@code synchronous_commit}
 * on) and stops when the command ends.
 */
final class EmbeddedPostgresServer implements AutoCloseable {
  private final EmbeddedPostgres server;
  private final Path directory;

  private EmbeddedPostgresServer(EmbeddedPostgres server, Path directory) {
    this.server = server;
    this.directory = directory;
  }

  /**
   * Starts the server, creating the cluster on the first run.
   *
   * @param directory the data directory
   * @return the running server
   * @throws CliException ({@link ExitCode#UNREACHABLE}) if it cannot start, for example because
   *     another process uses the directory
   */
  static EmbeddedPostgresServer start(Path directory) {
    try {
      Files.createDirectories(directory.getParent());
      EmbeddedPostgres server =
          EmbeddedPostgres.builder()
              .setDataDirectory(directory)
              .setCleanDataDirectory(false)
              .setServerConfig("fsync", "on")
              .setServerConfig("synchronous_commit", "on")
              .setServerConfig("full_page_writes", "on")
              .setPGStartupWait(Duration.ofSeconds(60))
              .start();
      return new EmbeddedPostgresServer(server, directory);
    } catch (IOException | RuntimeException e) {
      throw new CliException(
          ExitCode.UNREACHABLE,
          e,
          "error.embedded.start",
          directory.toString(),
          Failures.rootMessage(e));
    }
  }

  /** The JDBC URL of the server's {@code postgres} database, as the superuser. */
  String jdbcUrl() {
    return server.getJdbcUrl("postgres", "postgres");
  }

  /** The data directory. */
  Path directory() {
    return directory;
  }

  @Override
  public void close() {
    try {
      server.close();
    } catch (IOException e) {
      // the server's processes end with the JVM; nothing the user could act on
    }
  }
}
