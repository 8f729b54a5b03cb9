package dev.pointsledger.examples.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pointsledger.core.audit.AuditReport;
import dev.pointsledger.core.audit.ChainReport;
import java.io.IOException;
import java.io.StringWriter;

/** An audit's report as JSON: the chain's verification, what was replayed, every finding. */
public final class AuditReportJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private AuditReportJson() {}

  /**
   * The report, pretty-printed.
   *
   * @param report the audit's report
   * @return the JSON text
   */
  public static String of(AuditReport report) {
    StringWriter text = new StringWriter();
    try (JsonGenerator g = JSON.getFactory().createGenerator(text).useDefaultPrettyPrinter()) {
      g.writeStartObject();
      g.writeBooleanField("clean", report.clean());
      ChainReport chain = report.chain();
      g.writeObjectFieldStart("chain");
      g.writeBooleanField("intact", chain.intact());
      g.writeNumberField("fromSequence", chain.from().sequence());
      g.writeNumberField("entriesChecked", chain.entriesChecked());
      g.writeNumberField("headSequence", chain.head().sequence());
      g.writeStringField("headHash", chain.head().hash().hex());
      if (chain.firstBreak().isPresent()) {
        ChainReport.Break b = chain.firstBreak().get();
        g.writeObjectFieldStart("firstBreak");
        g.writeNumberField("sequence", b.sequence());
        g.writeStringField("kind", b.kind().name());
        g.writeStringField("detail", b.detail());
        g.writeEndObject();
      }
      g.writeEndObject();
      g.writeNumberField("entriesReplayed", report.entriesReplayed());
      g.writeNumberField("accountsChecked", report.accountsChecked());
      g.writeArrayFieldStart("findings");
      for (AuditReport.Finding f : report.findings()) {
        g.writeStartObject();
        g.writeStringField("invariant", f.invariant().name());
        g.writeNumberField("sequence", f.sequence());
        g.writeStringField("detail", f.detail());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException impossible) {
      throw new IllegalStateException("writing to a string failed", impossible);
    }
    return text.toString() + System.lineSeparator();
  }
}
