package dev.pointsledger.examples.cli;

import dev.pointsledger.core.Ledger;
import dev.pointsledger.core.error.LedgerStoreException;
import dev.pointsledger.core.memory.InMemoryLedgerStore;
import dev.pointsledger.core.store.LedgerStore;
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

  private final LedgerStore store;
  private final Ledger ledger;
  private final String where;
  private final LedgerOptions.Database database;

  private LedgerSession(
      LedgerStore store, Clock clock, String where, LedgerOptions.Database database) {
    this.store = store;
    this.ledger = Ledger.on(store, clock);
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
      // the tools read the journal through the store, which Ledger.inMemory keeps to itself
      return new LedgerSession(
          new InMemoryLedgerStore(), clock, ctx.text().get("ledger.inMemory"), null);
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
      return new LedgerSession(store, clock, where, db);
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

  /** The ledger's store, for the tools that read its journal. */
  LedgerStore store() {
    return store;
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
    long head = store.headSequence();
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
