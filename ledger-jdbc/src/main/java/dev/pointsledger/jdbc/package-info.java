/**
 * The ledger's store on PostgreSQL: {@link dev.pointsledger.jdbc.PostgresLedgerStore}, created
 * from a JDBC URL (with a HikariCP pool it owns) or from a {@code DataSource} the caller owns,
 * and configured by {@link dev.pointsledger.jdbc.PostgresStoreOptions}. It passes the same store
 * contract suite as the core's in-memory store. Its schema is versioned SQL under {@code
 * db/migration}, applied by {@link dev.pointsledger.jdbc.migration.LedgerMigrator} or Flyway;
 * everything in {@code internal} is unsupported.
 */
package dev.pointsledger.jdbc;
