package dev.pointsledger.jdbc.internal;

import java.sql.SQLException;
import java.util.Optional;

/** Sorts the failures PostgreSQL reports into what a unit of work does about them. */
final class SqlFailures {
  /** What to do about a failure. */
  enum Kind {
    /** Try again after a pause: serialization failure, deadlock, lock not available, a race. */
    RETRY,
    /** Try again taking the whole ledger: the server's lock table is full. */
    ESCALATE,
    /** The connection or the server is gone; a commit in flight may or may not have happened. */
    CONNECTION,
    /** Anything else: report it. */
    OTHER
  }

  private SqlFailures() {}

  /**
   * The first SQL exception in a cause chain.
   *
   * @param failure the failure
   * @return the SQL exception, if any
   */
  static Optional<SQLException> sqlCause(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql) {
        return Optional.of(sql);
      }
    }
    return Optional.empty();
  }

  /**
   * The SQLSTATE of a failure.
   *
   * @param failure the failure
   * @return the first SQLSTATE in its cause chain, or an empty string
   */
  static String sqlState(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && sql.getSQLState() != null) {
        return sql.getSQLState();
      }
    }
    return "";
  }

  /**
   * Why a unit of work that failed with a failure of kind {@link Kind#RETRY} or {@link
   * Kind#ESCALATE} is tried again, as a metric's tag.
   *
   * @param failure the failure
   * @return {@code serialization}, {@code deadlock}, {@code lock-timeout}, {@code duplicate},
   *     {@code lock-table}, or {@code other}
   */
  static String retryCause(Throwable failure) {
    return switch (sqlState(failure)) {
      case "40001" -> "serialization";
      case "40P01" -> "deadlock";
      case "55P03" -> "lock-timeout";
      case "23505" -> "duplicate";
      case "53200" -> "lock-table";
      default -> "other";
    };
  }

  /**
   * What to do about a failure.
   *
   * @param failure the failure
   * @return its kind
   */
  static Kind classify(Throwable failure) {
    String state = sqlState(failure);
    switch (state) {
      case "40001", "40P01", "55P03" -> {
        return Kind.RETRY;
      }
      case "23505" -> {
        // a concurrent insert of the same entry id by a processor whose footprint did not hold
        // it: the next attempt reads the entry and replays it
        return Kind.RETRY;
      }
      case "53200" -> {
        return Kind.ESCALATE;
      }
      case "57P01", "57P02", "57P03" -> {
        return Kind.CONNECTION;
      }
      default -> {
        return state.startsWith("08") ? Kind.CONNECTION : Kind.OTHER;
      }
    }
  }
}
