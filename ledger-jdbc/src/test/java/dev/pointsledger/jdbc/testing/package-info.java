/**
 * Test support: the PostgreSQL servers the tests run against (embedded, and external when
 * {@code LEDGER_TEST_JDBC_URL} is set), each test in a fresh schema.
 */
package dev.pointsledger.jdbc.testing;
