package dev.pointsledger.examples.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.lang.reflect.Constructor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.MutuallyExclusiveArgsException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Runs the command line in-process and returns its exit code ({@link ExitCode}), never calling
 * {@code System.exit}: what {@code main} and the end-to-end tests share.
 */
public final class Cli {
  private Cli() {}

  /**
   * Runs one command line.
   *
   * @param args the arguments
   * @param out where results go
   * @param err where progress, warnings and errors go
   * @param env the environment ({@code System.getenv()} for a real run)
   * @param workingDirectory where relative paths start
   * @param terminal whether {@code err} is a terminal a person watches (progress is shown then)
   * @return the exit code
   */
  public static int run(
      String[] args,
      PrintStream out,
      PrintStream err,
      Map<String, String> env,
      Path workingDirectory,
      boolean terminal) {
    boolean verbose = has(args, "--verbose");
    configureLogging(verbose);
    CliText text = CliText.of(Locale.getDefault());
    String lang = valueOf(args, "--lang");
    if (lang != null) {
      CliText chosen = CliText.forTag(lang);
      if (chosen == null) {
        err.println(text.get("error.lang", lang));
        return ExitCode.BAD_INPUT;
      }
      text = chosen;
    }
    CliContext ctx = new CliContext(text, out, err, env, workingDirectory, terminal, verbose);
    CommandLine cl = new CommandLine(PointsLedgerCommand.class, new Factory(ctx));
    cl.setResourceBundle(text.help());
    cl.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
    cl.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setParameterExceptionHandler((e, a) -> usageError(e, ctx));
    cl.setExecutionExceptionHandler(
        (e, commandLine, parsed) -> {
          err.println(Failures.line(e, ctx.text()));
          if (verbose) {
            e.printStackTrace(err);
          }
          return Failures.exitCode(e);
        });
    return cl.execute(args);
  }

  private static int usageError(ParameterException e, CliContext ctx) {
    CliText text = ctx.text();
    String line;
    if (e instanceof UnmatchedArgumentException u) {
      line = text.get("error.usage.unknown", String.join(" ", u.getUnmatched()));
    } else if (e instanceof MissingParameterException m) {
      line =
          text.get(
              "error.usage.missing",
              String.join(", ", m.getMissing().stream().map(Cli::name).toList()));
    } else if (e instanceof MutuallyExclusiveArgsException) {
      line = text.get("error.usage.exclusive", String.join(", ", exclusiveGiven(e)));
    } else if (e.getArgSpec() != null && e.getValue() != null) {
      line = text.get("error.usage.value", name(e.getArgSpec()), e.getValue());
    } else {
      line = text.get("error.usage.other", Failures.rootMessage(e));
    }
    ctx.err()
        .println(
            text.get(
                "error.usage.help", line, e.getCommandLine().getCommandSpec().qualifiedName()));
    if (ctx.verbose()) {
      e.printStackTrace(ctx.err());
    }
    return ExitCode.BAD_INPUT;
  }

  /**
   * The options given together that an exclusive group allows one of: picocli's exception says so
   * only in English, so the names are found again from what each option matched in this parse.
   */
  private static List<String> exclusiveGiven(ParameterException e) {
    List<String> given = new ArrayList<>();
    for (ArgGroupSpec group : e.getCommandLine().getCommandSpec().argGroups()) {
      if (!group.exclusive()) {
        continue;
      }
      List<String> here = new ArrayList<>();
      for (ArgSpec arg : group.args()) {
        if (!arg.originalStringValues().isEmpty()) {
          here.add(name(arg));
        }
      }
      if (here.size() > 1) {
        given.addAll(here);
      }
    }
    return given;
  }

  private static String name(ArgSpec spec) {
    return spec instanceof OptionSpec o ? o.longestName() : spec.paramLabel();
  }

  private static boolean has(String[] args, String flag) {
    for (String a : args) {
      if (a.equals("--")) {
        return false;
      }
      if (a.equals(flag)) {
        return true;
      }
    }
    return false;
  }

  private static String valueOf(String[] args, String option) {
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--")) {
        return null;
      }
      if (args[i].equals(option) && i + 1 < args.length) {
        return args[i + 1];
      }
      if (args[i].startsWith(option + "=")) {
        return args[i].substring(option.length() + 1);
      }
    }
    return null;
  }

  /**
   * The library, the pool and the embedded server log through SLF4J's simple logger: warnings only
   * (and nothing from the pool, whose failures the command line reports itself), everything with
   * {@code --verbose}. Set once, before the first logger is made.
   */
  private static void configureLogging(boolean verbose) {
    System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", verbose ? "debug" : "warn");
    System.setProperty("org.slf4j.simpleLogger.log.com.zaxxer.hikari", verbose ? "debug" : "off");
    System.setProperty("org.slf4j.simpleLogger.log.io.zonky", verbose ? "debug" : "error");
  }

  /** Makes subcommands with the context, through their {@code (CliContext)} constructor. */
  private static final class Factory implements IFactory {
    private final CliContext ctx;
    private final IFactory fallback = CommandLine.defaultFactory();

    Factory(CliContext ctx) {
      this.ctx = ctx;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
      for (Constructor<?> c : type.getDeclaredConstructors()) {
        if (c.getParameterCount() == 1 && c.getParameterTypes()[0] == CliContext.class) {
          c.setAccessible(true);
          return type.cast(c.newInstance(ctx));
        }
      }
      return fallback.create(type);
    }
  }
}
