package org.lexgap.compare;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.lexgap.analysis.Status;
import org.lexgap.report.Csv;
import org.lexgap.report.ReportSupport;

/**
 * The country × article matrix as a spreadsheet: one row per article, one status column per country (named
 * after the country), then how many countries meet, partly meet and miss the article; a header row, written by
 * {@link Csv} like the report's CSV (RFC 4180, formula cells defused: country names and titles are untrusted).
 * Coverage and the ranking of common gaps are in the HTML and JSON formats.
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
    Csv.row(b, header);
    for (Comparison.ArticleRow a : c.articles()) {
      List<String> fields = new ArrayList<>();
      fields.add(a.article());
      fields.add(a.chapter());
      fields.add(String.join("; ", a.obligations().stream().map(Comparison.ObligationRef::id).toList()));
      fields.add(String.join("; ", a.obligations().stream().map(o -> ReportSupport.oneLine(o.title())).toList()));
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
      Csv.row(b, fields);
    }
    out.write(b.toString());
  }
}
