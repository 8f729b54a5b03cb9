package dev.pointsledger.jdbc.testing;

import static dev.pointsledger.core.testing.Fixtures.V1;
import static dev.pointsledger.core.testing.Fixtures.V2;

import dev.pointsledger.core.Ledger;
import dev.pointsledger.core.program.ProgramPresets;
import dev.pointsledger.core.store.LedgerStore;
import dev.pointsledger.core.testing.Fixtures;
import dev.pointsledger.core.testing.MutableClock;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/** Ledgers ready for the 2022 program, and plain SQL against a test server. */
public final class TestLedgers {
  private TestLedgers() {}

  /**
   * A ledger on a store with the 2022 program defined, if it is not yet, on 2022-05-02.
   *
   * @param store the store
   * @return the ledger
   */
  public static Ledger on(LedgerStore store) {
    return on(store, MutableClock.at(Fixtures.MAY_2));
  }

  /**
   * A ledger on a store with the 2022 program defined, if it is not yet.
   *
   * @param store the store
   * @param clock the clock
   * @return the ledger
   */
  public static Ledger on(LedgerStore store, MutableClock clock) {
    Ledger ledger = Ledger.on(store, clock);
    ledger.defineProgram(ProgramPresets.industrialPavilion2022());
    return ledger;
  }

  /**
   * A ledger on a store with the 2022 program and the listed solutions of vendors V1 and V2.
   *
   * @param store the store
   * @return the ledger
   */
  public static Ledger withVendors(LedgerStore store) {
    Ledger ledger = on(store);
    Fixtures.listSolutions(ledger, V1, V2);
    return ledger;
  }

  /**
   * Runs SQL statements on a connection of their own, in autocommit mode.
   *
   * @param dataSource the server
   * @param statements the statements
   * @throws SQLException if one fails
   */
  public static void sql(DataSource dataSource, String... statements) throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      for (String statement : statements) {
        s.execute(statement);
      }
    }
  }
}
