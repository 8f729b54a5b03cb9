package dev.pointsledger.jdbc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SqlFailuresTest {
  @ParameterizedTest
  @CsvSource({
    "40001, RETRY",
    "40P01, RETRY",
    "55P03, RETRY",
    "23505, RETRY",
    "53200, ESCALATE",
    "57P01, CONNECTION",
    "08006, CONNECTION",
    "08003, CONNECTION",
    "23514, OTHER",
    "42P01, OTHER",
    "P0001, OTHER"
  })
  void classify_sortsPostgresStates(String state, SqlFailures.Kind kind) {
    RuntimeException wrapped = new RuntimeException("jdbi", new SQLException("pg", state));
    assertEquals(kind, SqlFailures.classify(wrapped));
  }

  @ParameterizedTest
  @CsvSource({
    "40001, serialization",
    "40P01, deadlock",
    "55P03, lock-timeout",
    "23505, duplicate",
    "53200, lock-table",
    "42P01, other"
  })
  void retryCause_namesWhyAUnitIsTriedAgain(String state, String cause) {
    RuntimeException wrapped = new RuntimeException("jdbi", new SQLException("pg", state));
    assertEquals(cause, SqlFailures.retryCause(wrapped));
  }

  @Test
  void classify_withoutSqlState_isOther() {
    assertEquals(SqlFailures.Kind.OTHER, SqlFailures.classify(new RuntimeException("no sql")));
    assertEquals("", SqlFailures.sqlState(new RuntimeException("no sql")));
  }
}
