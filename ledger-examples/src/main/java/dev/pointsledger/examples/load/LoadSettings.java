package dev.pointsledger.examples.load;

import static java.util.Objects.requireNonNull;

import dev.pointsledger.core.sample.ActivityGenerator;
import java.time.Duration;

/**
 * What a load run does.
 *
 * @param clients client threads, each submitting its own manufacturers' year in order, 1 .. 256
 * @param batchSize commands per call (one call is one transaction, or part of a shared one with
 *     group commit), 1 .. 10,000
 * @param duration how long the run is measured, after the warm-up
 * @param warmUp how long it runs before it is measured
 * @param mix which commands of the year
 * @param manufacturers manufacturers of one round of the year (shared out among the clients; a
 *     client that finishes its share plays fresh manufacturers of a next round)
 * @param groupCommit whether concurrent calls may share a transaction
 * @param maxConcurrentUnits the most transactions the store runs at once, 1 .. 256, or 0 for the
 *     library's default
 * @param seed the seed of the activity, 0 .. 1,000,000
 * @param verify whether the ledger is audited after the run
 * @param sampleEvery how often the run notes the journal's length and the throughput since the
 *     last note (the timeline that shows whether the cost per command grows with the journal)
 */
public record LoadSettings(
    int clients,
    int batchSize,
    Duration duration,
    Duration warmUp,
    LoadMix mix,
    int manufacturers,
    boolean groupCommit,
    int maxConcurrentUnits,
    long seed,
    boolean verify,
    Duration sampleEvery) {

  /**
   * Checks the settings.
   *
   * @param clients client threads
   * @param batchSize commands per call
   * @param duration measured time
   * @param warmUp time before measuring
   * @param mix the commands
   * @param manufacturers manufacturers of one round
   * @param groupCommit whether calls share transactions
   * @param maxConcurrentUnits transactions at once, or 0 for the library's default
   * @param seed the activity's seed
   * @param verify whether to audit afterwards
   * @param sampleEvery how often the timeline is sampled
   * @throws IllegalArgumentException if a number is out of range
   */
  public LoadSettings {
    checkArgument(clients >= 1 && clients <= 256, "clients must be 1 .. 256: %s", clients);
    checkArgument(
        batchSize >= 1 && batchSize <= 10_000, "batch size must be 1 .. 10000: %s", batchSize);
    requireNonNull(duration, "duration");
    requireNonNull(warmUp, "warmUp");
    requireNonNull(mix, "mix");
    requireNonNull(sampleEvery, "sampleEvery");
    checkArgument(
        sampleEvery.toMillis() >= 100 && sampleEvery.toSeconds() <= 3600,
        "the timeline's interval must be 0.1 .. 3600 s: %s",
        sampleEvery);
    checkArgument(!duration.isNegative() && !duration.isZero(), "duration must be positive");
    checkArgument(!warmUp.isNegative(), "warm-up must not be negative");
    checkArgument(
        manufacturers >= clients && manufacturers <= ActivityGenerator.MAX_MANUFACTURERS,
        "manufacturers must be %s .. %s: %s",
        clients,
        ActivityGenerator.MAX_MANUFACTURERS,
        manufacturers);
    checkArgument(
        maxConcurrentUnits >= 0 && maxConcurrentUnits <= 256,
        "max concurrent units must be 0 .. 256: %s",
        maxConcurrentUnits);
    checkArgument(seed >= 0 && seed <= 1_000_000, "seed must be 0 .. 1000000: %s", seed);
  }

  private static void checkArgument(boolean ok, String message, Object... values) {
    if (!ok) {
      throw new IllegalArgumentException(String.format(java.util.Locale.ROOT, message, values));
    }
  }
}
