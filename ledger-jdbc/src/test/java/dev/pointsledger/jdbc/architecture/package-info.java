/** Architecture rules of ledger-jdbc (and the core's freedom from logging), checked as tests. */
package dev.pointsledger.jdbc.architecture;
