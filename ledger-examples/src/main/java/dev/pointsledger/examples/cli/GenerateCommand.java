package dev.pointsledger.examples.cli;

import dev.pointsledger.core.command.CommandOutcome;
import dev.pointsledger.core.command.CommandType;
import dev.pointsledger.core.error.RejectionCode;
import dev.pointsledger.core.sample.ActivityBatch;
import dev.pointsledger.core.sample.ActivityClock;
import dev.pointsledger.core.sample.ActivityGenerator;
import dev.pointsledger.core.sample.ActivitySummary;
import dev.pointsledger.jdbc.PostgresStoreOptions;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code generate}: a year of realistic activity ({@link ActivityGenerator}) submitted into an
 * empty ledger, batch by batch, with a progress bar on a terminal; exit code 1 if the ledger
 * refused anything the generator did not refuse on purpose.
 */
@Command(name = "generate", mixinStandardHelpOptions = true)
final class GenerateCommand implements Callable<Integer> {
  private final CliContext ctx;

  @Mixin LedgerOptions where;

  @Option(
      names = "--manufacturers",
      paramLabel = "N",
      defaultValue = "1000",
      descriptionKey = "option.manufacturers")
  int manufacturers;

  @Option(names = "--seed", paramLabel = "SEED", defaultValue = "7", descriptionKey = "option.seed")
  long seed;

  @Option(
      names = "--batch-size",
      paramLabel = "N",
      defaultValue = "1000",
      descriptionKey = "option.batchSize")
  int batchSize;

  GenerateCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    if (manufacturers < 1 || manufacturers > ActivityGenerator.MAX_MANUFACTURERS) {
      throw new CliException(
          ExitCode.BAD_INPUT,
          "error.manufacturers",
          manufacturers,
          ActivityGenerator.MAX_MANUFACTURERS);
    }
    if (batchSize < 1) {
      throw new CliException(ExitCode.BAD_INPUT, "error.batchSize", batchSize);
    }
    ActivityGenerator activity = ActivityGenerator.of(manufacturers, seed);
    ActivitySummary plan = activity.summary();
    ActivityClock clock = ActivityClock.at(plan.firstDay());
    try (LedgerSession session =
        LedgerSession.open(
            ctx, where, clock, LedgerSession.Access.WRITE, PostgresStoreOptions.DEFAULT_SCHEMA)) {
      session.requireEmpty("generate");
      ctx.say(
          "generate.start", manufacturers, Long.toString(seed), plan.commands(), session.where());
      Map<RejectionCode, Long> refused = new EnumMap<>(RejectionCode.class);
      Progress progress = Progress.start(ctx, plan.commands(), "progress.commands");
      for (ActivityBatch batch : activity.batches(batchSize)) {
        clock.setDay(batch.day());
        for (CommandOutcome outcome : session.ledger().submitAll(batch.commands())) {
          if (outcome instanceof CommandOutcome.Refused r) {
            refused.merge(r.rejection().code(), 1L, Long::sum);
          }
        }
        progress.advance(batch.commands().size());
      }
      progress.finish();
      report(plan, session);
      return compare(plan.expectedRefusals(), refused);
    }
  }

  private void report(ActivitySummary s, LedgerSession session) {
    ctx.say(
        "generate.supply", s.vendors(), s.solutions(), s.listedSolutions(), s.categories().size());
    ctx.say(
        "generate.demand",
        s.manufacturers(),
        s.pointsGranted(),
        s.commandsOf(CommandType.PURCHASE_SOLUTION)
            - deliberate(s, RejectionCode.MORE_THAN_HALF_OF_PRICE),
        s.pointsReserved(),
        s.oddPrices());
    ctx.say(
        "generate.claims",
        s.commandsOf(CommandType.CANCEL_CONTRACT),
        s.commandsOf(CommandType.FILE_CLAIM) - deliberate(s, RejectionCode.CONTRACT_NOT_ENDED),
        s.commandsOf(CommandType.APPROVE_CLAIM),
        s.commandsOf(CommandType.REJECT_CLAIM),
        s.commandsOf(CommandType.SETTLE_CLAIMS),
        s.commandsOf(CommandType.LAPSE_POINTS));
    ctx.say(
        "generate.done",
        session.store().headSequence(),
        ctx.text().day(s.firstDay()),
        ctx.text().day(s.lastDay()),
        session.where());
    if (!session.persistent()) {
      ctx.say("generate.inMemory");
    }
  }

  /** The refusals of a code the generator makes on purpose. */
  private static long deliberate(ActivitySummary s, RejectionCode code) {
    return s.expectedRefusals().getOrDefault(code, 0L);
  }

  private int compare(Map<RejectionCode, Long> expected, Map<RejectionCode, Long> actual) {
    Map<RejectionCode, Long> all = new EnumMap<>(RejectionCode.class);
    all.putAll(expected);
    all.putAll(actual);
    boolean findings = false;
    for (RejectionCode code : all.keySet()) {
      long wanted = expected.getOrDefault(code, 0L);
      long got = actual.getOrDefault(code, 0L);
      ctx.say(
          wanted == got ? "generate.refusals" : "generate.refusals.unexpected",
          code.name(),
          code.rule(),
          got,
          wanted);
      findings |= wanted != got;
    }
    return findings ? ExitCode.FINDINGS : ExitCode.CLEAN;
  }
}
