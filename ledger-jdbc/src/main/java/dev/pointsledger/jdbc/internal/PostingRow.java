package dev.pointsledger.jdbc.internal;

import dev.pointsledger.core.account.AccountId;
import dev.pointsledger.core.account.AccountType;
import dev.pointsledger.core.id.ProgramId;
import dev.pointsledger.core.journal.Posting;
import java.sql.ResultSet;
import java.sql.SQLException;

/** One row of {@code postings}: the posting and the entry it belongs to. */
record PostingRow(long sequence, Posting posting) {
  /** The columns {@link #read} expects, from {@code postings} aliased {@code p}. */
  static final String COLUMNS =
      "p.seq, p.position, p.program_id, p.account_type, p.holder, p.contract, p.amount";

  static PostingRow read(ResultSet rs) throws SQLException {
    AccountId account =
        new AccountId(
            ProgramId.of(rs.getString("program_id")),
            AccountType.fromTag(rs.getString("account_type")),
            rs.getString("holder"),
            rs.getString("contract"));
    return new PostingRow(rs.getLong("seq"), new Posting(account, rs.getLong("amount")));
  }
}
