/**
 * points-ledger's PostgreSQL store: {@link dev.pointsledger.jdbc.PostgresLedgerStore}, a {@link
 * dev.pointsledger.core.store.LedgerStore} through Jdbi and HikariCP, and its schema migrations.
 *
 * <p>docs/api.md lists every public type of the exported packages; nothing else is API.
 */
module dev.pointsledger.jdbc {
  // The core's API and its store SPI, which PostgresLedgerStore implements; an application that
  // uses this module uses the core's types with it.
  requires transitive dev.pointsledger.core;
  // DataSource in PostgresLedgerStore.create and LedgerMigrator.
  requires transitive java.sql;

  // Inside only, never in a public signature.
  requires com.google.common;
  requires com.zaxxer.hikari;
  requires org.jdbi.v3.core;
  requires org.postgresql.jdbc;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires org.slf4j;

  // The API: the store and its options, the migrator for teams that run migrations themselves.
  exports dev.pointsledger.jdbc;
  exports dev.pointsledger.jdbc.migration;

  // Not exported: dev.pointsledger.jdbc.internal (units of work, locking, SQL, the JSON codec).
}
