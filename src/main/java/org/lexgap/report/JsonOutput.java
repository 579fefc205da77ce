package org.lexgap.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.lexgap.analysis.DocumentSummary;
import org.lexgap.checklist.Checklist;
import org.lexgap.read.ExtractionIssue;

/**
 * The one JSON layout of lexgap's machine-readable outputs (report, SARIF, comparison, diff): two-space
 * indentation, LF line ends, {@code "key": value}, empty arrays and objects as {@code []} and {@code {}}, and
 * the target left open for the caller's final newline. Keys are written in an explicit order by the caller.
 * Also the checklist and document objects, which the comparison writes exactly as the report does.
 */
public final class JsonOutput {

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .build();

  private JsonOutput() {}

  /** A generator in the house layout; closing it flushes but leaves {@code out} open. */
  public static JsonGenerator generator(Writer out) throws IOException {
    DefaultIndenter lf = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter pretty = new DefaultPrettyPrinter(Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator(""));
    pretty.indentArraysWith(lf);
    pretty.indentObjectsWith(lf);
    JsonGenerator g = FACTORY.createGenerator(out);
    g.setPrettyPrinter(pretty);
    return g;
  }

  /** A string field, left out when the value is null. */
  public static void str(JsonGenerator g, String name, String value) throws IOException {
    if (value != null) {
      g.writeStringField(name, value);
    }
  }

  /** An array of strings, written even when empty. */
  public static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
    g.writeArrayFieldStart(name);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  /** The checklist a report was made with, as the report and the comparison both write it. */
  public static void checklist(JsonGenerator g, Checklist c) throws IOException {
    g.writeObjectFieldStart("checklist");
    str(g, "id", c.id());
    str(g, "title", c.title());
    str(g, "version", c.version());
    str(g, "textVersion", c.textVersion());
    g.writeEndObject();
  }

  /** One input document, as the report and the comparison both write it. */
  public static void document(JsonGenerator g, DocumentSummary d) throws IOException {
    g.writeStartObject();
    str(g, "path", d.path());
    str(g, "format", d.format());
    g.writeNumberField("pages", d.pages());
    g.writeNumberField("provisions", d.provisions());
    g.writeNumberField("definitions", d.definitions());
    g.writeArrayFieldStart("extractionIssues");
    for (ExtractionIssue i : d.issues()) {
      g.writeStartObject();
      if (i.page() != null) {
        g.writeNumberField("page", i.page());
      }
      str(g, "message", i.message());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** Half-up decimal rounding; NaN and infinities (an upstream bug) become 0 rather than invalid JSON. */
  public static BigDecimal round(double v, int places) {
    if (!Double.isFinite(v)) {
      return BigDecimal.ZERO;
    }
    BigDecimal d = BigDecimal.valueOf(v).setScale(places, RoundingMode.HALF_UP).stripTrailingZeros();
    return d.scale() < 0 ? d.setScale(0) : d;
  }
}
