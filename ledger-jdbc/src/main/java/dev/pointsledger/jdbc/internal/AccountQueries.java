package dev.pointsledger.jdbc.internal;

import dev.pointsledger.core.account.AccountId;
import dev.pointsledger.core.account.AccountType;
import dev.pointsledger.core.id.EntryId;
import dev.pointsledger.core.id.ProgramId;
import dev.pointsledger.core.journal.EntryType;
import dev.pointsledger.core.store.AccountLine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * Reads accounts from their postings: balances are sums of postings (the pool's included, which
 * is why no row is updated by every grant), histories carry running sums.
 */
public final class AccountQueries {
  private static final String ACCOUNT =
      "p.program_id = :program AND p.account_type = :type AND p.holder = :holder"
          + " AND p.contract = :contract AND p.seq <= :asOf";

  private final String balances;
  private final String exists;
  private final String history;
  private final String contractsOf;

  /**
   * Prepares the queries for a schema.
   *
   * @param sql the schema
   */
  public AccountQueries(SchemaSql sql) {
    balances =
        sql.render(
            "SELECT k.i, (SELECT COALESCE(SUM(p.amount), 0) FROM ${schema}.postings p"
                + " WHERE p.program_id = k.program_id AND p.account_type = k.account_type"
                + " AND p.holder = k.holder AND p.contract = k.contract AND p.seq <= :asOf)"
                + " AS balance"
                + " FROM unnest(:programs::text[], :types::text[], :holders::text[],"
                + " :contracts::text[]) WITH ORDINALITY AS k(program_id, account_type, holder,"
                + " contract, i)");
    exists = sql.render("SELECT EXISTS (SELECT 1 FROM ${schema}.postings p WHERE " + ACCOUNT + ")");
    history =
        sql.render(
            "SELECT p.seq, e.entry_id, e.entry_type, e.business_date, p.amount,"
                + " SUM(p.amount) OVER (ORDER BY p.seq) AS running"
                + " FROM ${schema}.postings p JOIN ${schema}.entries e ON e.seq = p.seq"
                + " WHERE " + ACCOUNT + " ORDER BY p.seq");
    contractsOf =
        sql.render(
            "SELECT DISTINCT p.contract FROM ${schema}.postings p WHERE p.program_id = :program"
                + " AND p.account_type = :type AND p.holder = :holder AND p.seq <= :asOf");
  }

  /**
   * Balances of accounts as of an entry.
   *
   * @param h the handle
   * @param accounts the accounts
   * @param asOf the last sequence number counted; {@link Long#MAX_VALUE} for every entry
   * @return each account's balance, 0 for an account without postings
   */
  public Map<AccountId, Long> balances(Handle h, Collection<AccountId> accounts, long asOf) {
    if (accounts.isEmpty()) {
      return Map.of();
    }
    List<AccountId> ordered = new ArrayList<>(accounts);
    List<String> programs = new ArrayList<>(ordered.size());
    List<String> types = new ArrayList<>(ordered.size());
    List<String> holders = new ArrayList<>(ordered.size());
    List<String> contracts = new ArrayList<>(ordered.size());
    for (AccountId a : ordered) {
      programs.add(a.program().value());
      types.add(a.type().tag());
      holders.add(a.holder());
      contracts.add(a.contract());
    }
    Map<AccountId, Long> found = new HashMap<>();
    h.createQuery(balances)
        .bindArray("programs", String.class, programs)
        .bindArray("types", String.class, types)
        .bindArray("holders", String.class, holders)
        .bindArray("contracts", String.class, contracts)
        .bind("asOf", asOf)
        .map((rs, ctx) -> Map.entry(ordered.get(rs.getInt("i") - 1), rs.getLong("balance")))
        .forEach(e -> found.put(e.getKey(), e.getValue()));
    return found;
  }

  /**
   * Whether an account had a posting by an entry.
   *
   * @param h the handle
   * @param account the account
   * @param asOf the sequence number
   * @return true if it had one
   */
  public boolean exists(Handle h, AccountId account, long asOf) {
    return bindAccount(h.createQuery(exists), account, asOf).mapTo(Boolean.class).one();
  }

  /**
   * An account's lines with running balances.
   *
   * @param h the handle
   * @param account the account
   * @param asOf the last sequence number
   * @return the lines, oldest first
   */
  public List<AccountLine> history(Handle h, AccountId account, long asOf) {
    return bindAccount(h.createQuery(history), account, asOf)
        .map(
            (rs, ctx) ->
                new AccountLine(
                    rs.getLong("seq"),
                    EntryId.of(rs.getString("entry_id")),
                    EntryType.fromTag(rs.getString("entry_type")),
                    rs.getObject("business_date", LocalDate.class),
                    rs.getLong("amount"),
                    rs.getLong("running")))
        .list();
  }

  /**
   * The accounts of one holder and type that had a posting by an entry.
   *
   * @param h the handle
   * @param program the program
   * @param type the type
   * @param holder the holder
   * @param asOf the sequence number
   * @return the accounts, sorted
   */
  public List<AccountId> accountsOf(
      Handle h, ProgramId program, AccountType type, String holder, long asOf) {
    List<AccountId> accounts =
        h.createQuery(contractsOf)
            .bind("program", program.value())
            .bind("type", type.tag())
            .bind("holder", holder)
            .bind("asOf", asOf)
            .map((rs, ctx) -> new AccountId(program, type, holder, rs.getString("contract")))
            .list();
    List<AccountId> sorted = new ArrayList<>(accounts);
    sorted.sort(null);
    return sorted;
  }

  private static <S extends SqlStatement<S>> S bindAccount(S statement, AccountId a, long asOf) {
    return statement
        .bind("program", a.program().value())
        .bind("type", a.type().tag())
        .bind("holder", a.holder())
        .bind("contract", a.contract())
        .bind("asOf", asOf);
  }
}
