package dev.pointsledger.core.finance;

import static java.util.Objects.requireNonNull;

import dev.pointsledger.core.Ledger;
import dev.pointsledger.core.id.EntryId;
import dev.pointsledger.core.id.ProgramId;
import dev.pointsledger.core.journal.JournalEntry;
import dev.pointsledger.core.program.Program;
import dev.pointsledger.core.query.LedgerView;
import dev.pointsledger.core.store.LedgerStore;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The journal of a ledger as of one sequence number: what every finance report reads, so that every
 * figure of one report (and of every report made from the same source) is as of the same entry,
 * even while other threads append. It reads through a {@link LedgerView}.
 *
 * <p>Entries are read in pages of {@link #PAGE_SIZE}: a report never holds the journal, only the
 * page it is reading and its own totals.
 */
public final class JournalSource {
  /** How many entries are read at a time. */
  public static final int PAGE_SIZE = 1_000;

  private final LedgerView view;

  private JournalSource(LedgerView view) {
    this.view = view;
  }

  /**
   * A ledger's journal as of its head now.
   *
   * @param ledger the ledger
   * @return the source
   * @throws dev.pointsledger.core.error.LedgerStoreException if the store fails
   */
  public static JournalSource now(Ledger ledger) {
    return of(ledger.now());
  }

  /**
   * A ledger's journal as of an entry.
   *
   * @param ledger the ledger
   * @param sequence from 0 (the empty ledger) to the head
   * @return the source
   * @throws dev.pointsledger.core.error.LedgerRejectedException {@code SEQUENCE_OUT_OF_RANGE} if
   *     the sequence is negative or beyond the head
   */
  public static JournalSource asOf(Ledger ledger, long sequence) {
    return of(ledger.asOf(sequence));
  }

  /**
   * A store's journal as of an entry, for code that holds a store.
   *
   * @param store the store
   * @param sequence from 0 (the empty ledger) to the head
   * @return the source
   * @throws dev.pointsledger.core.error.LedgerRejectedException {@code SEQUENCE_OUT_OF_RANGE} if
   *     the sequence is negative or beyond the head
   */
  public static JournalSource of(LedgerStore store, long sequence) {
    requireNonNull(store, "store");
    return of(LedgerView.asOf(store, sequence));
  }

  /**
   * The journal a view reads, as of the view's sequence number.
   *
   * @param view the view
   * @return the source
   */
  public static JournalSource of(LedgerView view) {
    return new JournalSource(requireNonNull(view, "view"));
  }

  /**
   * The sequence number every read of this source is as of.
   *
   * @return the sequence number
   */
  public long sequence() {
    return view.sequence();
  }

  /**
   * The ledger's view as of the same entry.
   *
   * @return the view
   */
  public LedgerView view() {
    return view;
  }

  /**
   * A defined program.
   *
   * @param program the program's id
   * @return the program
   * @throws dev.pointsledger.core.error.LedgerRejectedException {@code UNKNOWN_PROGRAM} if it is
   *     not defined
   */
  public Program program(ProgramId program) {
    return view.program(program);
  }

  /**
   * Hands every entry up to this source's sequence number to an action, oldest first, a page at a
   * time; with a program, only that program's entries.
   *
   * @param program the program whose entries are wanted, or empty for every entry
   * @param action what to do with each entry
   * @throws dev.pointsledger.core.error.LedgerStoreException if the store fails
   */
  public void forEachEntry(Optional<ProgramId> program, Consumer<? super JournalEntry> action) {
    requireNonNull(program, "program");
    requireNonNull(action, "action");
    long last = view.sequence();
    long next = 1;
    while (next <= last) {
      List<JournalEntry> page = view.entries(next, PAGE_SIZE);
      if (page.isEmpty()) {
        throw new IllegalStateException(
            "the store returned no entry from " + next + " though its head was " + last);
      }
      for (JournalEntry e : page) {
        if (program.isEmpty() || e.program().equals(program.get())) {
          action.accept(e);
        }
      }
      next = page.get(page.size() - 1).sequence() + 1;
    }
  }

  /**
   * An entry by id, if it is at or before this source's sequence number.
   *
   * @param id the entry's id
   * @return the entry
   */
  public Optional<JournalEntry> entry(EntryId id) {
    return view.entry(id);
  }

  @Override
  public String toString() {
    return "JournalSource[sequence=" + view.sequence() + "]";
  }
}
