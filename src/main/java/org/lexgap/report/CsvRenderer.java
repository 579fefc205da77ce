package org.lexgap.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.lexgap.analysis.Finding;
import org.lexgap.analysis.GapReport;

/**
 * One row per obligation, RFC 4180: CRLF row ends, a header row, fields quoted when they contain a comma,
 * quote, CR or LF, quotes doubled. Lists are joined with "; ". The evidence column holds the best (first)
 * quote. No byte-order mark.
 *
 * <p>Formula injection: a spreadsheet runs a cell that starts with {@code = + - @} (or tab or CR) as a
 * formula, and statute text is untrusted, so such a cell is written with a leading apostrophe (OWASP's
 * advice); "-1" in a cell therefore reads back as "'-1".
 */
public final class CsvRenderer implements Renderer {

  static final List<String> HEADER = List.of("obligation", "article", "paragraph", "chapter", "kind", "strength",
      "title", "status", "confidence", "missing_elements", "provisions", "evidence_quote", "recommendation",
      "budapest", "waived");

  @Override
  public String format() {
    return "csv";
  }

  @Override
  public String description() {
    return "spreadsheet: one row per obligation (RFC 4180, formula cells defused)";
  }

  @Override
  public void render(GapReport report, RenderOptions options, Writer out) throws IOException {
    StringBuilder b = new StringBuilder(4096);
    row(b, HEADER);
    for (Finding f : report.findings()) {
      row(b, List.of(n(f.obligation()), n(f.article()), n(f.paragraph()), n(f.chapter()), n(f.kind()),
          n(f.strength()), n(f.title()), f.status().id(), ReportSupport.confidence(f.confidence()),
          String.join("; ", f.missingElements()), String.join("; ", f.provisions()),
          f.evidence().isEmpty() ? "" : n(f.evidence().get(0).quote()), n(f.recommendation()), n(f.budapest()),
          Boolean.toString(f.waived())));
    }
    out.write(b.toString());
  }

  private static void row(StringBuilder b, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        b.append(',');
      }
      field(b, fields.get(i));
    }
    b.append("\r\n");
  }

  static void field(StringBuilder b, String raw) {
    String v = defuse(raw);
    boolean quote = false;
    for (int i = 0; i < v.length() && !quote; i++) {
      char c = v.charAt(i);
      quote = c == ',' || c == '"' || c == '\r' || c == '\n';
    }
    if (!quote) {
      b.append(v);
      return;
    }
    b.append('"');
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c == '"') {
        b.append('"');
      }
      b.append(c);
    }
    b.append('"');
  }

  /** A leading apostrophe on cells a spreadsheet would evaluate. */
  static String defuse(String v) {
    if (v.isEmpty()) {
      return v;
    }
    char c = v.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + v : v;
  }

  private static String n(String s) {
    return s == null ? "" : s;
  }
}
