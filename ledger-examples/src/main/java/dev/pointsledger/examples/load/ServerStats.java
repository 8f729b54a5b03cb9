package dev.pointsledger.examples.load;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a load run reads from the server itself, on connections of its own. */
final class ServerStats {
  private final String url;

  ServerStats(String url) {
    this.url = url;
  }

  /** The server's version and the settings that decide what a commit costs. */
  Map<String, String> settings() throws SQLException {
    Map<String, String> settings = new LinkedHashMap<>();
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT current_setting('server_version'), current_setting('synchronous_commit'),"
                    + " current_setting('fsync'), current_setting('wal_sync_method'),"
                    + " current_setting('shared_buffers'), current_setting('max_connections')")) {
      rs.next();
      settings.put("server_version", rs.getString(1));
      settings.put("synchronous_commit", rs.getString(2));
      settings.put("fsync", rs.getString(3));
      settings.put("wal_sync_method", rs.getString(4));
      settings.put("shared_buffers", rs.getString(5));
      settings.put("max_connections", rs.getString(6));
    }
    return settings;
  }

  /**
   * The server's WAL flushes so far ({@code pg_stat_wal.wal_sync}, PostgreSQL 14 and later), or
   * -1 where the server does not count them. Sessions report their counts when they end or go
   * idle, so read this after the store's pool is closed.
   */
  long walSyncs() throws SQLException {
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      try (ResultSet rs =
          s.executeQuery("SELECT to_regclass('pg_catalog.pg_stat_wal') IS NOT NULL")) {
        rs.next();
        if (!rs.getBoolean(1)) {
          return -1;
        }
      }
      try (ResultSet rs = s.executeQuery("SELECT wal_sync FROM pg_stat_wal")) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** Bytes of every table of a schema, its indexes and TOAST included, by table. */
  Map<String, Long> tableBytes(String schema) throws SQLException {
    Map<String, Long> bytes = new LinkedHashMap<>();
    try (Connection c = DriverManager.getConnection(url);
        PreparedStatement s =
            c.prepareStatement(
                "SELECT c.relname, pg_total_relation_size(c.oid) FROM pg_class c"
                    + " JOIN pg_namespace n ON n.oid = c.relnamespace"
                    + " WHERE n.nspname = ? AND c.relkind IN ('r', 'p')"
                    + " ORDER BY pg_total_relation_size(c.oid) DESC, c.relname")) {
      s.setString(1, schema);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          bytes.put(rs.getString(1), rs.getLong(2));
        }
      }
    }
    return bytes;
  }

  /** Drops a schema the run created. */
  void drop(String schema) throws SQLException {
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }
  }
}
