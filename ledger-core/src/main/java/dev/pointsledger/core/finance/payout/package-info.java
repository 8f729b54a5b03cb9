/**
 * The office's payout files: read a CSV of payouts (vendor tax id, amount, payout reference, payout
 * date, optional claim ids) in the charset its maker used ({@link
 * dev.pointsledger.core.finance.payout.PayoutFileReader}), match it line by line against the
 * approved claims ({@link dev.pointsledger.core.finance.payout.PayoutMatcher}), and settle the
 * matched claims through the ledger, idempotently ({@link
 * dev.pointsledger.core.finance.payout.PayoutApplier}).
 */
package dev.pointsledger.core.finance.payout;
