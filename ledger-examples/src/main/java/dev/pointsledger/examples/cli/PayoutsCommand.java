package dev.pointsledger.examples.cli;

import dev.pointsledger.core.finance.JournalSource;
import dev.pointsledger.core.finance.export.FinanceTables;
import dev.pointsledger.core.finance.payout.BadRow;
import dev.pointsledger.core.finance.payout.PayoutApplication;
import dev.pointsledger.core.finance.payout.PayoutApplier;
import dev.pointsledger.core.finance.payout.PayoutFile;
import dev.pointsledger.core.finance.payout.PayoutFileException;
import dev.pointsledger.core.finance.payout.PayoutFileReader;
import dev.pointsledger.core.finance.payout.PayoutLine;
import dev.pointsledger.core.finance.payout.PayoutMatch;
import dev.pointsledger.core.finance.payout.PayoutMatcher;
import dev.pointsledger.core.finance.payout.PayoutOutcome;
import dev.pointsledger.core.finance.payout.PayoutReadOptions;
import dev.pointsledger.jdbc.PostgresStoreOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code payouts}: the office's payout file against the approved claims ({@link PayoutMatcher}),
 * and the matched payouts settled ({@link PayoutApplier}, idempotent: applying a file twice writes
 * nothing the second time).
 */
@Command(
    name = "payouts",
    mixinStandardHelpOptions = true,
    subcommands = {PayoutsCommand.Match.class, PayoutsCommand.Apply.class})
final class PayoutsCommand implements Callable<Integer> {
  private final CliContext ctx;

  @Spec CommandSpec spec;

  PayoutsCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(ctx.err());
    return ExitCode.BAD_INPUT;
  }

  /** The options of both: the file, its charset, the ledger, the report's folder. */
  static final class FileOptions {
    @Option(
        names = "--file",
        paramLabel = "CSV",
        required = true,
        descriptionKey = "option.payoutFile")
    Path file;

    @Option(
        names = "--charset",
        paramLabel = "NAME",
        defaultValue = "UTF-8",
        descriptionKey = "option.charset")
    String charset;

    @Option(names = "--no-header", descriptionKey = "option.noHeader")
    boolean noHeader;

    @Option(
        names = {"-o", "--output"},
        paramLabel = "DIR",
        defaultValue = "payouts",
        descriptionKey = "option.reportDir")
    Path output;

    PayoutFile read(CliContext ctx) {
      Path path = ctx.resolve(file);
      PayoutReadOptions options;
      try {
        options = PayoutReadOptions.charset(charset).withHeader(!noHeader);
      } catch (IllegalArgumentException e) {
        throw new CliException(ExitCode.BAD_INPUT, e, "error.charset", charset);
      }
      try {
        return PayoutFileReader.read(path, options);
      } catch (PayoutFileException e) {
        throw new CliException(
            ExitCode.BAD_INPUT,
            e,
            "error.payouts.malformed",
            path.toString(),
            Failures.rootMessage(e));
      } catch (IOException e) {
        throw OutputFiles.unreadable(path, e);
      }
    }
  }

  private static LedgerSession open(CliContext ctx, LedgerOptions where, LedgerSession.Access a) {
    return LedgerSession.open(
        ctx, where, Clock.systemUTC(), a, PostgresStoreOptions.DEFAULT_SCHEMA);
  }

  /** Prints a match: counts by outcome, then every line that is not a clean match. */
  static boolean print(CliContext ctx, PayoutFile file, PayoutMatch match) {
    Map<PayoutOutcome, Long> counts = match.counts();
    ctx.say(
        "payouts.counts",
        file.rows().size() + file.badRows().size(),
        counts.getOrDefault(PayoutOutcome.MATCHED, 0L),
        counts.getOrDefault(PayoutOutcome.AMOUNT_MISMATCH, 0L),
        counts.getOrDefault(PayoutOutcome.PAID_NOT_APPROVED, 0L),
        counts.getOrDefault(PayoutOutcome.DUPLICATE, 0L),
        match.badRows().size(),
        match.unpaid().size());
    boolean findings = !match.badRows().isEmpty();
    for (PayoutLine line : match.lines()) {
      if (line.outcome() != PayoutOutcome.MATCHED) {
        findings = true;
        ctx.say("payouts.line", line.row().line(), line.outcome().name(), line.detail());
      }
    }
    for (BadRow bad : match.badRows()) {
      ctx.say("payouts.badRow", bad.line(), bad.problems().toString());
    }
    return findings;
  }

  /** Prints what applying did to one payout. */
  static void printResult(CliContext ctx, PayoutApplication.Result r) {
    ctx.say(
        "payouts.applied." + r.kind().name(),
        r.line(),
        r.payoutReference(),
        r.sequence().map(String::valueOf).orElse("-"),
        r.refusal().map(Enum::name).orElse(""),
        r.message());
  }

  /** {@code payouts match}: reports, writes nothing to the ledger. */
  @Command(name = "match", mixinStandardHelpOptions = true)
  static final class Match implements Callable<Integer> {
    private final CliContext ctx;

    @Mixin LedgerOptions where;

    @Mixin FinanceOptions finance;

    @Mixin FileOptions input;

    Match(CliContext ctx) {
      this.ctx = ctx;
    }

    @Override
    public Integer call() {
      PayoutFile file = input.read(ctx);
      try (LedgerSession session = open(ctx, where, LedgerSession.Access.READ)) {
        PayoutMatch match =
            PayoutMatcher.match(JournalSource.now(session.ledger()), finance.program(), file);
        boolean findings = print(ctx, file, match);
        Path folder = ctx.resolve(input.output);
        List<Path> files =
            finance.write(ctx, FinanceTables.payoutMatch(file, match), folder, "payout-match");
        ctx.say("finance.written", files.size(), folder.toString());
        return findings ? ExitCode.FINDINGS : ExitCode.CLEAN;
      }
    }
  }

  /** {@code payouts apply}: matches, then settles every matched payout, in one batch. */
  @Command(name = "apply", mixinStandardHelpOptions = true)
  static final class Apply implements Callable<Integer> {
    private final CliContext ctx;

    @Mixin LedgerOptions where;

    @Mixin FinanceOptions finance;

    @Mixin FileOptions input;

    Apply(CliContext ctx) {
      this.ctx = ctx;
    }

    @Override
    public Integer call() {
      PayoutFile file = input.read(ctx);
      try (LedgerSession session = open(ctx, where, LedgerSession.Access.READ)) {
        PayoutMatch match =
            PayoutMatcher.match(JournalSource.now(session.ledger()), finance.program(), file);
        boolean findings = print(ctx, file, match);
        PayoutApplication applied = PayoutApplier.apply(session.ledger(), match);
        for (PayoutApplication.Result r : applied.results()) {
          printResult(ctx, r);
        }
        Path folder = ctx.resolve(input.output);
        List<Path> files =
            finance.write(
                ctx, FinanceTables.payoutApplication(match, applied), folder, "payout-application");
        ctx.say("finance.written", files.size(), folder.toString());
        if (applied.status() == PayoutApplication.Status.REFUSED_BAD_ROWS) {
          ctx.say("payouts.refusedBadRows");
          return ExitCode.FINDINGS;
        }
        boolean refused =
            applied.results().stream().anyMatch(r -> r.kind() == PayoutApplication.Kind.REFUSED);
        return findings || refused ? ExitCode.FINDINGS : ExitCode.CLEAN;
      }
    }
  }
}
