package dev.pointsledger.core.finance;

import static java.util.Objects.requireNonNull;

import dev.pointsledger.core.account.AccountType;
import dev.pointsledger.core.finance.Discrepancy.Check;
import dev.pointsledger.core.id.ContractId;
import dev.pointsledger.core.id.ManufacturerId;
import dev.pointsledger.core.id.ProgramId;
import dev.pointsledger.core.id.VendorId;
import dev.pointsledger.core.journal.JournalEntry;
import dev.pointsledger.core.journal.Posting;
import dev.pointsledger.core.program.Program;
import dev.pointsledger.core.state.ContractRecord;
import dev.pointsledger.core.state.VendorRecord;
import dev.pointsledger.core.supply.SolutionCategory;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Reconciles a program over a range of business dates: streams its journal once, as of the source's
 * sequence number, and adds up every movement per vendor, contract, manufacturer, category and
 * program, before the range, over it and up to its end; then checks the identities finance relies
 * on and reports every one that fails, where and by how much ({@link Discrepancy}):
 *
 * <ul>
 *   <li>{@code issued = available + reserved + claimed + payable + paid + lapsed}, and the pool's
 *       balance is minus the points issued, before the range and at its end;
 *   <li>every account type's balance, from the postings, is what the movements imply;
 *   <li>per manufacturer, {@code granted = available + reserved + claimed + used + lapsed};
 *   <li>per vendor, approved-but-unpaid points are its payable balance and settled points its paid
 *       balance;
 *   <li>every posting belongs to a movement its entry's type makes.
 * </ul>
 *
 * <p><b>Dates.</b> An entry counts by its business date: before the range (the opening position),
 * in it (the period's figures) or after it (ignored). Entries after the source's sequence number
 * are never read.
 *
 * <p><b>No point lost, no overflow.</b> Every posting is counted once in a balance and, when it is
 * explained, once in one movement; every addition is {@code Math.addExact}, so a total that would
 * pass 2^63 - 1 throws {@link ArithmeticException} instead of wrapping. No total of a real program
 * comes near: each is at most the sum of the absolute amounts of a program's postings, each of
 * which a store already added exactly into a balance.
 *
 * <p><b>Memory.</b> The journal is read a page at a time ({@link JournalSource#PAGE_SIZE}); what is
 * kept is one line per vendor, contract, manufacturer and category and a small note per contract
 * and claim.
 */
public final class Reconciliation {
  private static final int MEASURES = Measure.values().length;

  private Reconciliation() {}

  /**
   * Reconciles a program.
   *
   * @param source the journal, as of one entry
   * @param program the program
   * @param range the business dates to cover
   * @return the report
   * @throws dev.pointsledger.core.error.LedgerRejectedException {@code UNKNOWN_PROGRAM} if the
   *     program is not defined
   * @throws dev.pointsledger.core.error.LedgerStoreException if the store fails
   */
  public static ReconciliationReport of(JournalSource source, ProgramId program, DateRange range) {
    requireNonNull(source, "source");
    requireNonNull(range, "range");
    Program defined = source.program(program);
    Run run = new Run(range);
    Movements.read(source, program, run);
    Map<VendorId, String> names = new HashMap<>();
    for (VendorRecord v : source.view().vendors(program)) {
      names.put(v.vendor(), v.name());
    }
    Map<ContractId, ContractRecord> contracts = new HashMap<>();
    for (ContractRecord c : source.view().contracts(program)) {
      contracts.put(c.id(), c);
    }
    return run.report(defined, source.sequence(), names, contracts);
  }

  /**
   * Hands every movement of a program whose entry's business date is in a range to an action, in
   * journal order: the entries behind every figure of {@link #of}.
   *
   * @param source the journal, as of one entry
   * @param program the program
   * @param range the business dates to cover
   * @param action what to do with each movement
   * @throws dev.pointsledger.core.error.LedgerRejectedException {@code UNKNOWN_PROGRAM} if the
   *     program is not defined
   * @throws dev.pointsledger.core.error.LedgerStoreException if the store fails
   */
  public static void movements(
      JournalSource source, ProgramId program, DateRange range, Consumer<Movement> action) {
    requireNonNull(source, "source");
    requireNonNull(range, "range");
    requireNonNull(action, "action");
    source.program(program);
    Movements.read(
        source,
        program,
        new Movements.Listener() {
          @Override
          public void posting(JournalEntry entry, Posting posting) {}

          @Override
          public void movement(Movement movement) {
            if (range.contains(movement.businessDate())) {
              action.accept(movement);
            }
          }

          @Override
          public void unexplained(JournalEntry entry, String what, long amount) {}
        });
  }

  /**
   * The movements behind one line's figures over a range: add up those of a measure and you have
   * the line's figure for it.
   *
   * @param source the journal, as of one entry
   * @param program the program
   * @param range the business dates
   * @param dimension what the line is about
   * @param key the line's key (see {@link Dimension#matches})
   * @return the movements, in journal order
   * @throws dev.pointsledger.core.error.LedgerRejectedException {@code UNKNOWN_PROGRAM} if the
   *     program is not defined
   */
  public static List<Movement> trace(
      JournalSource source, ProgramId program, DateRange range, Dimension dimension, String key) {
    requireNonNull(dimension, "dimension");
    requireNonNull(key, "key");
    List<Movement> found = new ArrayList<>();
    movements(
        source,
        program,
        range,
        m -> {
          if (dimension.matches(m, key)) {
            found.add(m);
          }
        });
    return found;
  }

  /** One line being added up: figures before and during the range, and its trace. */
  private static final class Tally {
    final long[] before = new long[MEASURES];
    final long[] period = new long[MEASURES];
    long count;
    long first;
    long last;

    void add(Movement m, boolean inRange) {
      int i = m.measure().ordinal();
      if (inRange) {
        period[i] = Math.addExact(period[i], m.amount());
        count++;
        if (first == 0) {
          first = m.sequence();
        }
        last = m.sequence();
      } else {
        before[i] = Math.addExact(before[i], m.amount());
      }
    }

    Figures period() {
      return Figures.of(period);
    }

    Figures toDate() {
      long[] sum = new long[MEASURES];
      for (int i = 0; i < MEASURES; i++) {
        sum[i] = Math.addExact(before[i], period[i]);
      }
      return Figures.of(sum);
    }

    Trace trace() {
      return count == 0 ? Trace.NONE : new Trace(count, first, last);
    }
  }

  /** Balances by account type, from the postings. */
  private static final class Balances {
    final long[] byType = new long[AccountType.values().length];

    void add(AccountType type, long amount) {
      byType[type.ordinal()] = Math.addExact(byType[type.ordinal()], amount);
    }

    long of(AccountType type) {
      return byType[type.ordinal()];
    }
  }

  /** Contract facts seen on its movements. */
  private static final class ContractFacts {
    final Tally tally = new Tally();
    Optional<ManufacturerId> manufacturer = Optional.empty();
    Optional<VendorId> vendor = Optional.empty();
    Optional<SolutionCategory> category = Optional.empty();
  }

  /** One reading of the journal. */
  private static final class Run implements Movements.Listener {
    private final DateRange range;
    private final Tally program = new Tally();
    private final Map<SolutionCategory, Tally> categories = new EnumMap<>(SolutionCategory.class);
    private final Map<VendorId, Tally> vendors = new TreeMap<>();
    private final Map<ContractId, ContractFacts> contracts = new TreeMap<>();
    private final Map<ManufacturerId, Tally> manufacturers = new TreeMap<>();
    private final Balances opening = new Balances();
    private final Balances closing = new Balances();
    private final Map<String, Balances> byHolder = new HashMap<>();
    private final Map<String, Discrepancy> unexplained = new LinkedHashMap<>();

    Run(DateRange range) {
      this.range = range;
      for (SolutionCategory c : SolutionCategory.values()) {
        categories.put(c, new Tally());
      }
    }

    @Override
    public void posting(JournalEntry entry, Posting p) {
      if (entry.businessDate().isAfter(range.to())) {
        return;
      }
      AccountType type = p.account().type();
      if (range.startsAfter(entry.businessDate())) {
        opening.add(type, p.amount());
      }
      closing.add(type, p.amount());
      if (type.holderKind() != AccountType.HolderKind.PROGRAM) {
        byHolder
            .computeIfAbsent(type.holderKind() + "|" + p.account().holder(), h -> new Balances())
            .add(type, p.amount());
      }
    }

    @Override
    public void movement(Movement m) {
      if (m.businessDate().isAfter(range.to())) {
        return;
      }
      boolean in = range.contains(m.businessDate());
      program.add(m, in);
      m.category().ifPresent(c -> categories.get(c).add(m, in));
      m.vendor().ifPresent(v -> vendors.computeIfAbsent(v, x -> new Tally()).add(m, in));
      m.manufacturer()
          .ifPresent(x -> manufacturers.computeIfAbsent(x, y -> new Tally()).add(m, in));
      if (m.contract().isPresent()) {
        ContractFacts c = contracts.computeIfAbsent(m.contract().get(), x -> new ContractFacts());
        c.tally.add(m, in);
        if (c.manufacturer.isEmpty()) {
          c.manufacturer = m.manufacturer();
        }
        if (c.vendor.isEmpty()) {
          c.vendor = m.vendor();
        }
        if (c.category.isEmpty()) {
          c.category = m.category();
        }
      }
    }

    @Override
    public void unexplained(JournalEntry entry, String what, long amount) {
      if (entry.businessDate().isAfter(range.to())) {
        return;
      }
      String where =
          "entry #" + entry.sequence() + " " + entry.id() + " (" + entry.type() + "): " + what;
      unexplained.putIfAbsent(
          where,
          new Discrepancy(
              Check.POSTINGS_EXPLAINED,
              where,
              0,
              amount,
              List.of(new EntryRef(entry.sequence(), entry.id()))));
    }

    ReconciliationReport report(
        Program defined,
        long asOf,
        Map<VendorId, String> names,
        Map<ContractId, ContractRecord> records) {
      List<Discrepancy> found = new ArrayList<>(unexplained.values());
      Figures before = Figures.of(program.before);
      Figures toDate = program.toDate();
      Position open = position(before, opening);
      Position close = position(toDate, closing);
      tieOut("opening", open, found);
      tieOut("closing", close, found);
      for (AccountType type : AccountType.values()) {
        long implied = toDate.impliedBalance(type);
        if (implied != closing.of(type)) {
          found.add(
              new Discrepancy(
                  Check.BALANCE_MATCHES_MOVEMENTS,
                  "closing " + type,
                  implied,
                  closing.of(type),
                  List.of()));
        }
      }
      List<VendorLine> vendorLines = new ArrayList<>(vendors.size());
      for (Map.Entry<VendorId, Tally> e : vendors.entrySet()) {
        Balances b = holder(AccountType.HolderKind.VENDOR, e.getKey().value());
        VendorLine line =
            new VendorLine(
                e.getKey(),
                names.getOrDefault(e.getKey(), ""),
                e.getValue().period(),
                e.getValue().toDate(),
                b.of(AccountType.PAYABLE),
                b.of(AccountType.PAID),
                e.getValue().trace());
        vendorLines.add(line);
        String where = "vendor " + e.getKey();
        if (line.outstanding() != line.payable()) {
          found.add(
              new Discrepancy(
                  Check.OUTSTANDING_IS_PAYABLE,
                  where,
                  line.outstanding(),
                  line.payable(),
                  List.of()));
        }
        if (line.toDate().settled() != line.paid()) {
          found.add(
              new Discrepancy(
                  Check.SETTLED_IS_PAID, where, line.toDate().settled(), line.paid(), List.of()));
        }
      }
      List<ManufacturerLine> manufacturerLines = new ArrayList<>(manufacturers.size());
      for (Map.Entry<ManufacturerId, Tally> e : manufacturers.entrySet()) {
        Balances b = holder(AccountType.HolderKind.MANUFACTURER, e.getKey().value());
        ManufacturerLine line =
            new ManufacturerLine(
                e.getKey(),
                e.getValue().period(),
                e.getValue().toDate(),
                b.of(AccountType.AVAILABLE),
                b.of(AccountType.RESERVED),
                b.of(AccountType.CLAIMED),
                b.of(AccountType.LAPSED),
                e.getValue().trace());
        manufacturerLines.add(line);
        if (!line.addsUp()) {
          long held =
              Math.addExact(
                  Math.addExact(line.available(), line.reserved()),
                  Math.addExact(Math.addExact(line.claimed(), line.lapsed()), line.used()));
          found.add(
              new Discrepancy(
                  Check.MANUFACTURER_POINTS_ADD_UP,
                  "manufacturer " + e.getKey(),
                  line.granted(),
                  held,
                  List.of()));
        }
      }
      List<ContractLine> contractLines = new ArrayList<>(contracts.size());
      for (Map.Entry<ContractId, ContractFacts> e : contracts.entrySet()) {
        ContractFacts c = e.getValue();
        Optional<ContractRecord> record = Optional.ofNullable(records.get(e.getKey()));
        contractLines.add(
            new ContractLine(
                e.getKey(),
                c.manufacturer.or(() -> record.map(ContractRecord::manufacturer)),
                c.vendor.or(() -> record.map(ContractRecord::vendor)),
                c.category.or(() -> record.map(ContractRecord::category)),
                record.map(ContractRecord::price).orElse(0L),
                record.map(ContractRecord::ownPart).orElse(0L),
                c.tally.period(),
                c.tally.toDate(),
                c.tally.trace()));
      }
      List<CategoryLine> categoryLines = new ArrayList<>(categories.size());
      for (Map.Entry<SolutionCategory, Tally> e : categories.entrySet()) {
        categoryLines.add(
            new CategoryLine(
                e.getKey(), e.getValue().period(), e.getValue().toDate(), e.getValue().trace()));
      }
      return new ReconciliationReport(
          defined.id(),
          defined.name(),
          range,
          asOf,
          new ProgramTotals(program.period(), toDate, open, close, program.trace()),
          vendorLines,
          contractLines,
          manufacturerLines,
          categoryLines,
          found);
    }

    private Balances holder(AccountType.HolderKind kind, String holder) {
      return byHolder.getOrDefault(kind + "|" + holder, new Balances());
    }

    private static Position position(Figures figures, Balances b) {
      return new Position(
          figures.granted(),
          b.of(AccountType.PROGRAM_POOL),
          b.of(AccountType.AVAILABLE),
          b.of(AccountType.RESERVED),
          b.of(AccountType.CLAIMED),
          b.of(AccountType.PAYABLE),
          b.of(AccountType.PAID),
          b.of(AccountType.LAPSED));
    }

    private static void tieOut(String when, Position p, List<Discrepancy> found) {
      if (p.pool() != Math.negateExact(p.issued())) {
        found.add(
            new Discrepancy(
                Check.POOL_IS_MINUS_ISSUED,
                when + " pool",
                Math.negateExact(p.issued()),
                p.pool(),
                List.of()));
      }
      if (p.accounted() != p.issued()) {
        found.add(
            new Discrepancy(
                Check.ISSUED_IS_ACCOUNTED_FOR, when, p.issued(), p.accounted(), List.of()));
      }
    }
  }
}
