/**
 * Accounts: where points sit. An account belongs to a program and a holder (the program office,
 * a manufacturer or a vendor), and contract accounts also to a contract. Its
 * {@link dev.pointsledger.core.account.AccountType} says whether its balance is bounded below
 * by zero (every account but the program's pool).
 */
package dev.pointsledger.core.account;
