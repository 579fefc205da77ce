package org.lexgap.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.lexgap.analysis.Finding;
import org.lexgap.analysis.GapReport;
import org.junit.jupiter.api.Test;

class CsvRendererTest {

  /** A strict RFC 4180 parser: CRLF records, quoted fields may hold anything, "" is a quote. */
  static List<List<String>> parse(String csv) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int i = 0;
    while (i < csv.length()) {
      char c = csv.charAt(i);
      if (c == '"' && field.length() == 0) {
        i++;
        while (true) {
          if (i >= csv.length()) {
            throw new IllegalArgumentException("unterminated quote");
          }
          char q = csv.charAt(i++);
          if (q == '"') {
            if (i < csv.length() && csv.charAt(i) == '"') {
              field.append('"');
              i++;
            } else {
              break;
            }
          } else {
            field.append(q);
          }
        }
        if (i < csv.length() && csv.charAt(i) != ',' && csv.charAt(i) != '\r') {
          throw new IllegalArgumentException("text after closing quote at " + i);
        }
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
        i++;
      } else if (c == '\r') {
        if (i + 1 >= csv.length() || csv.charAt(i + 1) != '\n') {
          throw new IllegalArgumentException("bare CR at " + i);
        }
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i += 2;
      } else if (c == '\n' || c == '"') {
        throw new IllegalArgumentException("bare " + (c == '"' ? "quote" : "LF") + " at " + i);
      } else {
        field.append(c);
        i++;
      }
    }
    if (!row.isEmpty() || field.length() > 0) {
      throw new IllegalArgumentException("last record not terminated by CRLF");
    }
    return rows;
  }

  private static String render(GapReport r) throws IOException {
    return RendererGoldenTest.render(new CsvRenderer(), r, RenderOptions.defaults());
  }

  @Test
  void roundTripsHostileValues() throws IOException {
    GapReport report = ReportFixtures.hostile();
    List<List<String>> rows = parse(render(report));
    assertThat(rows.get(0)).containsExactlyElementsOf(CsvRenderer.HEADER);
    assertThat(rows).hasSize(1 + report.findings().size()).allSatisfy(r -> assertThat(r).hasSize(15));
    for (int k = 0; k < report.findings().size(); k++) {
      Finding f = report.findings().get(k);
      List<String> r = rows.get(k + 1);
      assertThat(r.get(0)).isEqualTo(defused(f.obligation()));
      assertThat(r.get(1)).isEqualTo(defused(f.article()));
      assertThat(r.get(2)).isEqualTo(defused(f.paragraph()));
      assertThat(r.get(6)).isEqualTo(defused(f.title()));
      assertThat(r.get(7)).isEqualTo(f.status().id());
      assertThat(r.get(9)).isEqualTo(defused(String.join("; ", f.missingElements())));
      assertThat(r.get(10)).isEqualTo(defused(String.join("; ", f.provisions())));
      assertThat(r.get(11)).isEqualTo(f.evidence().isEmpty() ? "" : defused(f.evidence().get(0).quote()));
      assertThat(r.get(12)).isEqualTo(defused(f.recommendation()));
      assertThat(r.get(13)).isEqualTo(defused(f.budapest()));
      assertThat(r.get(14)).isEqualTo(Boolean.toString(f.waived()));
    }
    // The second hostile finding is all formula starts, a tab, CRLF inside a cell, quotes and commas.
    assertThat(rows.get(2).subList(0, 3)).containsExactly("'-1+1", "'@SUM(A1)", "'+");
    assertThat(rows.get(2).get(6)).isEqualTo("'\tTab");
    assertThat(rows.get(2).get(9)).isEqualTo("'=1+1; a\r\nb");
    assertThat(rows.get(2).get(10)).isEqualTo("\"quoted\", with comma");
    assertThat(rows.get(2).get(12)).isEqualTo("'@cmd");
    assertThat(rows.get(2).get(13)).isEqualTo("'=2");
  }

  private static String defused(String s) {
    return s == null ? "" : Csv.defuse(s);
  }

  @Test
  void noCellStartsAFormula() throws IOException {
    for (GapReport r : List.of(ReportFixtures.sample(), ReportFixtures.hostile())) {
      for (List<String> row : parse(render(r))) {
        for (String cell : row) {
          assertThat(cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-")
              .doesNotStartWith("@").doesNotStartWith("\t").doesNotStartWith("\r");
        }
      }
    }
  }

  @Test
  void sampleRowsAreOnePerObligationWithBestQuote() throws IOException {
    List<List<String>> rows = parse(render(ReportFixtures.sample()));
    assertThat(rows).hasSize(7);
    assertThat(rows.get(1)).containsExactly("UNCC-7", "7", "1", "II", "offence", "mandatory-with-options",
        "Illegal access", "partial", "0.80", "without right", "5",
        "A person who intentionally accesses the whole or any part of a computer system by infringing security "
            + "measures commits an offence and is liable to imprisonment for 3 years.",
        "State that the access must be without right, e.g. \"without authorization\".", "Art. 2", "false");
    assertThat(rows.get(5).get(14)).isEqualTo("true");
    assertThat(rows.get(2).get(11)).doesNotContain("323-1");
  }

  @Test
  void parserRejectsMalformedInput() {
    assertThatThrownBy(() -> parse("a,b\n")).hasMessageContaining("LF");
    assertThatThrownBy(() -> parse("\"a\r\n")).hasMessageContaining("unterminated");
    assertThatThrownBy(() -> parse("a,b")).hasMessageContaining("CRLF");
  }
}
