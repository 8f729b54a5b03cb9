package dev.pointsledger.examples.cli;

import dev.pointsledger.core.Ledger;
import dev.pointsledger.core.error.LedgerStoreException;
import dev.pointsledger.jdbc.PostgresLedgerStore;
import dev.pointsledger.jdbc.PostgresStoreOptions;
import java.time.Clock;

/**
 * A subcommand's open ledger and what it holds open for it (a pool, an embedded server); says where
 * the ledger is in the reader's language.
 */
final class LedgerSession implements AutoCloseable {
  /** Whether a subcommand writes (the schema is migrated on start) or only reads. */
  enum Access {
    /** Creates or migrates the schema as needed. */
    WRITE,
    /** Needs a ledger that exists: nothing is created. */
    READ
  }

  private final Ledger ledger;
  private final String where;
  private final LedgerOptions.Database database;

  private LedgerSession(Ledger ledger, String where, LedgerOptions.Database database) {
    this.ledger = ledger;
    this.where = where;
    this.database = database;
  }

  /**
   * Opens the ledger the options name.
   *
   * @param ctx the command line's context
   * @param options where the ledger is
   * @param clock the ledger's clock
   * @param access whether the subcommand writes
   * @param defaultSchema the schema when {@code --schema} names none
   * @return the session
   * @throws CliException if the ledger cannot be opened
   */
  static LedgerSession open(
      CliContext ctx, LedgerOptions options, Clock clock, Access access, String defaultSchema) {
    if (!options.database(ctx)) {
      if (access == Access.READ) {
        throw new CliException(ExitCode.BAD_INPUT, "error.ledger.inMemoryRead");
      }
      return new LedgerSession(Ledger.inMemory(clock), ctx.text().get("ledger.inMemory"), null);
    }
    String schema = options.schemaOr(defaultSchema);
    LedgerOptions.Database db = options.openDatabase(ctx);
    try {
      PostgresLedgerStore store =
          PostgresLedgerStore.create(
              db.pool(),
              PostgresStoreOptions.builder()
                  .schema(schema)
                  .migrateOnStart(access == Access.WRITE)
                  .build());
      String where = ctx.text().get("ledger.postgres", db.shown(), schema);
      return new LedgerSession(Ledger.on(store, clock), where, db);
    } catch (LedgerStoreException e) {
      db.close();
      throw new CliException(
          ExitCode.UNREACHABLE,
          e,
          access == Access.WRITE ? "error.database.migrate" : "error.database.noLedger",
          schema,
          db.shown(),
          Failures.rootMessage(e));
    } catch (RuntimeException e) {
      db.close();
      throw e;
    }
  }

  /** The ledger. */
  Ledger ledger() {
    return ledger;
  }

  /** Where the ledger is, for the reader. */
  String where() {
    return where;
  }

  /** Whether the ledger outlives the command. */
  boolean persistent() {
    return database != null;
  }

  /**
   * Refuses a ledger that already holds entries.
   *
   * @param command the subcommand, for the message
   * @throws CliException ({@link ExitCode#BAD_INPUT}) if the ledger is not empty
   */
  void requireEmpty(String command) {
    long head = ledger.store().headSequence();
    if (head > 0) {
      throw new CliException(ExitCode.BAD_INPUT, "error.ledger.notEmpty", where, head, command);
    }
  }

  @Override
  public void close() {
    try {
      ledger.close();
    } finally {
      if (database != null) {
        database.close();
      }
    }
  }
}
