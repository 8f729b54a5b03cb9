package dev.pointsledger.jdbc;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.pointsledger.core.account.AccountId;
import dev.pointsledger.core.account.AccountType;
import dev.pointsledger.core.command.Command;
import dev.pointsledger.core.command.CommandOutcome;
import dev.pointsledger.core.error.LedgerOutcomeUnknownException;
import dev.pointsledger.core.error.LedgerStoreException;
import dev.pointsledger.core.id.EntryId;
import dev.pointsledger.core.id.ProgramId;
import dev.pointsledger.core.journal.JournalEntry;
import dev.pointsledger.core.program.Program;
import dev.pointsledger.core.state.LedgerRecord;
import dev.pointsledger.core.state.RecordKey;
import dev.pointsledger.core.state.RecordKind;
import dev.pointsledger.core.store.AccountLine;
import dev.pointsledger.core.store.CommandProcessor;
import dev.pointsledger.core.store.LedgerStore;
import dev.pointsledger.core.store.RawEntry;
import dev.pointsledger.jdbc.internal.GroupCommit;
import dev.pointsledger.jdbc.internal.StoreContext;
import dev.pointsledger.jdbc.internal.StoreMetrics;
import dev.pointsledger.jdbc.internal.StoreSettings;
import dev.pointsledger.jdbc.internal.UnitRunner;
import dev.pointsledger.jdbc.migration.LedgerMigrator;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.JdbiException;

/**
 * The ledger's journal in PostgreSQL. Moving from the in-memory store is one line:
 *
 * <pre>{@code
 * Ledger ledger = Ledger.on(PostgresLedgerStore.connect(jdbcUrl), clock);
 * // instead of Ledger.inMemory(clock)
 * }</pre>
 *
 * <p>Any number of threads and JVMs may write to one ledger. Each call of {@link #execute} is one
 * transaction: the commands' footprints are locked in a fixed order (PostgreSQL advisory locks),
 * each command is decided by the core against the state read under those locks, and only the
 * final append (sequence numbers, hash chain, one insert) runs one transaction at a time. The
 * journal tables refuse updates and deletes in the database itself. See {@code docs/jdbc.md} for
 * the schema, the locking scheme and the grants of a least-privilege role.
 *
 * <p>Thread-safe. {@link #close()} closes the connection pool the store created, if any; a
 * {@code DataSource} passed in stays the caller's to close.
 */
public final class PostgresLedgerStore implements LedgerStore {
  private final String schema;
  private final StoreContext context;
  private final UnitRunner runner;
  private final GroupCommit groups;
  private final HikariDataSource ownedPool;

  private PostgresLedgerStore(
      DataSource dataSource, PostgresStoreOptions options, HikariDataSource ownedPool) {
    this.schema = options.schema();
    this.context =
        StoreContext.of(
            StoreContext.jdbiOn(dataSource),
            new StoreSettings(
                options.schema(),
                options.maxAttempts(),
                options.maxBackoff(),
                options.lockEscalationThreshold()),
            StoreMetrics.of(options.meterRegistry(), options.schema()));
    this.runner = new UnitRunner(context);
    this.groups = new GroupCommit(runner, options.maxConcurrentUnits(), options.groupCommit(), context.metrics());
    this.ownedPool = ownedPool;
  }

  /**
   * A store on a database reached by a JDBC URL, in schema {@value
   * PostgresStoreOptions#DEFAULT_SCHEMA}, migrated on start, through a HikariCP pool the store
   * creates and {@link #close() closes}.
   *
   * @param jdbcUrl a PostgreSQL JDBC URL, with user and password as URL parameters if needed,
   *     such as {@code jdbc:postgresql://db:5432/ledger?user=app&password=...}
   * @return the store
   * @throws LedgerStoreException if the database cannot be reached or migrated
   */
  public static PostgresLedgerStore connect(String jdbcUrl) {
    return connect(jdbcUrl, PostgresStoreOptions.defaults());
  }

  /**
   * A store on a database reached by a JDBC URL, through a HikariCP pool of {@link
   * PostgresStoreOptions#maximumPoolSize()} connections that the store creates and {@link
   * #close() closes}.
   *
   * @param jdbcUrl a PostgreSQL JDBC URL, with user and password as URL parameters if needed
   * @param options the schema, migration and retry options
   * @return the store
   * @throws LedgerStoreException if the database cannot be reached, migrated or verified
   */
  public static PostgresLedgerStore connect(String jdbcUrl, PostgresStoreOptions options) {
    requireNonNull(jdbcUrl, "jdbcUrl");
    requireNonNull(options, "options");
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(jdbcUrl);
    config.setMaximumPoolSize(options.maximumPoolSize());
    config.setPoolName("points-ledger-" + options.schema());
    HikariDataSource pool;
    try {
      pool = new HikariDataSource(config);
    } catch (RuntimeException e) {
      throw new LedgerStoreException("cannot open a connection pool to " + redact(jdbcUrl), e);
    }
    try {
      return start(pool, options, pool);
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
  }

  /**
   * A store on a data source the caller already has (and closes), in schema {@value
   * PostgresStoreOptions#DEFAULT_SCHEMA}, migrated on start.
   *
   * @param dataSource the data source, ideally a pool
   * @return the store
   * @throws LedgerStoreException if the database cannot be reached or migrated
   */
  public static PostgresLedgerStore create(DataSource dataSource) {
    return create(dataSource, PostgresStoreOptions.defaults());
  }

  /**
   * A store on a data source the caller already has (and closes).
   *
   * @param dataSource the data source, ideally a pool
   * @param options the schema, migration and retry options
   * @return the store
   * @throws LedgerStoreException if the database cannot be reached, migrated or verified
   */
  public static PostgresLedgerStore create(DataSource dataSource, PostgresStoreOptions options) {
    requireNonNull(dataSource, "dataSource");
    return start(dataSource, requireNonNull(options, "options"), null);
  }

  private static PostgresLedgerStore start(
      DataSource dataSource, PostgresStoreOptions options, HikariDataSource ownedPool) {
    LedgerMigrator migrator = LedgerMigrator.forSchema(options.schema());
    if (options.migrateOnStart()) {
      migrator.migrate(dataSource);
    } else {
      migrator.verify(dataSource);
    }
    return new PostgresLedgerStore(dataSource, options, ownedPool);
  }

  /**
   * The schema this store's tables are in.
   *
   * @return the schema's name
   */
  public String schema() {
    return schema;
  }

  @Override
  public Optional<Program> program(ProgramId id) {
    requireNonNull(id, "id");
    return withHandle(h -> context.programs().find(h, id));
  }

  @Override
  public List<Program> programs() {
    return withHandle(h -> context.programs().all(h));
  }

  /**
   * {@inheritDoc}
   *
   * <p>The whole list is one PostgreSQL transaction: after this returns, every outcome (applied,
   * replayed, refused) is durable as the session's {@code synchronous_commit} promises; if it
   * throws a plain {@link LedgerStoreException}, nothing of the list was written.
   *
   * @throws LedgerOutcomeUnknownException if the connection failed at the commit and PostgreSQL
   *     cannot say whether it happened: all of the list was written or none; submitting it again
   *     settles it, each command ending in exactly one entry
   * @throws LedgerStoreException if the database fails, or keeps reporting serialization
   *     failures or deadlocks past {@link PostgresStoreOptions#maxAttempts()}; nothing of the
   *     list was written and submitting it again is safe
   */
  @Override
  public List<CommandOutcome> execute(
      List<? extends Command> commands, CommandProcessor processor) {
    requireNonNull(processor, "processor");
    List<Command> copy = new ArrayList<>(commands.size());
    for (Command c : commands) {
      copy.add(requireNonNull(c, "command"));
    }
    if (copy.isEmpty()) {
      return List.of();
    }
    return groups.execute(copy, processor);
  }

  @Override
  public long headSequence() {
    return withHandle(h -> context.entries().head(h));
  }

  @Override
  public Optional<JournalEntry> entry(EntryId id) {
    requireNonNull(id, "id");
    return withHandle(h -> Optional.ofNullable(context.entries().byIds(h, Set.of(id)).get(id)));
  }

  @Override
  public List<JournalEntry> entries(long fromSequence, int limit) {
    checkArgument(fromSequence >= 1, "sequence numbers start at 1");
    checkArgument(limit >= 0, "limit must not be negative");
    if (limit == 0) {
      return List.of();
    }
    return withHandle(h -> context.entries().range(h, fromSequence, limit));
  }

  @Override
  public List<RawEntry> rawEntries(long fromSequence, int limit) {
    checkArgument(limit >= 0, "limit must not be negative");
    if (limit == 0) {
      return List.of();
    }
    return withHandle(
        h -> {
          try {
            return context.raw().range(h, fromSequence, limit);
          } catch (SQLException e) {
            throw new LedgerStoreException(
                "reading the stored journal failed (SQLSTATE " + e.getSQLState() + "): "
                    + e.getMessage(),
                e);
          }
        });
  }

  @Override
  public long balance(AccountId account, long asOf) {
    requireNonNull(account, "account");
    return withHandle(
        h -> context.accounts().balances(h, Set.of(account), asOf).getOrDefault(account, 0L));
  }

  @Override
  public boolean accountExists(AccountId account, long asOf) {
    requireNonNull(account, "account");
    return withHandle(h -> context.accounts().exists(h, account, asOf));
  }

  @Override
  public List<AccountLine> history(AccountId account, long asOf) {
    requireNonNull(account, "account");
    return withHandle(h -> context.accounts().history(h, account, asOf));
  }

  @Override
  public List<AccountId> accountsOf(
      ProgramId program, AccountType type, String holder, long asOf) {
    requireNonNull(program, "program");
    requireNonNull(type, "type");
    requireNonNull(holder, "holder");
    return withHandle(h -> context.accounts().accountsOf(h, program, type, holder, asOf));
  }

  @Override
  public <R extends LedgerRecord> Optional<R> record(RecordKey key, Class<R> type, long asOf) {
    requireNonNull(key, "key");
    requireNonNull(type, "type");
    return withHandle(
        h ->
            Optional.ofNullable(context.records().latest(h, Set.of(key), asOf).get(key))
                .map(type::cast));
  }

  @Override
  public List<LedgerRecord> records(RecordKind kind, ProgramId program, long asOf) {
    requireNonNull(kind, "kind");
    requireNonNull(program, "program");
    return withHandle(h -> context.records().ofKind(h, kind, program, asOf));
  }

  @Override
  public List<LedgerRecord> records(
      RecordKind kind, ProgramId program, long asOf, String afterId, int limit) {
    requireNonNull(kind, "kind");
    requireNonNull(program, "program");
    requireNonNull(afterId, "afterId");
    checkArgument(limit >= 1, "limit must be positive");
    return withHandle(h -> context.records().ofKindAfter(h, kind, program, asOf, afterId, limit));
  }

  /**
   * Closes the connection pool the store created with {@link #connect}; a data source passed to
   * {@link #create} is left open.
   */
  @Override
  public void close() {
    if (ownedPool != null) {
      ownedPool.close();
    }
  }

  /**
   * Runs a callback on a handle of its own (the program catalog's reads also fill its cache) and
   * reports a database failure as a {@link LedgerStoreException}.
   */
  private <T> T withHandle(HandleCallback<T, RuntimeException> callback) {
    try {
      return context.jdbi().withHandle(callback);
    } catch (JdbiException e) {
      throw new LedgerStoreException("a query on PostgreSQL failed: " + e.getMessage(), e);
    }
  }

  private static String redact(String jdbcUrl) {
    return jdbcUrl.replaceAll("(?i)(password=)[^&]*", "$1***");
  }
}
