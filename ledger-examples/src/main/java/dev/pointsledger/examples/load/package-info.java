/**
 * The load run behind the command line's {@code load}: clients driving a PostgreSQL store with a
 * realistic mix for a set time, and the figures it reports (throughput, latency percentiles, WAL
 * flushes per command, bytes per entry, the ledger's audit) as text and as one line of JSON.
 */
package dev.pointsledger.examples.load;
