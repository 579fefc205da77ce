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

/**
 * The one JSON layout of lexgap's machine-readable outputs (report, SARIF, comparison, diff): two-space
 * indentation, LF line ends, {@code "key": value}, empty arrays and objects as {@code []} and {@code {}}, and
 * the target left open for the caller's final newline. Keys are written in an explicit order by the caller.
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

  /** Half-up decimal rounding; NaN and infinities (an upstream bug) become 0 rather than invalid JSON. */
  public static BigDecimal round(double v, int places) {
    if (!Double.isFinite(v)) {
      return BigDecimal.ZERO;
    }
    BigDecimal d = BigDecimal.valueOf(v).setScale(places, RoundingMode.HALF_UP).stripTrailingZeros();
    return d.scale() < 0 ? d.setScale(0) : d;
  }
}
