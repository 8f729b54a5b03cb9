/**
 * The in-memory store: a real {@link dev.pointsledger.core.store.LedgerStore}, safe for
 * concurrent callers (one writer at a time, many readers), that keeps the journal, the running
 * balances and the record versions in the heap. It is what a test or a single-process
 * application starts on; moving to PostgreSQL is a one-line change of store.
 */
package dev.pointsledger.core.memory;
