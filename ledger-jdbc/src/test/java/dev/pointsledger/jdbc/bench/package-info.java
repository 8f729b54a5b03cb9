/**
 * The load command of the PostgreSQL store ({@code PostgresStoreLoad}): a {@code main}, not a
 * test, run by hand as {@code docs/performance.md} shows; surefire does not run it.
 */
package dev.pointsledger.jdbc.bench;
