/**
 * JMH benchmarks of the ledger's hot path on the in-memory store: one command per call, hash chain
 * included. Run them with {@code mvn -q -pl ledger-examples -am -DskipTests package exec:java
 * -Dexec.mainClass=org.openjdk.jmh.Main -Dexec.args="InMemory"}; figures are in {@code
 * docs/performance.md}.
 */
package dev.pointsledger.examples.bench;
