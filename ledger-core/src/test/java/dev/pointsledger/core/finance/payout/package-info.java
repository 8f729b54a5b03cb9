/** Tests of reading, matching and applying payout files. */
package dev.pointsledger.core.finance.payout;
