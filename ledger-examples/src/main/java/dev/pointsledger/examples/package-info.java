/**
 * The runnable examples: {@link dev.pointsledger.examples.PointsLedgerApp}, the {@code
 * points-ledger} command line's entry point (see {@code dev.pointsledger.examples.cli}), and {@link
 * dev.pointsledger.examples.EmbeddingExample}, the plain {@code main} of an application that embeds
 * the library, which the README quotes.
 */
package dev.pointsledger.examples;
