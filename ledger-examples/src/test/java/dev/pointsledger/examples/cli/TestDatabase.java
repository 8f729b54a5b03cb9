package dev.pointsledger.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The PostgreSQL the command line's tests run against: {@code LEDGER_TEST_JDBC_URL} when set, else
 * an embedded server started once per JVM; each test takes a schema of its own.
 */
final class TestDatabase {
  private static final AtomicInteger SCHEMAS = new AtomicInteger();
  private static final String RUN = Long.toString(System.currentTimeMillis(), 36);

  private TestDatabase() {}

  /** The JDBC URL. */
  static String url() {
    String external = System.getenv("LEDGER_TEST_JDBC_URL");
    return external == null || external.isBlank() ? Embedded.URL : external;
  }

  /** A schema name no other test uses. */
  static String freshSchema() {
    return ("cli_" + RUN + "_" + SCHEMAS.incrementAndGet()).toLowerCase(Locale.ROOT);
  }

  /** Runs SQL as the URL's user, with the append-only triggers off: a hostile administrator. */
  static void tamper(String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(url());
        Statement s = c.createStatement()) {
      s.execute("SET session_replication_role = replica");
      s.execute(sql);
    }
  }

  /** The command line's own embedded server, on a throwaway folder, stopped with the JVM. */
  private static final class Embedded {
    static final String URL = start();

    private static String start() {
      try {
        Path folder = Files.createTempDirectory("points-ledger-cli-test");
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(folder.resolve("data"));
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        return server.jdbcUrl();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
