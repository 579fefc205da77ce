package org.lexgap.report;

import static org.lexgap.report.JsonOutput.round;
import static org.lexgap.report.JsonOutput.str;
import static org.lexgap.report.JsonOutput.strings;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import org.lexgap.analysis.DocumentSummary;
import org.lexgap.analysis.ElementMatch;
import org.lexgap.analysis.Evidence;
import org.lexgap.analysis.Finding;
import org.lexgap.analysis.GapReport;
import org.lexgap.analysis.Summary;

/**
 * The machine-readable report, documented in docs/report-json.md and read back by {@link JsonReportReader}.
 * Keys are written in a fixed order, null values are omitted (empty lists are kept, so every finding has the
 * same array keys), confidence is rounded to 2 decimals and coverage to 4, two-space indentation, LF line
 * ends and a final newline. Written with the streaming generator so the order is explicit here, not left to
 * reflection.
 */
public final class JsonRenderer implements Renderer {

  @Override
  public String format() {
    return "json";
  }

  @Override
  public String description() {
    return "JSON for tools, diff and baselines (docs/report-json.md), format " + GapReport.FORMAT_VERSION;
  }

  @Override
  public void render(GapReport report, RenderOptions options, Writer out) throws IOException {
    try (JsonGenerator g = JsonOutput.generator(out)) {
      g.writeStartObject();
      g.writeStringField("formatVersion", GapReport.FORMAT_VERSION);
      JsonOutput.checklist(g, report.checklist());
      g.writeArrayFieldStart("documents");
      for (DocumentSummary d : report.documents()) {
        JsonOutput.document(g, d);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("findings");
      for (Finding f : report.findings()) {
        finding(g, f);
      }
      g.writeEndArray();
      summary(g, report.summary());
      g.writeEndObject();
    }
    out.write('\n');
  }

  private static void finding(JsonGenerator g, Finding f) throws IOException {
    g.writeStartObject();
    str(g, "obligation", f.obligation());
    str(g, "article", f.article());
    str(g, "paragraph", f.paragraph());
    str(g, "title", f.title());
    str(g, "chapter", f.chapter());
    str(g, "kind", f.kind());
    str(g, "strength", f.strength());
    str(g, "status", f.status() == null ? null : f.status().id());
    g.writeNumberField("confidence", round(f.confidence(), 2));
    strings(g, "missingElements", f.missingElements());
    strings(g, "satisfiedElements", f.satisfiedElements());
    strings(g, "optionsUsed", f.optionsUsed());
    strings(g, "provisions", f.provisions());
    str(g, "note", f.note());
    str(g, "recommendation", f.recommendation());
    str(g, "budapest", f.budapest());
    g.writeBooleanField("waived", f.waived());
    Finding.Waiver w = f.waiver();
    if (w != null) {
      g.writeObjectFieldStart("waiver");
      str(g, "obligation", w.obligation());
      str(g, "reason", w.reason());
      str(g, "implementedIn", w.implementedIn());
      str(g, "expires", w.expires());
      g.writeEndObject();
    }
    g.writeArrayFieldStart("evidence");
    for (Evidence e : f.evidence()) {
      evidence(g, e);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void evidence(JsonGenerator g, Evidence e) throws IOException {
    g.writeStartObject();
    str(g, "document", e.document());
    str(g, "provision", e.provision());
    str(g, "section", e.section());
    if (e.page() != null) {
      g.writeNumberField("page", e.page());
    }
    if (e.line() != null) {
      g.writeNumberField("line", e.line());
    }
    str(g, "quote", e.quote());
    g.writeArrayFieldStart("matches");
    for (ElementMatch m : e.matches()) {
      g.writeStartObject();
      str(g, "element", m.element());
      str(g, "concept", m.concept());
      strings(g, "words", m.words());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void summary(JsonGenerator g, Summary s) throws IOException {
    g.writeObjectFieldStart("summary");
    g.writeNumberField("obligations", s.obligations());
    g.writeNumberField("met", s.met());
    g.writeNumberField("partial", s.partial());
    g.writeNumberField("missing", s.missing());
    g.writeNumberField("notAssessable", s.notAssessable());
    g.writeNumberField("waived", s.waived());
    g.writeNumberField("coverage", round(s.coverage(), 4));
    g.writeObjectFieldStart("byChapter");
    for (Map.Entry<String, Summary.Counts> e : ReportSupport.chapters(s)) {
      Summary.Counts c = e.getValue();
      g.writeObjectFieldStart(e.getKey());
      g.writeNumberField("obligations", c.obligations());
      g.writeNumberField("met", c.met());
      g.writeNumberField("partial", c.partial());
      g.writeNumberField("missing", c.missing());
      g.writeNumberField("notAssessable", c.notAssessable());
      g.writeEndObject();
    }
    g.writeEndObject();
    g.writeEndObject();
  }
}
