/**
 * The ledger's schema as versioned SQL migrations shipped in the jar ({@code
 * db/migration/V<n>__<description>.sql}, with a {@code ${schema}} placeholder), and {@link
 * dev.pointsledger.jdbc.migration.LedgerMigrator}, the small migrator that applies them: one
 * transaction per migration, checksums in {@code ledger_schema_history}, an advisory lock so that
 * several JVMs may start at once. The same scripts run under Flyway.
 */
package dev.pointsledger.jdbc.migration;
