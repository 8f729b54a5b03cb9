package dev.pointsledger.examples.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pointsledger.core.audit.VerificationReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;

/**
 * The figures of one load run, as lines for a reader ({@link #lines(Texts)}) and as one line of JSON
 * for a script ({@link #json()}).
 *
 * @param figures every figure, by name, in the order they are printed; numbers, strings,
 *     booleans and maps of them
 */
public record LoadReport(Map<String, Object> figures) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Keeps the figures, unchanged.
   *
   * @param figures every figure, by name
   */
  public LoadReport {
    figures = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(figures));
  }

  /**
   * One point of the run's timeline.
   *
   * @param atSeconds seconds since the clients started (warm-up included)
   * @param entries the journal's length then
   * @param commandsPerSecond commands the clients completed per second since the point before
   */
  public record Sample(double atSeconds, long entries, double commandsPerSecond) {}

  /** What one client counted, for {@link #of}. */
  record Client(
      Histogram latency,
      Map<String, Long> refusals,
      long submitted,
      long measuredCommands,
      long measuredCalls,
      long applied,
      long replayed,
      long refused,
      long failures,
      boolean exhausted) {}

  static LoadReport of(
      LoadSettings settings,
      String schema,
      Map<String, String> server,
      List<Client> clients,
      long measuredNanos,
      long walFlushes,
      long entries,
      Map<String, Long> tableBytes,
      VerificationReport audit,
      long auditNanos,
      List<Sample> timeline) {
    Histogram latency = new Histogram(3);
    Map<String, Long> refusals = new TreeMap<>();
    long submitted = 0;
    long commands = 0;
    long calls = 0;
    long applied = 0;
    long replayed = 0;
    long refused = 0;
    long failures = 0;
    int exhausted = 0;
    for (Client c : clients) {
      latency.add(c.latency());
      c.refusals().forEach((code, n) -> refusals.merge(code, n, Long::sum));
      submitted += c.submitted();
      commands += c.measuredCommands();
      calls += c.measuredCalls();
      applied += c.applied();
      replayed += c.replayed();
      refused += c.refused();
      failures += c.failures();
      exhausted += c.exhausted() ? 1 : 0;
    }
    double seconds = measuredNanos / 1e9;
    long bytes = tableBytes.values().stream().mapToLong(Long::longValue).sum();
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("clients", settings.clients());
    f.put("batchSize", settings.batchSize());
    f.put("durationSeconds", settings.duration().toSeconds());
    f.put("warmUpSeconds", settings.warmUp().toSeconds());
    f.put("mix", settings.mix().name().toLowerCase(Locale.ROOT));
    f.put("manufacturers", settings.manufacturers());
    f.put("groupCommit", settings.groupCommit());
    f.put("maxConcurrentUnits", settings.maxConcurrentUnits());
    f.put("seed", settings.seed());
    f.put("schema", schema);
    f.put("server", server);
    f.put("cores", Runtime.getRuntime().availableProcessors());
    f.put("java", Runtime.version().toString());
    f.put("measuredSeconds", round(seconds, 3));
    f.put("commands", commands);
    f.put("calls", calls);
    f.put("commandsPerSecond", seconds > 0 ? round(commands / seconds, 1) : 0.0);
    f.put("callsPerSecond", seconds > 0 ? round(calls / seconds, 1) : 0.0);
    f.put("applied", applied);
    f.put("replayed", replayed);
    f.put("refused", refused);
    f.put("refusedByCode", refusals);
    f.put("failedCalls", failures);
    f.put("clientsOutOfWork", exhausted);
    f.put("latencyP50Ms", millis(latency, 50));
    f.put("latencyP99Ms", millis(latency, 99));
    f.put("latencyP999Ms", millis(latency, 99.9));
    // Little's law: the mean number of clients inside a call; the rest of the clients' time is
    // spent waiting at the day gate or making the next call
    f.put(
        "callsInFlight",
        seconds > 0 ? round(latency.getMean() * latency.getTotalCount() / 1e6 / seconds, 2) : 0.0);
    f.put("latencyMaxMs", latency.getTotalCount() == 0 ? 0.0 : round(latency.getMaxValue() / 1e3, 3));
    f.put("commandsSubmitted", submitted);
    f.put("walFlushes", walFlushes);
    f.put(
        "walFlushesPerCommand",
        walFlushes < 0 || submitted == 0 ? -1.0 : round(walFlushes / (double) submitted, 4));
    f.put("entries", entries);
    f.put("bytes", bytes);
    f.put("bytesPerEntry", entries == 0 ? 0.0 : round(bytes / (double) entries, 1));
    f.put("tableBytes", tableBytes);
    f.put("verified", audit != null);
    if (audit != null) {
      f.put("verifyClean", audit.clean());
      f.put("verifyFindings", audit.findings().size() + audit.findingsOmitted());
      f.put("verifyEntries", audit.entriesRead());
      f.put("verifySeconds", round(auditNanos / 1e9, 3));
    }
    List<Map<String, Object>> points = new ArrayList<>();
    for (Sample sample : timeline) {
      Map<String, Object> point = new LinkedHashMap<>();
      point.put("atSeconds", round(sample.atSeconds(), 1));
      point.put("entries", sample.entries());
      point.put("commandsPerSecond", round(sample.commandsPerSecond(), 1));
      points.add(point);
    }
    f.put("timeline", points);
    return new LoadReport(f);
  }

  /**
   * Whether the run's ledger passed its audit (true when it was not audited) and no call failed.
   *
   * @return true if nothing went wrong
   */
  public boolean clean() {
    return !Boolean.FALSE.equals(figures.get("verifyClean"))
        && ((Number) figures.get("failedCalls")).longValue() == 0;
  }

  /**
   * Where the report's texts come from: the command line's bundles, in the reader's language.
   */
  @FunctionalInterface
  public interface Texts {
    /**
     * A text, its arguments formatted for the reader.
     *
     * @param key the text's key
     * @param arguments its arguments
     * @return the text
     */
    String get(String key, Object... arguments);
  }

  /**
   * The figures for a reader, in the language of the texts given.
   *
   * @param texts the texts of the keys {@code load.report.*}
   * @return lines, without line ends
   */
  public List<String> lines(Texts texts) {
    Map<String, Object> f = figures;
    List<String> lines = new ArrayList<>();
    lines.add(
        texts.get(
            "load.report.run",
            f.get("clients"),
            f.get("batchSize"),
            String.valueOf(f.get("mix")),
            f.get("manufacturers"),
            texts.get(
                Boolean.TRUE.equals(f.get("groupCommit")) ? "load.report.on" : "load.report.off"),
            f.get("durationSeconds"),
            f.get("warmUpSeconds")));
    lines.add(
        texts.get(
            "load.report.server",
            String.valueOf(f.get("server")),
            f.get("cores"),
            String.valueOf(f.get("java"))));
    lines.add(
        texts.get(
            "load.report.throughput",
            f.get("commandsPerSecond"),
            f.get("callsPerSecond"),
            f.get("commands"),
            f.get("measuredSeconds"),
            f.get("applied"),
            f.get("replayed"),
            f.get("refused"),
            String.valueOf(f.get("refusedByCode")),
            f.get("failedCalls")));
    lines.add(
        texts.get(
            "load.report.latency",
            f.get("latencyP50Ms"),
            f.get("latencyP99Ms"),
            f.get("latencyP999Ms"),
            f.get("latencyMaxMs")));
    lines.add(
        texts.get(
            "load.report.wal",
            f.get("walFlushes"),
            f.get("commandsSubmitted"),
            f.get("walFlushesPerCommand")));
    lines.add(
        texts.get(
            "load.report.storage",
            f.get("entries"),
            f.get("bytes"),
            f.get("bytesPerEntry"),
            String.valueOf(f.get("tableBytes"))));
    if (f.get("timeline") instanceof List<?> points && !points.isEmpty()) {
      List<String> shown = new ArrayList<>();
      for (Object o : points) {
        Map<?, ?> point = (Map<?, ?>) o;
        shown.add(
            texts.get(
                "load.report.sample",
                point.get("atSeconds"),
                point.get("entries"),
                point.get("commandsPerSecond")));
      }
      lines.add(texts.get("load.report.timeline", String.join("; ", shown)));
    }
    if (Boolean.TRUE.equals(f.get("verified"))) {
      String verdict =
          Boolean.TRUE.equals(f.get("verifyClean"))
              ? texts.get("load.report.clean")
              : texts.get("load.report.findings", f.get("verifyFindings"));
      lines.add(
          texts.get(
              "load.report.verified", verdict, f.get("verifyEntries"), f.get("verifySeconds")));
    } else {
      lines.add(texts.get("load.report.notVerified"));
    }
    return lines;
  }

  /**
   * Every figure as one line of JSON.
   *
   * @return the JSON object, without a line end
   */
  public String json() {
    try {
      return JSON.writeValueAsString(figures);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("figures are plain values", e);
    }
  }

  private static double millis(Histogram h, double percentile) {
    return h.getTotalCount() == 0 ? 0.0 : round(h.getValueAtPercentile(percentile) / 1e3, 3);
  }

  private static double round(double value, int digits) {
    double scale = Math.pow(10, digits);
    return Math.round(value * scale) / scale;
  }
}
