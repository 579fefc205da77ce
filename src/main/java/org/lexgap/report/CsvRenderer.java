package org.lexgap.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.lexgap.analysis.Finding;
import org.lexgap.analysis.GapReport;

/**
 * One row per obligation, written by {@link Csv} (RFC 4180, formula cells defused): a header row, then lists
 * joined with "; ". The evidence column holds the best (first) quote.
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
    Csv.row(b, HEADER);
    for (Finding f : report.findings()) {
      Csv.row(b, List.of(n(f.obligation()), n(f.article()), n(f.paragraph()), n(f.chapter()), n(f.kind()),
          n(f.strength()), n(f.title()), f.status().id(), ReportSupport.confidence(f.confidence()),
          String.join("; ", f.missingElements()), String.join("; ", f.provisions()),
          f.evidence().isEmpty() ? "" : n(f.evidence().get(0).quote()), n(f.recommendation()), n(f.budapest()),
          Boolean.toString(f.waived())));
    }
    out.write(b.toString());
  }

  private static String n(String s) {
    return s == null ? "" : s;
  }
}
