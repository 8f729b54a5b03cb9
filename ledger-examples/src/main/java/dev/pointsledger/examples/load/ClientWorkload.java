package dev.pointsledger.examples.load;

import dev.pointsledger.core.command.Command;
import dev.pointsledger.core.command.GrantPoints;
import dev.pointsledger.core.command.PurchaseSolution;
import dev.pointsledger.core.sample.ActivityBatch;
import dev.pointsledger.core.sample.ActivityGenerator;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * One client's commands: rounds of a year's activity for its own manufacturers, in order, the
 * mix's commands only, in calls of at most the batch size and of one business day each. Round
 * {@code r} of client {@code c} of {@code n} plays generation {@code g = r * n + c}: a generator
 * whose manufacturers are distinct from every other generation's, so that clients never touch
 * each other's manufacturers and a run can go on past one year of activity.
 */
final class ClientWorkload implements Iterator<ActivityBatch> {
  /** The multiplier of a manufacturer's index in {@code ActivityGenerator}'s numbering. */
  private static final long INDEX_STEP = 2_654_437L;
  /** The multiplier of the seed in {@code ActivityGenerator}'s offset. */
  private static final long SEED_STEP = 1_000_003L;
  /** The range of manufacturer numbers a generator draws from. */
  private static final long RANGE = ActivityGenerator.MAX_MANUFACTURERS;
  private static final long SEED_INVERSE =
      BigInteger.valueOf(SEED_STEP).modInverse(BigInteger.valueOf(RANGE)).longValueExact();

  private final int client;
  private final int clients;
  private final int perGeneration;
  private final long seed;
  private final int batchSize;
  private final LoadMix mix;
  private int round;
  private int lastRound;
  private Iterator<ActivityBatch> current;
  private ActivityBatch pending;
  private boolean hotGranted;
  private ActivityBatch next;

  ClientWorkload(int client, LoadSettings settings) {
    this.client = client;
    this.clients = settings.clients();
    this.perGeneration = settings.manufacturers() / settings.clients();
    this.seed = settings.seed();
    this.batchSize = settings.batchSize();
    this.mix = settings.mix();
  }

  /**
   * The seed of a generation: one whose generator numbers its manufacturers from {@code g *
   * perGeneration} on, in the sequence every generator walks, so that generations never meet.
   */
  static long seedOf(long generation, int perGeneration, long userSeed) {
    long offset = Math.floorMod(generation * perGeneration % RANGE * INDEX_STEP, RANGE);
    long base = Math.floorMod(offset % RANGE * SEED_INVERSE, RANGE);
    return base + userSeed * RANGE;
  }

  /** Whether another generation has manufacturers no earlier generation played. */
  private boolean nextGeneration() {
    long generation = (long) round * clients + client;
    if ((generation + 1) * perGeneration > RANGE) {
      return false;
    }
    round++;
    current =
        ActivityGenerator.of(perGeneration, seedOf(generation, perGeneration, seed))
            .batches(batchSize)
            .iterator();
    return true;
  }

  /** The round (from 0) of the batch {@link #next} returned last. */
  int round() {
    return lastRound;
  }

  @Override
  public boolean hasNext() {
    if (next == null) {
      next = take();
    }
    return next != null;
  }

  @Override
  public ActivityBatch next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    ActivityBatch batch = next;
    next = null;
    return batch;
  }

  /** The next call: the mix's commands of one day, at most a batch of them. */
  private ActivityBatch take() {
    LocalDate day = null;
    List<Command> commands = new ArrayList<>(batchSize);
    while (commands.size() < batchSize) {
      if (pending == null) {
        if (current == null || !current.hasNext()) {
          // a call ends with its generation; the next one starts the next generation
          if (!commands.isEmpty() || !nextGeneration()) {
            break;
          }
          continue;
        }
        pending = filtered(current.next());
        if (pending == null) {
          continue;
        }
      }
      if (day != null && !pending.day().equals(day)) {
        break;
      }
      day = pending.day();
      int room = batchSize - commands.size();
      List<Command> all = pending.commands();
      if (all.size() <= room) {
        commands.addAll(all);
        pending = null;
      } else {
        commands.addAll(all.subList(0, room));
        pending = new ActivityBatch(day, List.copyOf(all.subList(room, all.size())));
      }
    }
    lastRound = round - 1;
    return commands.isEmpty() ? null : new ActivityBatch(day, List.copyOf(commands));
  }

  private ActivityBatch filtered(ActivityBatch batch) {
    List<Command> taken = new ArrayList<>(batch.commands().size());
    for (Command c : batch.commands()) {
      if (!mix.takes(c)) {
        continue;
      }
      if (mix == LoadMix.ONE_MANUFACTURER) {
        if (c instanceof GrantPoints g) {
          // the other manufacturers are not granted: purchases come sooner, all of them the hot
          // one's; its grant takes the day of the first grant, before every purchase
          if (client == 0 && !hotGranted) {
            taken.add(OneManufacturer.grantLike(g));
            hotGranted = true;
          }
          continue;
        }
        if (c instanceof PurchaseSolution p) {
          c = OneManufacturer.spend(p);
        }
      }
      taken.add(c);
    }
    return taken.isEmpty() ? null : new ActivityBatch(batch.day(), taken);
  }
}
