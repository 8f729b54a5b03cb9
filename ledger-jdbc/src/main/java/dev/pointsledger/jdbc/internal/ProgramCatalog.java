package dev.pointsledger.jdbc.internal;

import dev.pointsledger.core.error.Rejection;
import dev.pointsledger.core.error.RejectionCode;
import dev.pointsledger.core.id.ProgramId;
import dev.pointsledger.core.program.Program;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jdbi.v3.core.Handle;

/**
 * The programs of the ledger: defined once in {@code programs}, never changed, so every program
 * read is cached for the store's lifetime (a program defined by another JVM is read on first
 * use). Thread-safe.
 */
public final class ProgramCatalog {
  private final JsonCodec json;
  private final ConcurrentMap<ProgramId, Program> cache = new ConcurrentHashMap<>();
  private final String insert;
  private final String byId;
  private final String all;

  /**
   * Prepares the catalog for a schema.
   *
   * @param sql the schema
   * @param json the codec of policies
   */
  public ProgramCatalog(SchemaSql sql, JsonCodec json) {
    this.json = json;
    insert =
        sql.render(
            "INSERT INTO ${schema}.programs (program_id, name, policy)"
                + " VALUES (:id, :name, :policy::jsonb) ON CONFLICT (program_id) DO NOTHING");
    String select = "SELECT program_id, name, policy::text AS policy FROM ${schema}.programs ";
    byId = sql.render(select + "WHERE program_id = :id");
    all = sql.render(select + "ORDER BY position");
  }

  /**
   * Defines a program unless it is defined; a concurrent definition of the same id by another
   * transaction is waited for by the unique constraint, then compared.
   *
   * @param h the handle, in autocommit mode or in a transaction the caller commits
   * @param program the program
   * @return the program as defined
   * @throws dev.pointsledger.core.error.LedgerRejectedException {@code PROGRAM_ALREADY_DEFINED}
   *     if the id is defined with another name or policy
   */
  public Program define(Handle h, Program program) {
    h.createUpdate(insert)
        .bind("id", program.id().value())
        .bind("name", program.name())
        .bind("policy", json.write(program.policy()))
        .execute();
    Program stored = find(h, program.id()).orElseThrow();
    if (!stored.equals(program)) {
      throw new Rejection(
              RejectionCode.PROGRAM_ALREADY_DEFINED,
              "program " + program.id() + " is already defined with another name or policy")
          .toException();
    }
    return stored;
  }

  /**
   * A program, from the cache or the database.
   *
   * @param h the handle
   * @param id the program's id
   * @return the program, if defined
   */
  public Optional<Program> find(Handle h, ProgramId id) {
    Program cached = cache.get(id);
    if (cached != null) {
      return Optional.of(cached);
    }
    Optional<Program> found =
        h.createQuery(byId).bind("id", id.value()).map((rs, ctx) -> read(rs)).findOne();
    found.ifPresent(p -> cache.putIfAbsent(p.id(), p));
    return found;
  }

  /**
   * Every program, in the order defined.
   *
   * @param h the handle
   * @return the programs
   */
  public List<Program> all(Handle h) {
    List<Program> programs = h.createQuery(all).map((rs, ctx) -> read(rs)).list();
    programs.forEach(p -> cache.putIfAbsent(p.id(), p));
    return programs;
  }

  private Program read(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new Program(
        ProgramId.of(rs.getString("program_id")),
        rs.getString("name"),
        json.readPolicy(rs.getString("policy")));
  }
}
