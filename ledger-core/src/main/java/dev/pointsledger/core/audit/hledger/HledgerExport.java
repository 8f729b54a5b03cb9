package dev.pointsledger.core.audit.hledger;

import static java.util.Objects.requireNonNull;

import dev.pointsledger.core.account.AccountId;
import dev.pointsledger.core.journal.JournalEntry;
import dev.pointsledger.core.journal.Posting;
import dev.pointsledger.core.store.LedgerStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a store's journal as an hledger journal: the commodity {@code PTS} (whole points), one
 * transaction per entry dated with its business date, with its sequence number as the code and
 * its type and id as the description, each posting followed by a balance assertion of the
 * account's balance after it, so that {@code hledger check} re-adds every account from nothing.
 *
 * <pre>
 * 2022-04-01 (2) GRANT grant-32543111
 *     ; entry:grant-32543111, hash:b6557b51...
 *     industrial-pavilion-2022:program_pool:industrial-pavilion-2022  -200000 PTS = -200000 PTS
 *     industrial-pavilion-2022:available:32543111  200000 PTS = 200000 PTS
 * </pre>
 *
 * <p>An account is named {@code program:type:holder} and, for an account per contract, {@code
 * :contract}; the type is its tag in lower case. Every segment keeps the characters {@code A-Z
 * a-z 0-9 . _ -} and writes any other as {@code %XX} per UTF-8 byte ({@link #segment}), so names
 * never hold hledger's separators ({@code :}, two spaces, {@code ;}) and differ when the ids do.
 * Registry entries become transactions without postings. hledger checks assertions in date
 * order; the journal's business dates never go backwards, so that is the journal's order.
 */
public final class HledgerExport {
  /** The format's first line. */
  public static final String HEADER = "; points-ledger journal, hledger format v1";

  private static final int PAGE = 10_000;

  private HledgerExport() {}

  /**
   * Writes every entry up to the store's head.
   *
   * @param store the store
   * @param out where to write (a file writer, a string builder)
   * @return how many transactions were written
   * @throws UncheckedIOException if writing fails
   */
  public static long write(LedgerStore store, Appendable out) {
    requireNonNull(store, "store");
    requireNonNull(out, "out");
    Map<AccountId, long[]> balances = new HashMap<>();
    long head = store.headSequence();
    long written = 0;
    try {
      out.append(HEADER).append('\n');
      out.append("; one transaction per entry; each posting asserts its account's balance\n");
      out.append("commodity 1. PTS\n");
      for (long from = 1; from <= head; from += PAGE) {
        for (JournalEntry e : store.entries(from, (int) Math.min(PAGE, head - from + 1))) {
          transaction(e, balances, out);
          written++;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("writing the hledger journal failed", e);
    }
    return written;
  }

  private static void transaction(JournalEntry e, Map<AccountId, long[]> balances, Appendable out)
      throws IOException {
    out.append('\n')
        .append(e.businessDate().toString())
        .append(" (")
        .append(Long.toString(e.sequence()))
        .append(") ")
        .append(e.type().tag())
        .append(' ')
        .append(segment(e.id().value()))
        .append('\n');
    out.append("    ; entry:").append(segment(e.id().value())).append(", hash:")
        .append(e.hash().hex()).append('\n');
    for (Posting p : e.postings()) {
      long[] b = balances.computeIfAbsent(p.account(), k -> new long[1]);
      b[0] = Math.addExact(b[0], p.amount());
      out.append("    ")
          .append(accountName(p.account()))
          .append("  ")
          .append(Long.toString(p.amount()))
          .append(" PTS = ")
          .append(Long.toString(b[0]))
          .append(" PTS\n");
    }
  }

  /**
   * An account's name in the export.
   *
   * @param account the account
   * @return {@code program:type:holder[:contract]}, each segment encoded
   */
  public static String accountName(AccountId account) {
    StringBuilder b =
        new StringBuilder()
            .append(segment(account.program().value()))
            .append(':')
            .append(account.type().tag().toLowerCase(Locale.ROOT))
            .append(':')
            .append(segment(account.holder()));
    if (!account.contract().isEmpty()) {
      b.append(':').append(segment(account.contract()));
    }
    return b.toString();
  }

  /**
   * A text as one segment of an account name or a description: {@code A-Z a-z 0-9 . _ -} kept,
   * every other character as {@code %XX} per byte of its UTF-8 encoding ({@code %} too).
   *
   * @param text the text
   * @return the encoded segment
   */
  public static String segment(String text) {
    StringBuilder b = new StringBuilder(text.length());
    for (byte x : text.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (x & 0xff);
      if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
          || c == '.' || c == '_' || c == '-') {
        b.append(c);
      } else {
        b.append('%').append(String.format("%02X", x & 0xff));
      }
    }
    return b.toString();
  }
}
