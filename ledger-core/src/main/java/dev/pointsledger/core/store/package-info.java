/**
 * The storage SPI: what a store gives the core, and nothing more.
 *
 * <p>A store offers one primitive, {@link dev.pointsledger.core.store.LedgerStore#execute}: for
 * each command, atomically read the current state the command touches (through a
 * {@link dev.pointsledger.core.store.StateView}), let the core's
 * {@link dev.pointsledger.core.store.CommandProcessor} decide, and append the resulting entry and
 * record versions, or nothing. Stores never decide anything; they lock, read, append and answer
 * reads. The in-memory store and the PostgreSQL store implement this one interface and pass one
 * contract test suite.
 */
package dev.pointsledger.core.store;
