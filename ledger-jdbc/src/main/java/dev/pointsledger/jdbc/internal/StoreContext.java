package dev.pointsledger.jdbc.internal;

import org.jdbi.v3.core.Jdbi;

/**
 * The parts of one PostgreSQL store, built once for its schema and shared by every unit of work
 * and read. Every part is thread-safe.
 *
 * @param jdbi the database
 * @param settings the options the units of work use
 * @param keys the schema's lock keys
 * @param locks the footprint locking call
 * @param entries entry reads
 * @param raw the raw journal read of the verifier
 * @param accounts account reads
 * @param records state record reads
 * @param programs the program catalog
 * @param appender the chain lock and the insert
 */
public record StoreContext(
    Jdbi jdbi,
    StoreSettings settings,
    LockKeys keys,
    FootprintLocks locks,
    EntryQueries entries,
    RawJournalQueries raw,
    AccountQueries accounts,
    RecordQueries records,
    ProgramCatalog programs,
    JournalAppender appender) {

  /**
   * Builds the parts for a database and settings.
   *
   * @param jdbi the database, with the array types the store binds registered
   * @param settings the settings, naming the schema
   * @return the parts
   */
  public static StoreContext of(Jdbi jdbi, StoreSettings settings) {
    SchemaSql sql = new SchemaSql(settings.schema());
    JsonCodec json = new JsonCodec();
    return new StoreContext(
        jdbi,
        settings,
        new LockKeys(settings.schema()),
        new FootprintLocks(sql),
        new EntryQueries(sql, json),
        new RawJournalQueries(sql, json),
        new AccountQueries(sql),
        new RecordQueries(sql, json),
        new ProgramCatalog(sql, json),
        new JournalAppender(sql, json));
  }

  /**
   * A Jdbi on a data source, with the SQL array types the store binds.
   *
   * @param dataSource the data source
   * @return the Jdbi
   */
  public static Jdbi jdbiOn(javax.sql.DataSource dataSource) {
    Jdbi jdbi = Jdbi.create(dataSource);
    jdbi.registerArrayType(String.class, "text");
    jdbi.registerArrayType(Long.class, "bigint");
    jdbi.registerArrayType(Integer.class, "integer");
    return jdbi;
  }
}
