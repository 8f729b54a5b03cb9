/**
 * The journal exported in the journal format of hledger (https://hledger.org), a plain-text
 * accounting tool nobody here wrote, so that an auditor can check the balances with it: {@link
 * dev.pointsledger.core.audit.hledger.HledgerExport}.
 */
package dev.pointsledger.core.audit.hledger;
