package dev.pointsledger.jdbc;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import dev.pointsledger.jdbc.internal.SchemaSql;
import java.time.Duration;

/**
 * How a {@link PostgresLedgerStore} uses its database. Start from {@link #defaults()}, change
 * what differs with {@link #builder()} (or {@link #withSchema} for just the schema); the values
 * are checked when the options are built.
 *
 * @param schema the schema the ledger's tables live in: lower-case letters, digits and
 *     underscores, starting with a letter or underscore, at most 63 characters, not starting
 *     with {@code pg_}. Two ledgers share one database by using two schemas.
 * @param migrateOnStart whether the store applies the library's migrations when it is created;
 *     false when the schema is managed by Flyway or by a deployment step with more privileges
 * @param maxAttempts how many times a unit of work is tried when PostgreSQL reports a
 *     serialization failure, a deadlock or a lock-table shortage, at least 1
 * @param maxBackoff the longest pause between two attempts; pauses grow exponentially from one
 *     millisecond, with jitter, up to this
 * @param lockEscalationThreshold the most footprint locks one transaction takes one by one;
 *     a larger batch takes the whole ledger exclusively instead, so that no batch can exhaust
 *     PostgreSQL's lock table ({@code max_locks_per_transaction})
 * @param maximumPoolSize the size of the HikariCP pool the store creates for {@link
 *     PostgresLedgerStore#connect}; ignored when the caller passes a {@code DataSource}
 * @param groupCommit whether concurrent calls of {@code execute} from this JVM may share a
 *     transaction (each call's commands stay together, in order, each with its own outcome): one
 *     chain lock and one WAL flush for many callers. Off, every call is a transaction of its own.
 * @param maxConcurrentUnits the most transactions the store runs at once from this JVM; further
 *     calls wait (and, with group commit, join the next transaction)
 * @param meterRegistry null (the default: no metrics), or a Micrometer {@code
 *     io.micrometer.core.instrument.MeterRegistry} the store registers its meters in (docs/jdbc.md
 *     lists them). Typed {@code Object}, as in HikariCP, so that an application without
 *     Micrometer on its class path needs none: nothing of Micrometer is loaded unless a registry
 *     is given.
 */
public record PostgresStoreOptions(
    String schema,
    boolean migrateOnStart,
    int maxAttempts,
    Duration maxBackoff,
    int lockEscalationThreshold,
    int maximumPoolSize,
    boolean groupCommit,
    int maxConcurrentUnits,
    Object meterRegistry) {

  private static final String METER_REGISTRY = "io.micrometer.core.instrument.MeterRegistry";

  /** The schema used when none is named. */
  public static final String DEFAULT_SCHEMA = "points_ledger";

  /**
   * Checks every value.
   *
   * @param schema the schema's name
   * @param migrateOnStart whether migrations are applied on start
   * @param maxAttempts the most attempts per unit of work
   * @param maxBackoff the longest pause between two attempts
   * @param lockEscalationThreshold the most footprint locks taken one by one
   * @param maximumPoolSize the size of the pool the store creates
   * @param groupCommit whether concurrent calls may share a transaction
   * @param maxConcurrentUnits the most transactions at once from this JVM
   * @param meterRegistry null, or a Micrometer {@code MeterRegistry}
   * @throws IllegalArgumentException if the schema is not a plain lower-case identifier, a
   *     number is out of range or the registry is not a Micrometer {@code MeterRegistry}
   */
  public PostgresStoreOptions {
    checkSchema(schema);
    checkArgument(maxAttempts >= 1, "maxAttempts must be at least 1: %s", maxAttempts);
    requireNonNull(maxBackoff, "maxBackoff");
    checkArgument(!maxBackoff.isNegative(), "maxBackoff must not be negative");
    checkArgument(
        lockEscalationThreshold >= 1,
        "lockEscalationThreshold must be at least 1: %s",
        lockEscalationThreshold);
    checkArgument(maximumPoolSize >= 1, "maximumPoolSize must be at least 1: %s", maximumPoolSize);
    checkArgument(
        maxConcurrentUnits >= 1, "maxConcurrentUnits must be at least 1: %s", maxConcurrentUnits);
    checkArgument(
        meterRegistry == null || isMeterRegistry(meterRegistry.getClass()),
        "meterRegistry must be an %s: %s",
        METER_REGISTRY,
        meterRegistry == null ? null : meterRegistry.getClass().getName());
  }

  /** By name, so that checking loads nothing of Micrometer. */
  private static boolean isMeterRegistry(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      if (c.getName().equals(METER_REGISTRY)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The defaults: schema {@value #DEFAULT_SCHEMA}, migrate on start, 10 attempts, backoff up to
   * 200 ms, escalation above 4,096 locks, a pool of 10 connections, group commit on with at most
   * 4 transactions at once.
   *
   * @return the default options
   */
  public static PostgresStoreOptions defaults() {
    return new PostgresStoreOptions(
        DEFAULT_SCHEMA, true, 10, Duration.ofMillis(200), 4_096, 10, true, 4, null);
  }

  /**
   * A builder starting from the defaults.
   *
   * @return a builder holding every default
   */
  public static Builder builder() {
    return defaults().toBuilder();
  }

  /**
   * A builder starting from these options.
   *
   * @return a builder holding every value of these options
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * These options with another schema, the setting most often changed.
   *
   * @param value the schema's name
   * @return the new options
   * @throws IllegalArgumentException if the name is not a plain lower-case identifier
   */
  public PostgresStoreOptions withSchema(String value) {
    return toBuilder().schema(value).build();
  }

  /** Changes options one at a time; {@link #build()} checks them together. */
  public static final class Builder {
    private String schema;
    private boolean migrateOnStart;
    private int maxAttempts;
    private Duration maxBackoff;
    private int lockEscalationThreshold;
    private int maximumPoolSize;
    private boolean groupCommit;
    private int maxConcurrentUnits;
    private Object meterRegistry;

    private Builder(PostgresStoreOptions o) {
      schema = o.schema;
      migrateOnStart = o.migrateOnStart;
      maxAttempts = o.maxAttempts;
      maxBackoff = o.maxBackoff;
      lockEscalationThreshold = o.lockEscalationThreshold;
      maximumPoolSize = o.maximumPoolSize;
      groupCommit = o.groupCommit;
      maxConcurrentUnits = o.maxConcurrentUnits;
      meterRegistry = o.meterRegistry;
    }

    /**
     * Sets the schema (see {@link PostgresStoreOptions#schema()}).
     *
     * @param value the schema's name
     * @return this builder
     */
    public Builder schema(String value) {
      schema = value;
      return this;
    }

    /**
     * Sets whether the store migrates on start (see {@link
     * PostgresStoreOptions#migrateOnStart()}).
     *
     * @param value true to migrate
     * @return this builder
     */
    public Builder migrateOnStart(boolean value) {
      migrateOnStart = value;
      return this;
    }

    /**
     * Sets the bound on attempts (see {@link PostgresStoreOptions#maxAttempts()}).
     *
     * @param value the most attempts per unit of work
     * @return this builder
     */
    public Builder maxAttempts(int value) {
      maxAttempts = value;
      return this;
    }

    /**
     * Sets the longest pause between attempts (see {@link PostgresStoreOptions#maxBackoff()}).
     *
     * @param value the longest pause
     * @return this builder
     */
    public Builder maxBackoff(Duration value) {
      maxBackoff = value;
      return this;
    }

    /**
     * Sets the lock escalation threshold (see {@link
     * PostgresStoreOptions#lockEscalationThreshold()}).
     *
     * @param value the most footprint locks taken one by one
     * @return this builder
     */
    public Builder lockEscalationThreshold(int value) {
      lockEscalationThreshold = value;
      return this;
    }

    /**
     * Sets the size of the pool the store creates (see {@link
     * PostgresStoreOptions#maximumPoolSize()}).
     *
     * @param value the most connections
     * @return this builder
     */
    public Builder maximumPoolSize(int value) {
      maximumPoolSize = value;
      return this;
    }

    /**
     * Sets group commit on or off (see {@link PostgresStoreOptions#groupCommit()}).
     *
     * @param value whether concurrent calls may share a transaction
     * @return this builder
     */
    public Builder groupCommit(boolean value) {
      groupCommit = value;
      return this;
    }

    /**
     * Sets the most transactions at once under group commit (see {@link
     * PostgresStoreOptions#maxConcurrentUnits()}).
     *
     * @param value the most transactions at once
     * @return this builder
     */
    public Builder maxConcurrentUnits(int value) {
      maxConcurrentUnits = value;
      return this;
    }

    /**
     * Sets the registry the store's meters go to (see {@link
     * PostgresStoreOptions#meterRegistry()}).
     *
     * @param value a Micrometer {@code MeterRegistry}, or null for no metrics
     * @return this builder
     */
    public Builder meterRegistry(Object value) {
      meterRegistry = value;
      return this;
    }

    /**
     * Checks the options together.
     *
     * @return the options
     * @throws IllegalArgumentException if the schema is not a plain lower-case identifier or a
     *     number is out of range
     */
    public PostgresStoreOptions build() {
      return new PostgresStoreOptions(
          schema,
          migrateOnStart,
          maxAttempts,
          maxBackoff,
          lockEscalationThreshold,
          maximumPoolSize,
          groupCommit,
          maxConcurrentUnits,
          meterRegistry);
    }
  }

  /**
   * Checks a schema name: a plain lower-case identifier that needs no quoting in SQL.
   *
   * @param schema the name
   * @return the name, unchanged
   * @throws IllegalArgumentException if it is not {@code [a-z_][a-z0-9_]*}, is longer than 63
   *     characters or starts with {@code pg_}
   */
  public static String checkSchema(String schema) {
    return SchemaSql.checkSchema(schema);
  }
}
