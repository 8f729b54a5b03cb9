/**
 * points-ledger's core: the ledger, its commands and queries, the program's policy and rules, the
 * hash chain and audit, and an in-memory store. No JDBC here.
 *
 * <p>Start at {@link dev.pointsledger.core.Ledger}. docs/api.md lists every public type of the
 * exported packages; nothing else is API.
 */
module dev.pointsledger.core {
  // Immutable collections and preconditions inside the value types (none in a public signature).
  requires com.google.common;
  // Finance's CSV (payout files in, reports out) and JSON (reports, the journal as JSON Lines),
  // the verifier's report and the signed checkpoints; no Jackson type appears in a public
  // signature.
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.csv;
  // Optional: only dev.pointsledger.core.finance.xlsx writes workbooks with it; an application
  // that calls it puts fastexcel on its module path, every other package runs without it.
  requires static org.dhatim.fastexcel;

  // The API.
  exports dev.pointsledger.core;
  exports dev.pointsledger.core.account;
  exports dev.pointsledger.core.audit;
  exports dev.pointsledger.core.audit.hledger;
  exports dev.pointsledger.core.audit.merkle;
  exports dev.pointsledger.core.command;
  exports dev.pointsledger.core.error;
  exports dev.pointsledger.core.finance;
  exports dev.pointsledger.core.finance.export;
  exports dev.pointsledger.core.finance.payout;
  exports dev.pointsledger.core.finance.xlsx;
  exports dev.pointsledger.core.id;
  exports dev.pointsledger.core.journal;
  exports dev.pointsledger.core.program;
  exports dev.pointsledger.core.query;
  exports dev.pointsledger.core.sample;
  exports dev.pointsledger.core.state;
  exports dev.pointsledger.core.supply;
  exports dev.pointsledger.core.text;

  // The SPI: what a store implements (LedgerStore, and the StateView it hands the rules) and
  // what the rules hand it (a CommandProcessor, sealed to the ledger's own rules, and their
  // Decision). For store implementers, such as ledger-jdbc; an application needs none of it
  // beyond passing a store to Ledger.on.
  exports dev.pointsledger.core.store;

  // Not exported: dev.pointsledger.core.rules (the rules, reached only through Ledger) and
  // dev.pointsledger.core.memory (the in-memory store, reached through Ledger.inMemory).
}
