package dev.pointsledger.jdbc.internal;

import dev.pointsledger.core.command.CommandOutcome;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The store's metrics as Micrometer meters, every one tagged with the schema ({@code
 * ledger.schema}); docs/jdbc.md lists them. The only class of the module that uses Micrometer:
 * {@link StoreMetrics#of} creates it only for a registry, so without Micrometer on the class path
 * it is never loaded.
 */
final class MicrometerMetrics extends StoreMetrics {
  private final MeterRegistry registry;
  private final Tags tags;
  private final Counter applied;
  private final Counter replayed;
  private final ConcurrentHashMap<String, Counter> refused = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, Counter> retries = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, Counter> failures = new ConcurrentHashMap<>();
  private final Timer calls;
  private final DistributionSummary groupCalls;
  private final DistributionSummary groupCommands;
  private final Timer chainLock;
  private final Timer flush;

  private MicrometerMetrics(MeterRegistry registry, String schema) {
    this.registry = registry;
    this.tags = Tags.of("ledger.schema", schema);
    this.applied = commands("applied", "none");
    this.replayed = commands("replayed", "none");
    this.calls =
        timer("ledger.execute", "calls of execute, from the call to its durable outcomes");
    this.groupCalls =
        summary("ledger.group.calls", "callers sharing one transaction (group commit)");
    this.groupCommands =
        summary("ledger.group.commands", "commands in one transaction");
    this.chainLock =
        timer("ledger.chain.lock.wait", "time a transaction waited for the chain lock");
    this.flush =
        timer("ledger.flush.wait", "time a transaction waited for its commit to be durable");
  }

  /**
   * The meters, registered in a registry.
   *
   * @param registry a {@code MeterRegistry}
   * @param schema the store's schema
   * @return the metrics
   * @throws IllegalArgumentException if the registry is not a Micrometer registry
   */
  static StoreMetrics create(Object registry, String schema) {
    if (!(registry instanceof MeterRegistry r)) {
      throw new IllegalArgumentException(
          "meterRegistry must be an io.micrometer.core.instrument.MeterRegistry: "
              + registry.getClass().getName());
    }
    return new MicrometerMetrics(r, schema);
  }

  private Timer timer(String name, String description) {
    return Timer.builder(name).description(description).tags(tags).register(registry);
  }

  private DistributionSummary summary(String name, String description) {
    return DistributionSummary.builder(name).description(description).tags(tags).register(registry);
  }

  private Counter commands(String outcome, String code) {
    return Counter.builder("ledger.commands")
        .description("commands by outcome (applied, replayed, refused) and refusal code")
        .tags(tags)
        .tag("outcome", outcome)
        .tag("code", code)
        .register(registry);
  }

  @Override
  void executed(List<CommandOutcome> outcomes, long nanos) {
    calls.record(nanos, TimeUnit.NANOSECONDS);
    for (CommandOutcome o : outcomes) {
      if (o instanceof CommandOutcome.Applied a) {
        (a.replayed() ? replayed : applied).increment();
      } else if (o instanceof CommandOutcome.Refused r) {
        refused.computeIfAbsent(r.rejection().code().name(), c -> commands("refused", c))
            .increment();
      }
    }
  }

  @Override
  void failed(Throwable failure, long nanos) {
    calls.record(nanos, TimeUnit.NANOSECONDS);
    failures
        .computeIfAbsent(
            failure.getClass().getSimpleName(),
            type ->
                Counter.builder("ledger.failures")
                    .description("calls of execute that threw, by exception")
                    .tags(tags)
                    .tag("exception", type)
                    .register(registry))
        .increment();
  }

  @Override
  void retried(String cause) {
    retries
        .computeIfAbsent(
            cause,
            c ->
                Counter.builder("ledger.retries")
                    .description("units of work tried again, by cause")
                    .tags(tags)
                    .tag("cause", c)
                    .register(registry))
        .increment();
  }

  @Override
  void grouped(int callers, int commands) {
    groupCalls.record(callers);
    groupCommands.record(commands);
  }

  @Override
  void chainLockWaited(long nanos) {
    chainLock.record(nanos, TimeUnit.NANOSECONDS);
  }

  @Override
  void flushWaited(long nanos) {
    flush.record(nanos, TimeUnit.NANOSECONDS);
  }
}
