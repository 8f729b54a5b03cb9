/** Tests of the hledger export against the real hledger. */
package dev.pointsledger.core.audit.hledger;
