package dev.pointsledger.core.memory;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.pointsledger.core.account.AccountId;
import dev.pointsledger.core.account.AccountType;
import dev.pointsledger.core.command.Command;
import dev.pointsledger.core.command.CommandOutcome;
import dev.pointsledger.core.error.LedgerStoreException;
import dev.pointsledger.core.id.EntryId;
import dev.pointsledger.core.id.ProgramId;
import dev.pointsledger.core.journal.EntryHash;
import dev.pointsledger.core.journal.JournalEntry;
import dev.pointsledger.core.journal.Posting;
import dev.pointsledger.core.journal.References;
import dev.pointsledger.core.program.Program;
import dev.pointsledger.core.state.LedgerRecord;
import dev.pointsledger.core.state.ProgramRecord;
import dev.pointsledger.core.state.RecordKey;
import dev.pointsledger.core.state.RecordKind;
import dev.pointsledger.core.store.AccountLine;
import dev.pointsledger.core.store.CommandProcessor;
import dev.pointsledger.core.store.Decision;
import dev.pointsledger.core.store.LedgerStore;
import dev.pointsledger.core.store.RawEntry;
import dev.pointsledger.core.store.RawRecordVersion;
import dev.pointsledger.core.store.StateView;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.UnaryOperator;

/**
 * The ledger in the heap; see the package documentation. Writers take one lock for a whole call
 * of {@link #execute}, so a batch is applied without interleaving; readers share a read lock.
 */
public final class InMemoryLedgerStore implements LedgerStore {
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private final Lock read = lock.readLock();
  private final Lock write = lock.writeLock();

  /** The programs' definitions, in the order they were appended (kept beside their records). */
  private final Map<ProgramId, Program> programs = new LinkedHashMap<>();
  private final List<JournalEntry> journal;
  /** The record versions each entry wrote, by its sequence number minus one. */
  private final List<List<LedgerRecord>> written;
  /** What {@link #rawEntries} hands out instead of the journal, once a test tampered with it. */
  private List<RawEntry> tampered;
  /** How many journal entries {@link #tampered} replaces; the raw read goes on after them. */
  private int tamperedUpTo;
  private final Map<EntryId, JournalEntry> entriesById;
  private final Map<EntryId, JournalEntry> reversals = new HashMap<>();
  private final Map<AccountId, BalanceHistory> balances;
  // The two indexes below keep their keys in the order they were created, not sorted: appending
  // to a list costs nothing where inserting into a tree of a million keys cost a dozen compares
  // and cache misses per command. Their readers sort what they return.
  // Only accounts of per-contract types (several per holder) are indexed by holder: any other
  // account is the only one of its holder and type, found in the balances by its own id, so the
  // grant to a new manufacturer indexes nothing here.
  private final Map<HolderKey, List<AccountId>> accountsByHolder;
  private final Map<RecordKey, GrowableHistory<LedgerRecord>> records;
  /** By program, then kind: no key object is made to find the list a new record joins. */
  private final Map<ProgramId, Map<RecordKind, List<RecordKey>>> recordsByKind = new HashMap<>();
  private final StateView current = new CurrentState();
  private final RecentLookups recent = new RecentLookups();

  // equals and hashCode written out, as AccountId's: the generated ones went through method
  // handles in the profile, and a holder's key is looked up for every new account.
  private record HolderKey(ProgramId program, AccountType type, String holder) {
    @Override
    public boolean equals(Object o) {
      return this == o
          || o instanceof HolderKey other
              && holder.equals(other.holder)
              && type == other.type
              && program.equals(other.program);
    }

    @Override
    public int hashCode() {
      return (program.hashCode() * 31 + type.hashCode()) * 31 + holder.hashCode();
    }
  }


  /** Creates an empty store. */
  public InMemoryLedgerStore() {
    this(0);
  }

  /**
   * Creates an empty store whose journal and indexes have room for a number of entries: growing
   * a hash map of a million keys rehashes every key (a pause, and cache misses for each), which a
   * store that knows its size need never do. Every entry is assumed to open about one account and
   * write about one record; past the figure the store grows as usual.
   *
   * @param expectedEntries how many entries to make room for; 0 for the usual small start
   * @throws IllegalArgumentException if negative
   */
  public InMemoryLedgerStore(int expectedEntries) {
    checkArgument(expectedEntries >= 0, "expected entries must not be negative");
    journal = new ArrayList<>(expectedEntries);
    written = new ArrayList<>(expectedEntries);
    entriesById = presized(expectedEntries);
    balances = presized(expectedEntries);
    accountsByHolder = presized(expectedEntries / 2);
    records = presized(expectedEntries);
  }

  /** A hash map that holds {@code keys} keys without resizing (the usual 16 slots for 0). */
  private static <K, V> Map<K, V> presized(int keys) {
    return keys == 0 ? new HashMap<>() : new HashMap<>((int) Math.min(1 << 30, keys / 0.75 + 1));
  }

  @Override
  public Optional<Program> program(ProgramId id) {
    read.lock();
    try {
      return Optional.ofNullable(programs.get(id));
    } finally {
      read.unlock();
    }
  }

  @Override
  public List<Program> programs() {
    read.lock();
    try {
      return ImmutableList.copyOf(programs.values());
    } finally {
      read.unlock();
    }
  }

  @Override
  public List<CommandOutcome> execute(
      List<? extends Command> commands, CommandProcessor processor) {
    requireNonNull(processor, "processor");
    List<CommandOutcome> outcomes = new ArrayList<>(commands.size());
    write.lock();
    try {
      long head = journal.size();
      try {
        for (Command command : commands) {
          outcomes.add(executeOne(requireNonNull(command, "command"), processor));
        }
      } catch (RuntimeException | Error e) {
        rollBackTo(head);
        throw e;
      }
    } finally {
      write.unlock();
    }
    return outcomes;
  }

  /**
   * Forgets every entry after a sequence number, with its balances, record versions and program
   * definitions: the batch
   * is all or nothing when a command of it throws (a processor's bug, a balance that would
   * overflow, a null command), as {@link LedgerStore#execute} promises.
   */
  private void rollBackTo(long head) {
    recent.forget();
    for (int i = journal.size() - 1; i >= head; i--) {
      JournalEntry entry = journal.remove(i);
      written.remove(i);
      entriesById.remove(entry.id());
      String reversed = entry.references().get(References.REVERSES);
      if (reversed != null) {
        reversals.remove(EntryId.of(reversed));
      }
      for (Posting p : entry.postings()) {
        BalanceHistory history = balances.get(p.account());
        if (history != null && history.dropAfter(head)) {
          balances.remove(p.account());
          AccountId a = p.account();
          if (!a.type().perContract()) {
            continue;
          }
          HolderKey holder = new HolderKey(a.program(), a.type(), a.holder());
          List<AccountId> accounts = accountsByHolder.get(holder);
          accounts.remove(a);
          if (accounts.isEmpty()) {
            accountsByHolder.remove(holder);
          }
        }
      }
    }
    Set<RecordKey> dropped = new HashSet<>();
    for (var it = records.entrySet().iterator(); it.hasNext(); ) {
      var versions = it.next();
      if (versions.getValue().dropAfter(head)) {
        it.remove();
        RecordKey key = versions.getKey();
        if (key.kind() == RecordKind.PROGRAM) {
          programs.remove(key.program());
        }
        dropped.add(key);
      }
    }
    if (dropped.isEmpty()) {
      return;
    }
    for (var byProgram = recordsByKind.values().iterator(); byProgram.hasNext(); ) {
      Map<RecordKind, List<RecordKey>> kinds = byProgram.next();
      kinds
          .values()
          .removeIf(
              keys -> {
                keys.removeAll(dropped);
                return keys.isEmpty();
              });
      if (kinds.isEmpty()) {
        byProgram.remove();
      }
    }
  }

  private CommandOutcome executeOne(Command command, CommandProcessor processor) {
    recent.forget();
    try {
      return decideAndAppend(command, processor);
    } finally {
      recent.forget();
    }
  }

  private CommandOutcome decideAndAppend(Command command, CommandProcessor processor) {
    Decision decision = processor.decide(command, current);
    if (decision instanceof Decision.Reject reject) {
      return new CommandOutcome.Refused(command, reject.rejection());
    }
    if (decision instanceof Decision.Replay replay) {
      return new CommandOutcome.Applied(command, replay.original(), true);
    }
    Decision.Accept accept = (Decision.Accept) decision;
    EntryHash previous =
        journal.isEmpty() ? EntryHash.GENESIS : journal.get(journal.size() - 1).hash();
    JournalEntry entry = processor.seal(accept.entry(), journal.size() + 1L, previous);
    append(entry, accept.records());
    return new CommandOutcome.Applied(command, entry, false);
  }

  /**
   * Appends an entry whole or, if a balance would overflow, not at all. Callers hold the write
   * lock; package private so that InMemoryAppendAtomicityTest (single-threaded) can hand it an
   * entry no rule would accept, which no processor can since the rules are the only one.
   */
  void append(JournalEntry entry, List<LedgerRecord> changed) {
    List<Posting> postings = entry.postings();
    BalanceHistory[] histories = new BalanceHistory[postings.size()];
    for (int i = 0; i < histories.length; i++) {
      Posting p = postings.get(i);
      BalanceHistory history = recent.get(balances, p.account());
      histories[i] = history;
      try {
        Math.addExact(history == null ? 0L : history.latest(), p.amount());
      } catch (ArithmeticException e) {
        throw new LedgerStoreException(
            "entry " + entry.id() + " would overflow the balance of " + p.account()
                + "; nothing was written",
            e);
      }
    }
    long seq = entry.sequence();
    journal.add(entry);
    written.add(ImmutableList.copyOf(changed));
    entriesById.put(entry.id(), entry);
    String reversed = entry.references().get(References.REVERSES);
    if (reversed != null) {
      reversals.put(EntryId.of(reversed), entry);
    }
    for (int i = 0; i < histories.length; i++) {
      Posting p = postings.get(i);
      BalanceHistory history = histories[i];
      if (history == null) {
        history = new BalanceHistory();
        AccountId a = p.account();
        balances.put(a, history);
        if (a.type().perContract()) {
          accountsByHolder
              .computeIfAbsent(
                  new HolderKey(a.program(), a.type(), a.holder()), k -> new ArrayList<>(2))
              .add(a);
        }
      }
      history.add(seq, p.amount());
    }
    for (LedgerRecord r : changed) {
      if (r instanceof ProgramRecord defined) {
        programs.putIfAbsent(defined.program().id(), defined.program());
      }
      RecordKey key = r.key();
      GrowableHistory<LedgerRecord> versions = recent.get(records, key);
      if (versions == null) {
        versions = new GrowableHistory<>();
        records.put(key, versions);
        recordsByKind
            .computeIfAbsent(key.program(), p -> new EnumMap<>(RecordKind.class))
            .computeIfAbsent(key.kind(), k -> new ArrayList<>())
            .add(key);
      }
      versions.add(seq, r);
    }
    // the lookups above may have found nothing where there is now a history
    recent.forget();
  }

  @Override
  public long headSequence() {
    read.lock();
    try {
      return journal.size();
    } finally {
      read.unlock();
    }
  }

  @Override
  public Optional<JournalEntry> entry(EntryId id) {
    read.lock();
    try {
      return Optional.ofNullable(entriesById.get(id));
    } finally {
      read.unlock();
    }
  }

  @Override
  public List<JournalEntry> entries(long fromSequence, int limit) {
    checkArgument(fromSequence >= 1, "sequence numbers start at 1");
    checkArgument(limit >= 0, "limit must not be negative");
    read.lock();
    try {
      int from = (int) Math.min(fromSequence - 1, journal.size());
      int to = (int) Math.min((long) from + limit, journal.size());
      return ImmutableList.copyOf(journal.subList(from, to));
    } finally {
      read.unlock();
    }
  }

  @Override
  public List<RawEntry> rawEntries(long fromSequence, int limit) {
    checkArgument(limit >= 0, "limit must not be negative");
    read.lock();
    try {
      List<RawEntry> found = new ArrayList<>(Math.min(limit, 1024));
      long first = Math.max(1, fromSequence);
      if (tampered != null) {
        for (RawEntry e : tampered) {
          if (found.size() < limit && e.sequence() >= fromSequence) {
            found.add(e);
          }
        }
        first = Math.max(first, tamperedUpTo + 1L);
      }
      for (long seq = first;
          seq <= journal.size() && found.size() < limit;
          seq++) {
        found.add(raw((int) seq - 1));
      }
      return found;
    } finally {
      read.unlock();
    }
  }

  private RawEntry raw(int index) {
    List<LedgerRecord> versions = written.get(index);
    List<RawRecordVersion> raw = new ArrayList<>(versions.size());
    for (LedgerRecord r : versions) {
      // the record object is what this store keeps: it has no stored text, and making one
      // (toString) for every version cost a third of an in-memory verification
      raw.add(RawRecordVersion.of(r, ""));
    }
    return RawEntry.of(journal.get(index), raw);
  }

  /**
   * Lets a test play a rogue administrator who edits the stored journal: {@code edit} gets every
   * stored row, in order, and returns what {@link #rawEntries} hands out from now on (rows
   * changed, removed, slipped in, in any order). Only the raw read changes; what the store decides
   * on and answers to queries stays as it was. Entries appended later follow the edited rows in
   * the raw read.
   *
   * @param edit the rows as the administrator leaves them
   */
  public void tamperWithStoredRows(UnaryOperator<List<RawEntry>> edit) {
    requireNonNull(edit, "edit");
    write.lock();
    try {
      // a writer may take the read lock it excludes others from
      List<RawEntry> all = rawEntries(Long.MIN_VALUE, Integer.MAX_VALUE);
      tampered = new ArrayList<>(requireNonNull(edit.apply(all), "edited rows"));
      tamperedUpTo = journal.size();
    } finally {
      write.unlock();
    }
  }

  @Override
  public long balance(AccountId account, long asOf) {
    read.lock();
    try {
      BalanceHistory history = balances.get(account);
      return history == null ? 0L : history.asOf(asOf);
    } finally {
      read.unlock();
    }
  }

  @Override
  public boolean accountExists(AccountId account, long asOf) {
    read.lock();
    try {
      BalanceHistory history = balances.get(account);
      return history != null && history.countUpTo(asOf) > 0;
    } finally {
      read.unlock();
    }
  }

  @Override
  public List<AccountLine> history(AccountId account, long asOf) {
    read.lock();
    try {
      BalanceHistory history = balances.get(account);
      if (history == null) {
        return List.of();
      }
      int n = history.countUpTo(asOf);
      List<AccountLine> lines = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        JournalEntry e = journal.get((int) history.sequenceAt(i) - 1);
        lines.add(
            new AccountLine(
                e.sequence(),
                e.id(),
                e.type(),
                e.businessDate(),
                e.amountFor(account),
                history.balanceAt(i)));
      }
      return lines;
    } finally {
      read.unlock();
    }
  }

  @Override
  public List<AccountId> accountsOf(
      ProgramId program, AccountType type, String holder, long asOf) {
    if (!type.perContract()) {
      return soleAccountOf(program, type, holder, asOf);
    }
    read.lock();
    try {
      List<AccountId> all = accountsByHolder.get(new HolderKey(program, type, holder));
      if (all == null) {
        return List.of();
      }
      List<AccountId> existing = new ArrayList<>(all.size());
      for (AccountId a : all) {
        if (balances.get(a).countUpTo(asOf) > 0) {
          existing.add(a);
        }
      }
      existing.sort(null);
      return existing;
    } finally {
      read.unlock();
    }
  }

  /** The one account of a type that is not per contract, if it has a posting up to asOf. */
  private List<AccountId> soleAccountOf(
      ProgramId program, AccountType type, String holder, long asOf) {
    requireNonNull(program, "program");
    requireNonNull(holder, "holder");
    AccountId account;
    try {
      account = new AccountId(program, type, holder, "");
    } catch (IllegalArgumentException notAnId) {
      return List.of(); // no account has such a holder
    }
    return accountExists(account, asOf) ? List.of(account) : List.of();
  }

  @Override
  public <R extends LedgerRecord> Optional<R> record(RecordKey key, Class<R> type, long asOf) {
    read.lock();
    try {
      GrowableHistory<LedgerRecord> versions = records.get(key);
      return versions == null ? Optional.empty() : Optional.ofNullable(versions.asOf(asOf)).map(type::cast);
    } finally {
      read.unlock();
    }
  }

  @Override
  public List<LedgerRecord> records(RecordKind kind, ProgramId program, long asOf) {
    read.lock();
    try {
      List<RecordKey> keys =
          recordsByKind.getOrDefault(program, Map.of()).get(kind);
      if (keys == null) {
        return List.of();
      }
      List<RecordKey> existing = new ArrayList<>(keys.size());
      for (RecordKey key : keys) {
        if (records.get(key).asOf(asOf) != null) {
          existing.add(key);
        }
      }
      existing.sort(null);
      List<LedgerRecord> found = new ArrayList<>(existing.size());
      for (RecordKey key : existing) {
        found.add(records.get(key).asOf(asOf));
      }
      return found;
    } finally {
      read.unlock();
    }
  }

  @Override
  public List<LedgerRecord> records(
      RecordKind kind, ProgramId program, long asOf, String afterId, int limit) {
    checkArgument(limit >= 1, "limit must be positive");
    requireNonNull(afterId, "afterId");
    read.lock();
    try {
      List<RecordKey> keys = recordsByKind.getOrDefault(program, Map.of()).get(kind);
      if (keys == null) {
        return List.of();
      }
      List<RecordKey> after = new ArrayList<>();
      for (RecordKey key : keys) {
        if (key.id().compareTo(afterId) > 0 && records.get(key).asOf(asOf) != null) {
          after.add(key);
        }
      }
      after.sort(null);
      List<LedgerRecord> found = new ArrayList<>(Math.min(limit, after.size()));
      for (RecordKey key : after.subList(0, Math.min(limit, after.size()))) {
        found.add(records.get(key).asOf(asOf));
      }
      return found;
    } finally {
      read.unlock();
    }
  }

  /** Nothing to release: the data stays in the heap until the store is unreachable. */
  @Override
  public void close() {}

  /** The state as the writer holding the write lock sees it. */
  private final class CurrentState implements StateView {
    @Override
    public Optional<Program> program(ProgramId id) {
      return Optional.ofNullable(programs.get(id));
    }

    @Override
    public long balance(AccountId account) {
      BalanceHistory history = recent.get(balances, account);
      return history == null ? 0L : history.latest();
    }

    @Override
    public Optional<JournalEntry> entry(EntryId id) {
      return Optional.ofNullable(entriesById.get(id));
    }

    @Override
    public Optional<JournalEntry> reversalOf(EntryId target) {
      return Optional.ofNullable(reversals.get(target));
    }

    @Override
    public <R extends LedgerRecord> Optional<R> record(RecordKey key, Class<R> type) {
      GrowableHistory<LedgerRecord> versions = recent.get(records, key);
      return versions == null ? Optional.empty() : Optional.ofNullable(versions.latest()).map(type::cast);
    }
  }
}
