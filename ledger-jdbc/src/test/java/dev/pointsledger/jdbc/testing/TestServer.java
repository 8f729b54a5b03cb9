package dev.pointsledger.jdbc.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.pointsledger.jdbc.PostgresLedgerStore;
import dev.pointsledger.jdbc.PostgresStoreOptions;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * The PostgreSQL servers the tests run against: one embedded server per JVM, started on first
 * use, and the server named by {@code LEDGER_TEST_JDBC_URL} when that variable is set. Each test
 * works in a fresh schema of its own, so tests never see each other's data and need no cleanup.
 */
public enum TestServer {
  /** An embedded PostgreSQL started by the tests themselves. */
  EMBEDDED,
  /** The server named by the environment variable {@value #ENV}. */
  EXTERNAL;

  /** The environment variable naming an external server's JDBC URL. */
  public static final String ENV = "LEDGER_TEST_JDBC_URL";

  private static final AtomicLong SCHEMAS = new AtomicLong();
  private static final String RUN = Long.toString(ProcessHandle.current().pid(), 36);

  /**
   * Whether this server can be used: always for the embedded one, when {@value #ENV} is set for
   * the external one.
   *
   * @return true if available
   */
  public boolean available() {
    return this == EMBEDDED || externalUrl() != null;
  }

  /** Skips the calling test when this server is not available. */
  public void assumeAvailable() {
    assumeTrue(available(), () -> ENV + " is not set: no external PostgreSQL to test against");
  }

  /**
   * The server's JDBC URL, with user (and password) as parameters.
   *
   * @return the URL
   */
  public String jdbcUrl() {
    assumeAvailable();
    return this == EMBEDDED ? Embedded.URL : externalUrl();
  }

  /**
   * The server's JDBC URL for another role (with a password, for servers that ask for one).
   *
   * @param user the role
   * @param password its password
   * @return the URL
   */
  public String jdbcUrlAs(String user, String password) {
    String url = jdbcUrl().replaceAll("([?&])(user|password)=[^&]*&?", "$1");
    url = url.endsWith("?") || url.endsWith("&") ? url : url + (url.contains("?") ? "&" : "?");
    return url + "user=" + user + "&password=" + password;
  }

  /**
   * A pooled data source on the server, shared by every test of the JVM.
   *
   * @return the data source
   */
  public DataSource dataSource() {
    assumeAvailable();
    return this == EMBEDDED ? Embedded.POOL : External.POOL;
  }

  /**
   * A store in a fresh schema on the shared pool.
   *
   * @return the store
   */
  public PostgresLedgerStore newStore() {
    return PostgresLedgerStore.create(dataSource(), options());
  }

  /**
   * Options naming a fresh schema.
   *
   * @return the options
   */
  public PostgresStoreOptions options() {
    assumeAvailable();
    return PostgresStoreOptions.defaults().withSchema(freshSchema());
  }

  /**
   * A schema name no other test of any JVM uses.
   *
   * @return the name
   */
  public static String freshSchema() {
    String time = Long.toString(System.nanoTime(), 36);
    return ("t_" + RUN + "_" + time + "_" + SCHEMAS.incrementAndGet()).toLowerCase(Locale.ROOT);
  }

  private static String externalUrl() {
    String url = System.getenv(ENV);
    return url == null || url.isBlank() ? null : url;
  }

  private static HikariDataSource pool(String url) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setMaximumPoolSize(24);
    config.setPoolName("ledger-tests");
    return new HikariDataSource(config);
  }

  /** The embedded server, started when first needed and stopped when the JVM exits. */
  private static final class Embedded {
    static final EmbeddedPostgres SERVER = start();
    static final String URL = SERVER.getJdbcUrl("postgres", "postgres");
    static final HikariDataSource POOL = pool(URL);

    private static EmbeddedPostgres start() {
      try {
        EmbeddedPostgres pg =
            EmbeddedPostgres.builder().setServerConfig("max_connections", "200").start();
        Runtime.getRuntime()
            .addShutdownHook(
                new Thread(
                    () -> {
                      try {
                        pg.close();
                      } catch (IOException e) {
                        // the JVM is exiting; the server's directory is temporary
                      }
                    }));
        return pg;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
      }
    }
  }

  /** The pool on the external server, opened when first needed. */
  private static final class External {
    static final HikariDataSource POOL = pool(externalUrl());
  }
}
