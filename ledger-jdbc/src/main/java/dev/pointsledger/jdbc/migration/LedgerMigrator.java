package dev.pointsledger.jdbc.migration;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.pointsledger.core.error.LedgerStoreException;
import dev.pointsledger.jdbc.internal.SchemaSql;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the ledger's migrations to one schema: each in its own transaction, in version order,
 * recorded with its checksum in {@code <schema>.ledger_schema_history}. An advisory lock (per
 * schema) lets any number of JVMs start at once: one applies a migration, the others then find it
 * applied. A migration applied earlier whose script has changed since is refused.
 *
 * <p>Flyway can apply the same scripts instead ({@code classpath:db/migration}, placeholder
 * {@code schema}); then create the store with {@code migrateOnStart} off. See {@code
 * docs/jdbc.md}.
 */
public final class LedgerMigrator {
  private static final Logger LOG = LoggerFactory.getLogger(LedgerMigrator.class);

  /** Where the scripts are on the class path. */
  public static final String LOCATION = "db/migration";

  /** The first key of the advisory lock held while migrating ('MIGR'). */
  static final int LOCK_CLASS = 0x4D49_4752;

  private static final List<String> SCRIPTS =
      List.of(
          "V1__journal.sql", "V2__append_only.sql", "V3__write_path.sql",
          "V4__read_back_by_entry.sql");

  private final String schema;
  private final SchemaSql sql;
  private final List<Migration> migrations;

  private LedgerMigrator(String schema) {
    this.schema = SchemaSql.checkSchema(schema);
    this.sql = new SchemaSql(schema);
    this.migrations =
        SCRIPTS.stream()
            .map(f -> Migration.load(LOCATION, f))
            .collect(ImmutableList.toImmutableList());
  }

  /**
   * A migrator for one schema.
   *
   * @param schema the schema's name
   * @return the migrator
   * @throws IllegalArgumentException if the name is not a plain lower-case identifier
   */
  public static LedgerMigrator forSchema(String schema) {
    return new LedgerMigrator(schema);
  }

  /**
   * The migrations shipped with this version of the library, in version order.
   *
   * @return the migrations
   */
  public List<Migration> migrations() {
    return migrations;
  }

  /**
   * Applies every migration not yet applied. Needs a role that may create the schema (or owns
   * it) and create tables, functions and triggers in it.
   *
   * @param dataSource the database
   * @return how many migrations were applied now
   * @throws LedgerStoreException if a migration fails (it is rolled back) or an applied
   *     migration's script has changed
   */
  public int migrate(DataSource dataSource) {
    Jdbi jdbi = Jdbi.create(requireNonNull(dataSource, "dataSource"));
    int applied = 0;
    try {
      for (Migration m : migrations) {
        if (jdbi.inTransaction(h -> applyIfMissing(h, m))) {
          LOG.info("applied migration {} to schema {}", m.fileName(), schema);
          applied++;
        }
      }
    } catch (JdbiException | SQLException e) {
      throw new LedgerStoreException(
          "migrating schema " + schema + " failed and was rolled back: " + e.getMessage(), e);
    }
    return applied;
  }

  /**
   * Checks that the schema holds what this library needs, however it was migrated: the tables
   * of the latest migration exist; every function the migrations define is there once, with the
   * body, language, {@code SECURITY DEFINER} and settings ({@code search_path}) its script gives
   * it; every trigger they define is on its table, enabled, with its timing, events, level,
   * transition table and function; and every migration recorded in {@code
   * ledger_schema_history} (when the library's migrator was used) has its shipped checksum; that
   * the schema holds nothing else of the kinds that act on its rows: no trigger on its tables nor
   * function in it that the scripts do not create, no rule, no row-level security, no policy; and
   * the owners and grants: every table and function the scripts create is owned by the schema's
   * owner, no other role (nor {@code PUBLIC}) may insert, update, delete, truncate or add a
   * trigger on a table, {@code PUBLIC} may not execute a function the scripts revoke from it, and
   * no role is a member of the owner's role (directly or through others). An administrator who
   * replaced {@code append_entries} or a trigger's function, disabled or dropped a trigger, added
   * a trigger, function, rule or policy, gave a function or table to another role, granted writes
   * on a table or {@code EXECUTE} on {@code append_entries} to {@code PUBLIC}, or made a role a
   * member of the owner, is refused here, by the object's name.
   *
   * @param dataSource the database
   * @throws LedgerStoreException if the schema is missing, incomplete, was migrated with other
   *     scripts, holds a function or trigger that is not as the migrations define it or that they
   *     do not create, a rule, row-level security or a policy, an object owned or granted otherwise
   *     than they leave it, or a role that is a member of the owner
   */
  public void verify(DataSource dataSource) {
    Jdbi jdbi = Jdbi.create(requireNonNull(dataSource, "dataSource"));
    try (Handle h = jdbi.open()) {
      boolean complete =
          h.createQuery(
                  sql.render(
                      "SELECT to_regclass('${schema}.entries') IS NOT NULL"
                          + " AND to_regclass('${schema}.postings') IS NOT NULL"
                          + " AND to_regclass('${schema}.record_versions') IS NOT NULL"))
              .mapTo(Boolean.class)
              .one();
      if (!complete) {
        throw new LedgerStoreException(
            "schema " + schema + " lacks the ledger's tables: apply the migrations"
                + " (LedgerMigrator, or Flyway with classpath:" + LOCATION + ")",
            null);
      }
      SchemaObjects objects = new SchemaObjects(schema, migrations);
      objects.verify(h);
      new SchemaAdditions(schema, objects).verify(h);
      new SchemaPrivileges(schema, migrations).verify(h);
      if (historyExists(h)) {
        for (Migration m : migrations) {
          Optional<String> recorded = recordedChecksum(h, m);
          if (recorded.isEmpty() || !recorded.get().equals(m.checksum())) {
            throw new LedgerStoreException(
                "schema " + schema + ": migration " + m.fileName()
                    + (recorded.isEmpty() ? " is not applied" : " was applied from another script"),
                null);
          }
        }
      }
    } catch (JdbiException e) {
      throw new LedgerStoreException("cannot check schema " + schema + ": " + e.getMessage(), e);
    }
  }

  private boolean applyIfMissing(Handle h, Migration m) throws SQLException {
    h.createQuery("SELECT 1 FROM pg_advisory_xact_lock(:cls, hashtext(:schema))")
        .bind("cls", LOCK_CLASS)
        .bind("schema", schema)
        .mapTo(Integer.class)
        .one();
    boolean schemaExists =
        h.createQuery("SELECT to_regnamespace(:schema) IS NOT NULL")
            .bind("schema", schema)
            .mapTo(Boolean.class)
            .one();
    if (!schemaExists) {
      h.execute(sql.render("CREATE SCHEMA ${schema}"));
    }
    h.execute(
        sql.render(
            "CREATE TABLE IF NOT EXISTS ${schema}.ledger_schema_history ("
                + " version integer PRIMARY KEY, description text NOT NULL,"
                + " script text NOT NULL, checksum text NOT NULL,"
                + " installed_at timestamptz NOT NULL DEFAULT now(),"
                + " installed_by text NOT NULL DEFAULT current_user)"));
    Optional<String> recorded = recordedChecksum(h, m);
    if (recorded.isPresent()) {
      if (!recorded.get().equals(m.checksum())) {
        throw new LedgerStoreException(
            "schema " + schema + ": migration " + m.fileName() + " was applied from another"
                + " script (checksum " + recorded.get() + ", shipped " + m.checksum() + ")",
            null);
      }
      return false;
    }
    try (Statement s = h.getConnection().createStatement()) {
      s.execute(m.sqlFor(schema));
    }
    h.createUpdate(
            sql.render(
                "INSERT INTO ${schema}.ledger_schema_history (version, description, script,"
                    + " checksum) VALUES (:version, :description, :script, :checksum)"))
        .bind("version", m.version())
        .bind("description", m.description())
        .bind("script", m.fileName())
        .bind("checksum", m.checksum())
        .execute();
    return true;
  }

  private boolean historyExists(Handle h) {
    return h.createQuery(
            sql.render("SELECT to_regclass('${schema}.ledger_schema_history') IS NOT NULL"))
        .mapTo(Boolean.class)
        .one();
  }

  private Optional<String> recordedChecksum(Handle h, Migration m) {
    return h.createQuery(
            sql.render(
                "SELECT checksum FROM ${schema}.ledger_schema_history WHERE version = :version"))
        .bind("version", m.version())
        .mapTo(String.class)
        .findOne();
  }
}
