/**
 * The ledger's errors: one unchecked, abstract root, {@link
 * dev.pointsledger.core.error.LedgerException}, with two kinds beneath it: the store's failures
 * ({@link dev.pointsledger.core.error.LedgerStoreException})
 * and the typed refusal {@link dev.pointsledger.core.error.LedgerRejectedException}, whose
 * {@link dev.pointsledger.core.error.RejectionCode} names the program rule a command breaks.
 *
 * <p>A refusal always leaves the ledger exactly as it was. {@link IllegalArgumentException} and
 * {@link NullPointerException} are kept for caller bugs in building values (a blank id, a null
 * field); everything a well-formed command can be refused for is a rejection code.
 */
package dev.pointsledger.core.error;
