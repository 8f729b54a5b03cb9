/**
 * Test support shipped in {@code ledger-core}'s test-jar, for our tests and for an embedder's
 * (depend on the test-jar with test scope; it needs JUnit 5):
 *
 * <ul>
 *   <li>{@link dev.pointsledger.core.testing.TestLedger}: an in-memory (or any) ledger on a
 *       {@link dev.pointsledger.core.testing.MutableClock}, with short verbs for every command;
 *       {@code TestLedger.ready2022()} is a ready 2022 scenario with a listed solution and a
 *       granted manufacturer, {@code TestLedger.program2021()} the previous year's program for
 *       R-D3;
 *   <li>{@link dev.pointsledger.core.testing.MutableClock}: a clock you set to a business day;
 *   <li>{@link dev.pointsledger.core.testing.LedgerStoreContract}: the suite every {@link
 *       dev.pointsledger.core.store.LedgerStore} must pass;
 *   <li>{@link dev.pointsledger.core.testing.LedgerAssertions}: a refusal that writes nothing.
 * </ul>
 *
 * <p>{@code TestLedger}, {@code MutableClock} and {@code LedgerAssertions} use only what the core's
 * module exports, so they work with the library on the module path as on the class path. {@code
 * LedgerStoreContract} also reads a store underneath its ledger and fails a unit of work midway
 * through {@code Seams}, which reach into the core's packages: run it on the class path, as
 * Surefire does by default here.
 *
 * <p>{@code Fixtures}, {@code HostileInputs}, {@code LedgerInvariants}, {@code Seams} and the
 * other classes here serve our own tests and may change without notice.
 */
package dev.pointsledger.core.testing;
