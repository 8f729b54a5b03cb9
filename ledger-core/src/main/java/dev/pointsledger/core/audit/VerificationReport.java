package dev.pointsledger.core.audit;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.Maps;
import dev.pointsledger.core.journal.EntryHash;
import dev.pointsledger.core.text.Messages;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * What {@link LedgerVerifier} found: how often each invariant was checked, how often it failed,
 * and the findings themselves (each naming the entry), with the head the verifier reached and the
 * Merkle tree head of every entry hash it read. A value: render it with {@link #toText()} for a
 * person or {@link #toJson()} for a machine.
 *
 * @param entriesRead how many stored rows were read
 * @param lastSequence the sequence number of the last row read, 0 for an empty journal
 * @param headHash the stored hash of the last row read, {@link EntryHash#GENESIS} if none
 * @param treeRoot the RFC 6962 tree head over the stored hashes of every row read, in order
 * @param checked per invariant, how many times it was checked
 * @param failed per invariant, how many times it failed
 * @param findings the findings, in the order found (at most {@code maxFindings} of the options)
 * @param findingsOmitted how many findings were counted but not kept, beyond that limit
 */
public record VerificationReport(
    long entriesRead,
    long lastSequence,
    EntryHash headHash,
    EntryHash treeRoot,
    Map<Invariant, Long> checked,
    Map<Invariant, Long> failed,
    List<Finding> findings,
    long findingsOmitted) {
  /** The report's texts for a person, in English and Traditional Chinese. */
  static final Messages TEXTS =
      Messages.of("dev.pointsledger.core.audit.Report", ResourceBundle::getBundle);


  /** The {@code format} field of the JSON form. */
  public static final String JSON_FORMAT = "points-ledger/verification/v1";

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /**
   * Copies the maps and the list; every invariant gets a count.
   *
   * @param entriesRead how many stored rows were read
   * @param lastSequence the sequence number of the last row read, 0 for an empty journal
   * @param headHash the stored hash of the last row read, {@link EntryHash#GENESIS} if none
   * @param treeRoot the RFC 6962 tree head over the stored hashes of every row read, in order
   * @param checked per invariant, how many times it was checked
   * @param failed per invariant, how many times it failed
   * @param findings the findings, in the order found
   * @param findingsOmitted how many findings were counted but not kept
   */
  public VerificationReport {
    requireNonNull(headHash, "headHash");
    requireNonNull(treeRoot, "treeRoot");
    checked = complete(checked);
    failed = complete(failed);
    findings = ImmutableList.copyOf(findings);
  }

  private static Map<Invariant, Long> complete(Map<Invariant, Long> counts) {
    EnumMap<Invariant, Long> all = new EnumMap<>(Invariant.class);
    for (Invariant i : Invariant.values()) {
      all.put(i, counts.getOrDefault(i, 0L));
    }
    return Maps.immutableEnumMap(all);
  }

  /**
   * Whether nothing was found.
   *
   * @return true for a ledger that passed every check
   */
  public boolean clean() {
    return findings.isEmpty() && findingsOmitted == 0;
  }

  /**
   * The findings of one invariant.
   *
   * @param invariant the invariant
   * @return its findings, in the order found
   */
  public List<Finding> findings(Invariant invariant) {
    return findings.stream().filter(f -> f.invariant() == invariant).toList();
  }

  /**
   * The report for a person, in English: a summary, a table of the invariants and every finding.
   * The same as {@link #toText(Locale) toText(Locale.ENGLISH)}.
   *
   * @return the text, lines ending in {@code \n}
   */
  public String toText() {
    return toText(Locale.ENGLISH);
  }

  /**
   * The report for a person in the reader's language (English or Traditional Chinese): a summary,
   * a table of the invariants (each by its stable name and what it checks) and every finding. The
   * invariants' names stay as they are in every language, like codes, and so does a finding's
   * detail, which quotes stored values and hashes.
   *
   * @param locale the reader's locale
   * @return the text, lines ending in {@code \n}
   */
  public String toText(Locale locale) {
    requireNonNull(locale, "locale");
    StringBuilder b = new StringBuilder();
    long total = findings.size() + findingsOmitted;
    if (total == 0) {
      line(b, TEXTS.text(locale, "report.title.clean"));
    } else if (total == 1) {
      line(b, TEXTS.text(locale, "report.title.finding"));
    } else {
      line(b, TEXTS.text(locale, "report.title.findings", total));
    }
    line(b, TEXTS.text(locale, "report.read", plain(entriesRead), plain(lastSequence)));
    line(b, TEXTS.text(locale, "report.head", headHash.hex()));
    line(b, TEXTS.text(locale, "report.tree", treeRoot.hex(), plain(entriesRead)));
    b.append('\n');
    b.append(
        String.format(
            Locale.ROOT,
            "%-26s %12s %9s%n",
            TEXTS.text(locale, "report.column.invariant"),
            TEXTS.text(locale, "report.column.checked"),
            TEXTS.text(locale, "report.column.failed")));
    for (Invariant i : Invariant.values()) {
      b.append(
          String.format(
              Locale.ROOT,
              "%-26s %12d %9d  %s%n",
              i.name(),
              checked.get(i),
              failed.get(i),
              i.displayName(locale)));
    }
    if (total > 0) {
      b.append('\n');
      line(b, TEXTS.text(locale, "report.findings"));
      for (Finding f : findings) {
        b.append("  #").append(f.sequence());
        if (!f.entryId().isEmpty()) {
          b.append(" [").append(f.entryId()).append(']');
        }
        b.append(' ').append(f.invariant().name()).append(": ").append(f.detail()).append('\n');
      }
      if (findingsOmitted > 0) {
        line(b, TEXTS.text(locale, "report.omitted", findingsOmitted));
      }
    }
    return b.toString();
  }

  /** A count or sequence number as the report has always shown it, without separators. */
  private static String plain(long n) {
    return Long.toString(n);
  }

  private static void line(StringBuilder b, String text) {
    b.append(text).append('\n');
  }

  /**
   * The report for a machine: {@code format}, {@code clean}, {@code entriesRead}, {@code
   * lastSequence}, {@code headHash} and {@code treeRoot} (hex), {@code invariants} (per name:
   * {@code checked}, {@code failed}), {@code findings} (each {@code invariant}, {@code sequence},
   * {@code entryId}, {@code detail}) and {@code findingsOmitted}. docs/audit.md shows a sample.
   *
   * @return indented JSON text
   */
  public String toJson() {
    ObjectNode root = JSON.createObjectNode();
    root.put("format", JSON_FORMAT);
    root.put("clean", clean());
    root.put("entriesRead", entriesRead);
    root.put("lastSequence", lastSequence);
    root.put("headHash", headHash.hex());
    root.put("treeRoot", treeRoot.hex());
    ObjectNode invariants = root.putObject("invariants");
    for (Invariant i : Invariant.values()) {
      ObjectNode n = invariants.putObject(i.name());
      n.put("checked", checked.get(i));
      n.put("failed", failed.get(i));
    }
    ArrayNode list = root.putArray("findings");
    for (Finding f : findings) {
      ObjectNode n = list.addObject();
      n.put("invariant", f.invariant().name());
      n.put("sequence", f.sequence());
      n.put("entryId", f.entryId());
      n.put("detail", f.detail());
    }
    root.put("findingsOmitted", findingsOmitted);
    try {
      return JSON.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of plain JSON nodes always writes", e);
    }
  }
}
