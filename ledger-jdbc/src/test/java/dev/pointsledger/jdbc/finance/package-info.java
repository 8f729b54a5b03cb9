/** Finance's reports and payout files on the PostgreSQL store, as on the in-memory one. */
package dev.pointsledger.jdbc.finance;
