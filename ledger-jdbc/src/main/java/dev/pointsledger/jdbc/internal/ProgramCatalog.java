package dev.pointsledger.jdbc.internal;

import dev.pointsledger.core.id.ProgramId;
import dev.pointsledger.core.program.Program;
import dev.pointsledger.core.state.ProgramRecord;
import dev.pointsledger.core.state.RecordKind;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jdbi.v3.core.Handle;

/**
 * The programs of the ledger: each is the {@code PROGRAM} record version its {@code
 * PROGRAM_DEFINED} entry wrote (so the hash chain covers its policy), and never changes, so every
 * program read is cached (a program defined by another JVM is read on first use) until the
 * connection to the server fails ({@link #forget}): after a crash, a definition read before its
 * flush may be gone. Only versions at or below the journal's head are read. Thread-safe.
 */
public final class ProgramCatalog {
  private final JsonCodec json;
  private final ConcurrentMap<ProgramId, Program> cache = new ConcurrentHashMap<>();
  private final String byId;
  private final String all;

  /**
   * Prepares the catalog for a schema.
   *
   * @param sql the schema
   * @param json the codec of records
   */
  ProgramCatalog(SchemaSql sql, JsonCodec json) {
    this.json = json;
    String select =
        "SELECT r.body::text AS body FROM ${schema}.record_versions r"
            + " WHERE r.kind = 'PROGRAM'"
            + " AND r.seq <= (SELECT COALESCE(MAX(e.seq), 0) FROM ${schema}.entries e) ";
    byId = sql.render(select + "AND r.program_id = :id ORDER BY r.seq LIMIT 1");
    all = sql.render(select + "ORDER BY r.seq");
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
   * Every program, in the order their definitions were appended.
   *
   * @param h the handle
   * @return the programs
   */
  public List<Program> all(Handle h) {
    List<Program> programs = h.createQuery(all).map((rs, ctx) -> read(rs)).list();
    programs.forEach(p -> cache.putIfAbsent(p.id(), p));
    return programs;
  }

  /**
   * Forgets every cached program. Called when the connection to the server failed: a program read
   * from another writer's commit that was not yet flushed when the server crashed is not in the
   * journal any more, and must not be served from the cache.
   */
  void forget() {
    cache.clear();
  }

  private Program read(java.sql.ResultSet rs) throws java.sql.SQLException {
    return ((ProgramRecord) json.readRecord(RecordKind.PROGRAM, rs.getString("body"))).program();
  }
}
