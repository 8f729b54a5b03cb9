package dev.pointsledger.jdbc.testing;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL cluster of a test's own (its data directory in a folder the test gives, its own
 * port), configured to be as durable as a production server and to lose whatever was not
 * flushed when it is killed: {@code fsync} and {@code synchronous_commit} on (the embedded
 * server's defaults turn both off), and a WAL writer that flushes asynchronous commits only
 * every 10 seconds. Can be killed with SIGKILL (the postmaster and every process under it) and
 * started again on the same directory and port, as a crashed server restarts.
 */
public final class OwnCluster implements AutoCloseable {
  private final Path dataDirectory;
  private final int port;
  private EmbeddedPostgres server;

  private OwnCluster(Path dataDirectory, int port) {
    this.dataDirectory = dataDirectory;
    this.port = port;
  }

  /**
   * Creates and starts a cluster.
   *
   * @param folder an empty folder of the test's, for the data directory
   * @return the running cluster
   * @throws IOException if it cannot start
   */
  public static OwnCluster start(Path folder) throws IOException {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    OwnCluster cluster = new OwnCluster(folder.resolve("data"), port);
    cluster.server = cluster.launch();
    return cluster;
  }

  private EmbeddedPostgres launch() throws IOException {
    return EmbeddedPostgres.builder()
        .setDataDirectory(dataDirectory)
        .setCleanDataDirectory(false)
        .setPort(port)
        .setServerConfig("fsync", "on")
        .setServerConfig("synchronous_commit", "on")
        .setServerConfig("full_page_writes", "on")
        .setServerConfig("wal_writer_delay", "10000ms")
        .setServerConfig("max_connections", "60")
        .setPGStartupWait(Duration.ofSeconds(60))
        .start();
  }

  /**
   * The cluster's JDBC URL, as the superuser, with short connect and login timeouts (so that a
   * client notices at once that the server is down).
   *
   * @return the URL
   */
  public String jdbcUrl() {
    return "jdbc:postgresql://localhost:" + port + "/postgres?user=postgres"
        + "&connectTimeout=2&loginTimeout=3";
  }

  /**
   * A pool on the cluster that gives up on a connection after half a second and survives
   * restarts of the server.
   *
   * @param size the most connections
   * @return the pool, the caller's to close
   */
  public HikariDataSource pool(int size) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(jdbcUrl());
    config.setMaximumPoolSize(size);
    config.setConnectionTimeout(500);
    config.setInitializationFailTimeout(-1);
    config.setPoolName("own-cluster-" + port);
    return new HikariDataSource(config);
  }

  /**
   * How many times the server has flushed its WAL to disk ({@code pg_stat_wal.wal_sync}), once
   * the statistics of every finished session have arrived.
   *
   * @return the count
   * @throws SQLException if the server fails
   * @throws InterruptedException if interrupted while waiting for the statistics to settle
   */
  public long walSyncs() throws SQLException, InterruptedException {
    // sessions report WAL statistics at most every 500 ms, and when they end: read until two
    // readings a second apart agree
    long previous = -1;
    try (Connection c = DriverManager.getConnection(jdbcUrl());
        Statement s = c.createStatement()) {
      while (true) {
        s.execute("SELECT pg_stat_clear_snapshot()");
        long now;
        try (ResultSet rs = s.executeQuery("SELECT wal_sync FROM pg_stat_wal")) {
          rs.next();
          now = rs.getLong(1);
        }
        if (now == previous) {
          return now;
        }
        previous = now;
        TimeUnit.MILLISECONDS.sleep(1_000);
      }
    }
  }

  /**
   * Runs SQL statements as the superuser, each in autocommit mode.
   *
   * @param statements the statements
   * @throws SQLException if one fails
   */
  public void sql(String... statements) throws SQLException {
    try (Connection c = DriverManager.getConnection(jdbcUrl());
        Statement s = c.createStatement()) {
      for (String statement : statements) {
        s.execute(statement);
      }
    }
  }

  /**
   * Kills the server as a crash would: SIGKILL to the postmaster and every process under it,
   * without a checkpoint or a flush; returns once all of them are gone.
   *
   * @throws IOException if the postmaster's pid cannot be read
   */
  public void kill() throws IOException {
    long pid = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0));
    ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
    List<ProcessHandle> all = new ArrayList<>(postmaster.descendants().toList());
    all.add(0, postmaster);
    all.forEach(ProcessHandle::destroyForcibly);
    for (ProcessHandle p : all) {
      p.onExit().join();
    }
    try {
      // releases the embedded server's lock on its directory; stopping a dead server fails
      server.close();
    } catch (IOException | RuntimeException e) {
      // expected: there is nothing left to stop
    }
  }

  /**
   * Starts the server again on the same directory and port, after {@link #kill()}: PostgreSQL
   * recovers from its WAL as after a crash.
   *
   * @throws IOException if it cannot start
   */
  public void restart() throws IOException {
    server = launch();
  }

  /**
   * Stops the server.
   *
   * @throws IOException if stopping fails
   */
  @Override
  public void close() throws IOException {
    server.close();
  }
}
