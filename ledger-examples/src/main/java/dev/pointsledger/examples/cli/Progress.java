package dev.pointsledger.examples.cli;

import java.io.PrintStream;

/**
 * A progress bar on stderr for long work, redrawn at most five times a second: how far, how fast
 * (per second) and how long is left. Silent when stderr is not a terminal, so that a script's logs
 * hold results only.
 */
final class Progress {
  private static final int WIDTH = 30;
  private static final long REDRAW_NANOS = 200_000_000L;

  private final PrintStream err;
  private final CliText text;
  private final boolean shown;
  private final long total;
  private final String unit;
  private final long started = System.nanoTime();
  private long done;
  private long drawn;

  private Progress(CliContext ctx, long total, String unitKey) {
    this.err = ctx.err();
    this.text = ctx.text();
    this.shown = ctx.terminal();
    this.total = Math.max(1, total);
    this.unit = text.get(unitKey);
  }

  /**
   * Starts a bar.
   *
   * @param ctx the context: the bar shows only on a terminal
   * @param total how much work there is
   * @param unitKey the text key of what is counted (commands, entries)
   */
  static Progress start(CliContext ctx, long total, String unitKey) {
    return new Progress(ctx, total, unitKey);
  }

  /** Adds finished work and redraws if it is time. */
  void advance(long amount) {
    done += amount;
    long now = System.nanoTime();
    if (shown && now - drawn >= REDRAW_NANOS) {
      drawn = now;
      draw(now);
    }
  }

  /** Sets the finished work and redraws if it is time. */
  void at(long value) {
    advance(value - done);
  }

  /** Draws the finished bar and ends its line. */
  void finish() {
    if (shown) {
      draw(System.nanoTime());
      err.println();
    }
  }

  private void draw(long now) {
    double seconds = Math.max(1e-9, (now - started) / 1e9);
    long rate = Math.round(done / seconds);
    long left = rate == 0 ? 0 : Math.max(0, (total - done) / Math.max(1, rate));
    int filled = (int) Math.min(WIDTH, WIDTH * done / total);
    String bar = "#".repeat(filled) + ".".repeat(WIDTH - filled);
    err.print(
        "\r" + text.get("progress.line", bar, 100 * done / total, done, total, unit, rate, left));
    err.flush();
  }
}
