package dev.pointsledger.core.finance.export;

import static java.util.Objects.requireNonNull;

import dev.pointsledger.core.finance.CategoryLine;
import dev.pointsledger.core.finance.ContractLine;
import dev.pointsledger.core.finance.DateRange;
import dev.pointsledger.core.finance.Discrepancy;
import dev.pointsledger.core.finance.EntryRef;
import dev.pointsledger.core.finance.Figures;
import dev.pointsledger.core.finance.JournalSource;
import dev.pointsledger.core.finance.ManufacturerLine;
import dev.pointsledger.core.finance.Measure;
import dev.pointsledger.core.finance.Movement;
import dev.pointsledger.core.finance.Position;
import dev.pointsledger.core.finance.Reconciliation;
import dev.pointsledger.core.finance.ReconciliationReport;
import dev.pointsledger.core.finance.Trace;
import dev.pointsledger.core.finance.VendorLine;
import dev.pointsledger.core.finance.payout.BadRow;
import dev.pointsledger.core.finance.payout.PayoutApplication;
import dev.pointsledger.core.finance.payout.PayoutFile;
import dev.pointsledger.core.finance.payout.PayoutLine;
import dev.pointsledger.core.finance.payout.PayoutMatch;
import dev.pointsledger.core.finance.payout.PayoutOutcome;
import dev.pointsledger.core.finance.payout.UnpaidClaim;
import dev.pointsledger.core.id.ClaimId;
import dev.pointsledger.core.id.ProgramId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every finance report as tables, ready for {@link CsvExport}, {@link JsonExport} and the workbook
 * export; each table's figures are the report's own, and every line carries the count and the first
 * and last sequence numbers of the movements behind it, which the {@code movements} table lists one
 * by one.
 */
public final class FinanceTables {
  private static final List<Column> FIGURES =
      List.of(
          amount("reserved"),
          amount("released"),
          amount("released_lapsed"),
          amount("claimed"),
          amount("approved"),
          amount("rejected"),
          amount("settled"),
          amount("outstanding"));
  private static final List<Column> TRACE =
      List.of(number("movements"), number("first_sequence"), number("last_sequence"));

  private FinanceTables() {}

  /**
   * A reconciliation's tables: {@code position}, {@code program}, {@code vendors}, {@code
   * contracts}, {@code manufacturers}, {@code categories}, {@code discrepancies}.
   *
   * @param report the reconciliation
   * @return the report's tables
   */
  public static ReportTables reconciliation(ReconciliationReport report) {
    requireNonNull(report, "report");
    Map<AboutField, Object> about = new LinkedHashMap<>();
    about.put(AboutField.REPORT, "reconciliation");
    about.put(AboutField.PROGRAM, report.program().value());
    about.put(AboutField.PROGRAM_NAME, report.programName());
    about.put(AboutField.FROM, report.range().from());
    about.put(AboutField.TO, report.range().to());
    about.put(AboutField.AS_OF, report.asOf());
    about.put(AboutField.TIES_OUT, report.tiesOut());
    about.put(AboutField.DISCREPANCIES, (long) report.discrepancies().size());
    return new ReportTables(
        "reconciliation",
        about,
        List.of(
            position(report),
            program(report),
            vendors(report),
            contracts(report),
            manufacturers(report),
            categories(report),
            discrepancies(report)));
  }

  /**
   * A reconciliation's tables followed by its {@code movements} table, streamed from the source it
   * was made from: every figure of the report with the entries behind it, in one export.
   *
   * @param report the reconciliation
   * @param source the journal it was made from
   * @return the report's tables, {@code movements} last
   * @throws IllegalArgumentException if the source is not as of the report's entry
   */
  public static ReportTables reconciliation(ReconciliationReport report, JournalSource source) {
    requireNonNull(report, "report");
    requireNonNull(source, "source");
    if (source.sequence() != report.asOf()) {
      throw new IllegalArgumentException(
          "the report is as of entry "
              + report.asOf()
              + ", the source as of "
              + source.sequence()
              + ": trace a report with the source it was made from");
    }
    ReportTables tables = reconciliation(report);
    List<Table> all = new ArrayList<>(tables.tables());
    all.add(movements(source, report.program(), report.range()));
    return new ReportTables(tables.name(), tables.about(), all);
  }

  /**
   * The movements behind a reconciliation's figures, one row each, streamed from the journal:
   * filter by a line's vendor, contract, manufacturer or category and a measure, add up the
   * amounts, and you have the line's figure.
   *
   * @param source the journal as of one entry (the reconciliation's)
   * @param program the program
   * @param range the business dates
   * @return the table, read from the store each time it is written
   */
  public static Table movements(JournalSource source, ProgramId program, DateRange range) {
    requireNonNull(source, "source");
    requireNonNull(program, "program");
    requireNonNull(range, "range");
    source.program(program);
    List<Column> columns =
        List.of(
            number("sequence"),
            text("entry"),
            text("entry_type"),
            date("business_date"),
            label("measure"),
            amount("amount"),
            text("manufacturer"),
            text("vendor"),
            text("contract"),
            label("category"),
            text("claim"),
            text("payout_reference"));
    return Table.streaming(
        "movements",
        columns,
        action -> Reconciliation.movements(source, program, range, m -> action.accept(row(m))));
  }

  private static List<Object> row(Movement m) {
    return Arrays.asList(
        m.sequence(),
        m.entry().value(),
        m.entryType().tag(),
        m.businessDate(),
        m.measure(),
        m.amount(),
        m.manufacturer().map(x -> x.value()).orElse(null),
        m.vendor().map(x -> x.value()).orElse(null),
        m.contract().map(x -> x.value()).orElse(null),
        m.category().orElse(null),
        m.claim().map(x -> x.value()).orElse(null),
        m.payout().orElse(null));
  }

  private static Table position(ReconciliationReport r) {
    Position o = r.totals().opening();
    Position c = r.totals().closing();
    List<List<Object>> rows = new ArrayList<>();
    rows.add(List.of(PositionItem.ISSUED, o.issued(), c.issued()));
    rows.add(List.of(PositionItem.POOL, o.pool(), c.pool()));
    rows.add(List.of(PositionItem.AVAILABLE, o.available(), c.available()));
    rows.add(List.of(PositionItem.RESERVED, o.reserved(), c.reserved()));
    rows.add(List.of(PositionItem.CLAIMED, o.claimed(), c.claimed()));
    rows.add(List.of(PositionItem.PAYABLE, o.payable(), c.payable()));
    rows.add(List.of(PositionItem.PAID, o.paid(), c.paid()));
    rows.add(List.of(PositionItem.LAPSED, o.lapsed(), c.lapsed()));
    rows.add(List.of(PositionItem.ACCOUNTED, o.accounted(), c.accounted()));
    return Table.of("position", List.of(label("item"), amount("opening"), amount("closing")), rows);
  }

  private static Table program(ReconciliationReport r) {
    List<List<Object>> rows = new ArrayList<>();
    for (Measure m : Measure.values()) {
      rows.add(List.of(m, r.totals().period().of(m), r.totals().toDate().of(m)));
    }
    return Table.of(
        "program", List.of(label("measure"), amount("period"), amount("to_date")), rows);
  }

  private static Table vendors(ReconciliationReport r) {
    List<Column> columns = new ArrayList<>(List.of(text("vendor"), text("name")));
    columns.addAll(FIGURES);
    columns.addAll(List.of(amount("payable"), amount("paid")));
    columns.addAll(TRACE);
    List<List<Object>> rows = new ArrayList<>();
    for (VendorLine v : r.vendors()) {
      List<Object> row = new ArrayList<>(List.of(v.vendor().value(), v.name()));
      row.addAll(figures(v.period(), v.outstanding()));
      row.addAll(List.of(v.payable(), v.paid()));
      row.addAll(trace(v.trace()));
      rows.add(row);
    }
    return Table.of("vendors", columns, rows);
  }

  private static Table contracts(ReconciliationReport r) {
    List<Column> columns =
        new ArrayList<>(
            List.of(
                text("contract"),
                text("manufacturer"),
                text("vendor"),
                label("category"),
                amount("price"),
                amount("own_part")));
    columns.addAll(FIGURES);
    columns.addAll(TRACE);
    List<List<Object>> rows = new ArrayList<>();
    for (ContractLine c : r.contracts()) {
      List<Object> row =
          new ArrayList<>(
              Arrays.asList(
                  c.contract().value(), c.manufacturer().map(x -> x.value()).orElse(null),
                  c.vendor().map(x -> x.value()).orElse(null), c.category().orElse(null),
                  c.price(), c.ownPart()));
      row.addAll(figures(c.period(), c.outstanding()));
      row.addAll(trace(c.trace()));
      rows.add(row);
    }
    return Table.of("contracts", columns, rows);
  }

  private static Table manufacturers(ReconciliationReport r) {
    List<Column> columns =
        new ArrayList<>(
            List.of(
                text("manufacturer"),
                amount("granted"),
                amount("reserved"),
                amount("released"),
                amount("used"),
                amount("lapsed"),
                amount("granted_to_date"),
                amount("closing_available"),
                amount("closing_reserved"),
                amount("closing_claimed"),
                amount("used_to_date"),
                amount("closing_lapsed")));
    columns.addAll(TRACE);
    List<List<Object>> rows = new ArrayList<>();
    for (ManufacturerLine m : r.manufacturers()) {
      List<Object> row =
          new ArrayList<>(
              List.of(
                  m.manufacturer().value(),
                  m.period().granted(),
                  m.period().reserved(),
                  m.period().released(),
                  m.period().approved(),
                  m.period().allLapsed(),
                  m.granted(),
                  m.available(),
                  m.reserved(),
                  m.claimed(),
                  m.used(),
                  m.lapsed()));
      row.addAll(trace(m.trace()));
      rows.add(row);
    }
    return Table.of("manufacturers", columns, rows);
  }

  private static Table categories(ReconciliationReport r) {
    List<Column> columns = new ArrayList<>(List.of(number("number"), label("category")));
    columns.addAll(FIGURES);
    columns.addAll(TRACE);
    List<List<Object>> rows = new ArrayList<>();
    for (CategoryLine c : r.categories()) {
      List<Object> row = new ArrayList<>(List.of((long) c.category().number(), c.category()));
      row.addAll(figures(c.period(), c.outstanding()));
      row.addAll(trace(c.trace()));
      rows.add(row);
    }
    return Table.of("categories", columns, rows);
  }

  private static Table discrepancies(ReconciliationReport r) {
    List<List<Object>> rows = new ArrayList<>();
    for (Discrepancy d : r.discrepancies()) {
      rows.add(
          List.of(
              d.check(),
              d.where(),
              d.expected(),
              d.actual(),
              d.difference(),
              d.entries().stream().map(EntryRef::toString).collect(Collectors.joining("; "))));
    }
    return Table.of(
        "discrepancies",
        List.of(
            label("check"),
            text("where"),
            amount("expected"),
            amount("actual"),
            amount("difference"),
            text("entries")),
        rows);
  }

  /**
   * A payout match's tables: {@code payouts} (one row per payout with its outcome), {@code
   * unpaid_claims} (approved claims no payout pays) and {@code bad_rows}.
   *
   * @param file the file as read
   * @param match the match
   * @return the report's tables
   */
  public static ReportTables payoutMatch(PayoutFile file, PayoutMatch match) {
    requireNonNull(file, "file");
    requireNonNull(match, "match");
    Map<AboutField, Object> about = new LinkedHashMap<>();
    about.put(AboutField.REPORT, "payout-match");
    about.put(AboutField.PROGRAM, match.program().value());
    about.put(AboutField.AS_OF, match.asOf());
    about.put(AboutField.CHARSET, file.charset().name());
    about.put(AboutField.PAYOUTS, (long) match.lines().size());
    about.put(AboutField.MATCHED, match.counts().get(PayoutOutcome.MATCHED));
    about.put(AboutField.UNPAID_CLAIMS, (long) match.unpaid().size());
    about.put(AboutField.BAD_ROWS, (long) match.badRows().size());
    List<List<Object>> payouts = new ArrayList<>();
    for (PayoutLine l : match.lines()) {
      payouts.add(
          Arrays.asList(
              l.row().line(),
              l.row().vendor().value(),
              l.row().amount(),
              l.row().reference(),
              l.row().date(),
              claims(l.claims()),
              l.outcome(),
              l.expected(),
              l.outcome() == PayoutOutcome.AMOUNT_MISMATCH
                  ? Math.subtractExact(l.row().amount(), l.expected())
                  : null,
              l.duplicateOf().orElse(null),
              l.alreadySettled(),
              l.detail()));
    }
    List<List<Object>> unpaid = new ArrayList<>();
    for (UnpaidClaim u : match.unpaid()) {
      unpaid.add(
          List.of(
              u.claim().value(),
              u.vendor().value(),
              u.contract().value(),
              u.amount(),
              u.filedOn(),
              PayoutOutcome.APPROVED_UNPAID));
    }
    List<List<Object>> bad = new ArrayList<>();
    for (BadRow b : match.badRows()) {
      for (BadRow.Problem p : b.problems()) {
        bad.add(
            Arrays.asList(
                b.line(),
                p.reason(),
                p.column() == 0 ? null : (long) p.column(),
                p.value(),
                String.join(" | ", b.fields())));
      }
    }
    return new ReportTables(
        "payout-match",
        about,
        List.of(
            Table.of(
                "payouts",
                List.of(
                    number("line"),
                    text("vendor"),
                    amount("amount"),
                    text("payout_reference"),
                    date("payout_date"),
                    text("claims"),
                    label("outcome"),
                    amount("expected"),
                    amount("difference"),
                    number("duplicate_of"),
                    flag("already_settled"),
                    text("detail")),
                payouts),
            Table.of(
                "unpaid_claims",
                List.of(
                    text("claim"),
                    text("vendor"),
                    text("contract"),
                    amount("amount"),
                    date("filed_on"),
                    label("outcome")),
                unpaid),
            Table.of(
                "bad_rows",
                List.of(
                    number("line"),
                    label("reason"),
                    number("column"),
                    text("value"),
                    text("fields")),
                bad)));
  }

  /**
   * What applying a payout file did: one row per matched payout.
   *
   * @param match the match that was applied
   * @param application what applying it did
   * @return the report's tables
   */
  public static ReportTables payoutApplication(PayoutMatch match, PayoutApplication application) {
    requireNonNull(match, "match");
    requireNonNull(application, "application");
    Map<AboutField, Object> about = new LinkedHashMap<>();
    about.put(AboutField.REPORT, "payout-application");
    about.put(AboutField.PROGRAM, match.program().value());
    about.put(AboutField.AS_OF, match.asOf());
    about.put(AboutField.BAD_ROWS, (long) match.badRows().size());
    List<List<Object>> rows = new ArrayList<>();
    for (PayoutApplication.Result r : application.results()) {
      rows.add(
          Arrays.asList(
              r.line(),
              r.payoutReference(),
              r.entry().value(),
              r.kind(),
              r.sequence().orElse(null),
              r.refusal().map(Enum::name).orElse(null),
              r.message()));
    }
    return new ReportTables(
        "payout-application",
        about,
        List.of(
            Table.of(
                "applied",
                List.of(
                    number("line"),
                    text("payout_reference"),
                    text("entry"),
                    label("result"),
                    number("sequence"),
                    text("refusal"),
                    text("message")),
                rows)));
  }

  private static List<Object> figures(Figures f, long outstanding) {
    return List.of(
        f.reserved(),
        f.released(),
        f.releasedLapsed(),
        f.claimed(),
        f.approved(),
        f.rejected(),
        f.settled(),
        outstanding);
  }

  private static List<Object> trace(Trace t) {
    return List.of(t.movements(), t.firstSequence(), t.lastSequence());
  }

  private static String claims(List<ClaimId> claims) {
    return claims.stream().map(ClaimId::value).collect(Collectors.joining(";"));
  }

  private static Column text(String key) {
    return Column.of(key, Column.Type.TEXT);
  }

  private static Column amount(String key) {
    return Column.of(key, Column.Type.AMOUNT);
  }

  private static Column number(String key) {
    return Column.of(key, Column.Type.NUMBER);
  }

  private static Column date(String key) {
    return Column.of(key, Column.Type.DATE);
  }

  private static Column label(String key) {
    return Column.of(key, Column.Type.LABEL);
  }

  private static Column flag(String key) {
    return Column.of(key, Column.Type.FLAG);
  }
}
