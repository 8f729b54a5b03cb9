package dev.pointsledger.jdbc.internal;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * The few of a store's options that its units of work use, so that this package does not depend
 * on the public options type (which is built and checked in {@code dev.pointsledger.jdbc}).
 *
 * @param schema the schema the ledger's tables are in, a checked identifier
 * @param maxAttempts how many times a unit of work is tried, at least 1
 * @param maxBackoff the longest pause between two attempts
 * @param lockEscalationThreshold the most footprint locks a transaction takes one by one
 */
public record StoreSettings(
    String schema, int maxAttempts, Duration maxBackoff, int lockEscalationThreshold) {

  /**
   * Checks the schema's name and that the pause is given.
   *
   * @param schema the schema the ledger's tables are in
   * @param maxAttempts how many times a unit of work is tried
   * @param maxBackoff the longest pause between two attempts
   * @param lockEscalationThreshold the most footprint locks a transaction takes one by one
   */
  public StoreSettings {
    SchemaSql.checkSchema(schema);
    requireNonNull(maxBackoff, "maxBackoff");
  }
}
