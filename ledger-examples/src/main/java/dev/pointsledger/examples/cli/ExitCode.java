package dev.pointsledger.examples.cli;

/**
 * The exit codes every subcommand keeps, for scripts to rely on.
 *
 * <ul>
 *   <li>{@value #CLEAN}: done, nothing wrong found;
 *   <li>{@value #FINDINGS}: done, and something is wrong in the ledger or the input compared (a
 *       broken invariant, a mismatch, a command refused that should not have been);
 *   <li>{@value #BAD_INPUT}: not done: the command line or an input file is wrong;
 *   <li>{@value #UNREACHABLE}: not done: the database or a file could not be reached.
 * </ul>
 */
public final class ExitCode {
  /** Done, nothing wrong found. */
  public static final int CLEAN = 0;

  /** Done, and findings: violations, mismatches, unexpected refusals. */
  public static final int FINDINGS = 1;

  /** Bad usage or bad input: nothing was done. */
  public static final int BAD_INPUT = 2;

  /** The database or a file could not be reached: nothing was done. */
  public static final int UNREACHABLE = 3;

  private ExitCode() {}
}
