/**
 * points-ledger: an immutable, append-only, double-entry ledger for the digital points of a
 * subsidy program. Start at {@link dev.pointsledger.core.Ledger}.
 *
 * <p>Feature packages: {@code program} (policies and eligibility), {@code command} (what callers
 * ask), {@code rules} (the one place every rule is checked), {@code journal} (entries and the hash
 * chain), {@code account} and {@code state} (where points and contracts stand), {@code store}
 * (the storage SPI), {@code memory} (the in-memory store), {@code query} (read models) and
 * {@code audit} (chain verification and invariant replay).
 */
package dev.pointsledger.core;
