package dev.pointsledger.core.audit;

import dev.pointsledger.core.account.AccountId;
import dev.pointsledger.core.account.AccountType;
import dev.pointsledger.core.command.Command;
import dev.pointsledger.core.command.CommandOutcome;
import dev.pointsledger.core.id.ClaimId;
import dev.pointsledger.core.id.ContractId;
import dev.pointsledger.core.id.EntryId;
import dev.pointsledger.core.id.ManufacturerId;
import dev.pointsledger.core.id.ProgramId;
import dev.pointsledger.core.id.SolutionId;
import dev.pointsledger.core.id.VendorId;
import dev.pointsledger.core.journal.EntryHash;
import dev.pointsledger.core.journal.EntryType;
import dev.pointsledger.core.journal.JournalEntry;
import dev.pointsledger.core.journal.References;
import dev.pointsledger.core.program.Program;
import dev.pointsledger.core.program.ProgramPresets;
import dev.pointsledger.core.state.ClaimRecord;
import dev.pointsledger.core.state.ClaimStatus;
import dev.pointsledger.core.state.ContractRecord;
import dev.pointsledger.core.state.ContractStatus;
import dev.pointsledger.core.state.DocumentRef;
import dev.pointsledger.core.state.LedgerRecord;
import dev.pointsledger.core.state.ManufacturerRecord;
import dev.pointsledger.core.state.ProgramRecord;
import dev.pointsledger.core.state.RecordKey;
import dev.pointsledger.core.state.RecordKind;
import dev.pointsledger.core.store.AccountLine;
import dev.pointsledger.core.store.CommandProcessor;
import dev.pointsledger.core.store.LedgerStore;
import dev.pointsledger.core.store.RawEntry;
import dev.pointsledger.core.store.RawPosting;
import dev.pointsledger.core.store.RawRecordVersion;
import dev.pointsledger.core.supply.SolutionCategory;
import dev.pointsledger.core.testing.StoredRows;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A journal of any length made on the fly, for the verifier's memory test: the 2022 program's
 * definition, then for each manufacturer a grant, a purchase, a claim, its approval and its
 * settlement (five entries, with every state record version the rules would write, hashed and
 * chained), so a million entries hold 200,000 manufacturers, contracts and claims and 600,000
 * accounts. Only the raw read is served; nothing is kept but the last hash.
 */
final class SyntheticJournal implements LedgerStore {
  private static final ProgramId P = ProgramPresets.INDUSTRIAL_PAVILION_2022;
  private static final Program PROGRAM = ProgramPresets.industrialPavilion2022();
  private static final LocalDate GRANTED = LocalDate.of(2022, 4, 1);
  private static final LocalDate BOUGHT = LocalDate.of(2022, 5, 2);
  private static final LocalDate CLAIMED = LocalDate.of(2022, 9, 1);

  private final long entries;
  private long next = 1;
  private byte[] previous = EntryHash.GENESIS.toBytes();

  SyntheticJournal(long manufacturers) {
    this.entries = 1 + 5 * manufacturers;
  }

  @Override
  public List<RawEntry> rawEntries(long fromSequence, int limit) {
    long from = Math.max(1, fromSequence);
    if (from != next) {
      next = 1;
      previous = EntryHash.GENESIS.toBytes();
      while (next < from && next <= entries) {
        previous = row(next++, previous).hash();
      }
    }
    List<RawEntry> rows = new ArrayList<>(Math.min(limit, 10_000));
    while (rows.size() < limit && next <= entries) {
      RawEntry e = row(next++, previous);
      previous = e.hash();
      rows.add(e);
    }
    return rows;
  }

  private static RawEntry row(long seq, byte[] previous) {
    if (seq == 1) {
      String id = "program:" + P.value();
      return sealed(seq, id, EntryType.PROGRAM_DEFINED, GRANTED, List.of(), new TreeMap<>(),
          List.of(new ProgramRecord(PROGRAM, EntryId.of(id))), previous);
    }
    long i = (seq - 2) / 5;
    int step = (int) ((seq - 2) % 5);
    String m = "M" + i;
    String v = "V" + (i % 50);
    String c = "C" + i;
    String k = "K" + i;
    ManufacturerId mid = ManufacturerId.of(m);
    ContractRecord contract = new ContractRecord(
        P, ContractId.of(c), mid, VendorId.of(v), SolutionId.of("S-" + v),
        SolutionCategory.PRODUCTION, 1_000, 1_200, 400, 600, LocalDate.of(2022, 6, 1),
        LocalDate.of(2022, 8, 31), ContractStatus.ACTIVE, EntryId.of("r-" + i), Optional.empty());
    ClaimRecord claim = new ClaimRecord(
        P, ClaimId.of(k), ContractId.of(c), mid, VendorId.of(v), 400,
        List.of(DocumentRef.invoice("INV-" + k)), CLAIMED, ClaimStatus.PENDING,
        EntryId.of("k-" + i), Optional.empty());
    SortedMap<String, String> refs = new TreeMap<>();
    switch (step) {
      case 0 -> {
        refs.put(References.MANUFACTURER, m);
        return sealed(seq, "g-" + i, EntryType.GRANT, GRANTED,
            postings(AccountId.pool(P), AccountId.available(P, mid), 1_000), refs,
            List.of(new ManufacturerRecord(P, mid, 1_000, 0)), previous);
      }
      case 1 -> {
        refs.put(References.MANUFACTURER, m);
        refs.put(References.VENDOR, v);
        refs.put(References.CONTRACT, c);
        return sealed(seq, "r-" + i, EntryType.RESERVE, BOUGHT,
            postings(AccountId.available(P, mid), AccountId.reserved(P, mid, contract.id()), 400),
            refs, List.of(contract, new ManufacturerRecord(P, mid, 1_000, 400)), previous);
      }
      case 2 -> {
        refs.put(References.MANUFACTURER, m);
        refs.put(References.VENDOR, v);
        refs.put(References.CONTRACT, c);
        refs.put(References.CLAIM, k);
        return sealed(seq, "k-" + i, EntryType.CLAIM, CLAIMED,
            postings(AccountId.reserved(P, mid, contract.id()),
                AccountId.claimed(P, mid, contract.id()), 400),
            refs, List.of(claim, contract.with(ContractStatus.CLAIM_PENDING,
                Optional.of(claim.id()))), previous);
      }
      case 3 -> {
        refs.put(References.MANUFACTURER, m);
        refs.put(References.VENDOR, v);
        refs.put(References.CONTRACT, c);
        refs.put(References.CLAIM, k);
        return sealed(seq, "a-" + i, EntryType.APPROVE, CLAIMED,
            postings(AccountId.claimed(P, mid, contract.id()),
                AccountId.payable(P, VendorId.of(v)), 400),
            refs, List.of(claim.with(ClaimStatus.APPROVED, Optional.empty()),
                contract.with(ContractStatus.CLOSED, Optional.empty())), previous);
      }
      default -> {
        refs.put(References.VENDOR, v);
        refs.put(References.PAYOUT, "PAY-" + i);
        refs.put(References.settles(1), k);
        return sealed(seq, "s-" + i, EntryType.SETTLE, CLAIMED,
            postings(AccountId.payable(P, VendorId.of(v)), AccountId.paid(P, VendorId.of(v)),
                400),
            refs, List.of(claim.with(ClaimStatus.SETTLED, Optional.of("PAY-" + i))), previous);
      }
    }
  }

  private static List<RawPosting> postings(AccountId from, AccountId to, long amount) {
    return List.of(raw(from, -amount), raw(to, amount));
  }

  private static RawPosting raw(AccountId a, long amount) {
    return new RawPosting(a.program().value(), a.type().tag(), a.holder(), a.contract(), amount);
  }

  private static RawEntry sealed(
      long seq, String id, EntryType type, LocalDate day, List<RawPosting> postings,
      SortedMap<String, String> refs, List<LedgerRecord> records, byte[] previous) {
    List<RawRecordVersion> versions = new ArrayList<>(records.size());
    for (LedgerRecord r : records) {
      versions.add(RawRecordVersion.of(r, ""));
    }
    byte[] fingerprint = new byte[32];
    fingerprint[0] = (byte) seq;
    RawEntry unsealed = new RawEntry(seq, id, type.tag(), P.value(), day, 1_650_000_000L + seq, 0,
        postings, refs, versions, fingerprint, previous, new byte[32], List.of());
    return StoredRows.placed(unsealed, seq, previous, StoredRows.hashOf(unsealed).toBytes());
  }

  @Override
  public List<Program> programs() {
    return List.of(PROGRAM);
  }

  @Override
  public long headSequence() {
    return entries;
  }

  @Override
  public List<CommandOutcome> execute(List<? extends Command> c, CommandProcessor p) {
    throw new UnsupportedOperationException("a synthetic journal is read only");
  }

  @Override
  public Optional<JournalEntry> entry(EntryId id) {
    throw new UnsupportedOperationException("only the raw read");
  }

  @Override
  public List<JournalEntry> entries(long fromSequence, int limit) {
    throw new UnsupportedOperationException("only the raw read");
  }

  @Override
  public long balance(AccountId account, long asOf) {
    throw new UnsupportedOperationException("only the raw read");
  }

  @Override
  public boolean accountExists(AccountId account, long asOf) {
    throw new UnsupportedOperationException("only the raw read");
  }

  @Override
  public List<AccountLine> history(AccountId account, long asOf) {
    throw new UnsupportedOperationException("only the raw read");
  }

  @Override
  public List<AccountId> accountsOf(ProgramId p, AccountType t, String holder, long asOf) {
    throw new UnsupportedOperationException("only the raw read");
  }

  @Override
  public <R extends LedgerRecord> Optional<R> record(RecordKey key, Class<R> type, long asOf) {
    throw new UnsupportedOperationException("only the raw read");
  }

  @Override
  public List<LedgerRecord> records(RecordKind kind, ProgramId program, long asOf) {
    throw new UnsupportedOperationException("only the raw read");
  }

  @Override
  public void close() {}
}
