package org.lexgap.compare;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.lexgap.analysis.Status;

/**
 * The country × article matrix as a spreadsheet: one row per article, one status column per country (named
 * after the country), then how many countries meet, partly meet and miss the article. RFC 4180: CRLF row ends,
 * a header row, fields quoted when they contain a comma, quote, CR or LF, quotes doubled, no byte-order mark.
 * Coverage and the ranking of common gaps are in the HTML and JSON formats.
 *
 * <p>Formula injection: a cell that starts with {@code = + - @}, tab or CR is written with a leading
 * apostrophe, as the report's CSV does, because country names and titles are untrusted text.
 */
public final class CompareCsvRenderer implements CompareRenderer {

  @Override
  public String format() {
    return "csv";
  }

  @Override
  public void render(Comparison c, String title, Writer out) throws IOException {
    StringBuilder b = new StringBuilder(4096);
    List<String> header = new ArrayList<>(List.of("article", "chapter", "obligations", "titles"));
    for (Comparison.CountryResult r : c.countries()) {
      header.add(r.country().name());
    }
    header.addAll(List.of("countries_met", "countries_partial", "countries_missing"));
    row(b, header);
    for (Comparison.ArticleRow a : c.articles()) {
      List<String> fields = new ArrayList<>();
      fields.add(a.article());
      fields.add(a.chapter());
      fields.add(String.join("; ", a.obligations().stream().map(Comparison.ObligationRef::id).toList()));
      fields.add(String.join("; ", a.obligations().stream().map(o -> Text.oneLine(o.title())).toList()));
      int[] n = new int[3];
      for (Comparison.Cell cell : a.cells()) {
        fields.add(cell.status().id());
        if (cell.status() == Status.MET) {
          n[0]++;
        } else if (cell.status() == Status.PARTIAL) {
          n[1]++;
        } else if (cell.status() == Status.MISSING) {
          n[2]++;
        }
      }
      fields.add(Integer.toString(n[0]));
      fields.add(Integer.toString(n[1]));
      fields.add(Integer.toString(n[2]));
      row(b, fields);
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
    String v = defuse(raw == null ? "" : raw);
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
}
