/**
 * Test support shipped in the core's test-jar: a clock tests move by hand, command builders,
 * and the store contract suite every {@link dev.pointsledger.core.store.LedgerStore} must pass.
 */
package dev.pointsledger.core.testing;
