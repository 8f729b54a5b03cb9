/**
 * How the PostgreSQL store works inside: SQL, locks, batched reads, sealing and retries.
 *
 * <p><strong>Not a supported API.</strong> Everything here may change in any release without
 * notice; use {@link dev.pointsledger.jdbc.PostgresLedgerStore} and {@link
 * dev.pointsledger.jdbc.migration.LedgerMigrator}. The types are public only so that the
 * store's package can use them.
 */
package dev.pointsledger.jdbc.internal;
