/**
 * The rules: the one place where every command is checked against the program's policy and the
 * current state and turned into exactly one entry, or refused. {@link
 * dev.pointsledger.core.rules.LedgerRules} implements the store SPI's
 * {@link dev.pointsledger.core.store.CommandProcessor}; stores call it and never decide anything
 * themselves. Business dates are today in Asia/Taipei, read from the injected clock.
 */
package dev.pointsledger.core.rules;
