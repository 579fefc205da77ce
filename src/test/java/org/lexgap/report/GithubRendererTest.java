package org.lexgap.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.lexgap.analysis.DocumentSummary;
import org.lexgap.analysis.Evidence;
import org.lexgap.analysis.Finding;
import org.lexgap.analysis.GapReport;
import org.lexgap.analysis.Analyzer;
import org.lexgap.analysis.Status;
import org.junit.jupiter.api.Test;

class GithubRendererTest {

  static final Path BASE = Path.of("/work/repo");

  static String render(GapReport r) throws Exception {
    StringWriter w = new StringWriter();
    new GithubRenderer(BASE).render(r, RenderOptions.defaults(), w);
    return w.toString();
  }

  @Test
  void golden() throws Exception {
    Golden.assertMatches("sample.github.txt", render(ReportFixtures.sample()));
  }

  @Test
  void errorsFirstThenWarningsThenASummaryNoticeAndPdfHasNoFile() throws Exception {
    List<String> lines = render(ReportFixtures.sample()).lines().toList();
    assertThat(lines).hasSize(3); // UNCC-16 missing, UNCC-7 partial; UNCC-25 is waived
    assertThat(lines.get(0)).startsWith("::error title=UNCC-16 Non-consensual dissemination of intimate images "
        + "(missing)::Missing: no provision implements UNCC-16");
    // the only evidence of UNCC-7 is in a PDF: no lines to annotate, so no file=
    assertThat(lines.get(1)).startsWith("::warning title=UNCC-7 Illegal access (partial)::Partial:");
    assertThat(lines.get(2)).isEqualTo("::notice title=lexgap summary::lexgap: 1 missing, 1 partial, 1 waived "
        + "(un-cybercrime-convention, coverage 50%25)");
  }

  @Test
  void textDocumentsGetFileAndLine() throws Exception {
    Finding f = finding("X-1", Status.PARTIAL, "/work/repo/bills/draft, v2.md", 42);
    Finding g = finding("X-2", Status.MISSING, null, 0);
    GapReport r = report(List.of(f, g), List.of(new DocumentSummary("/work/repo/bills/draft, v2.md", "md", 0, 1,
        0, List.of())));
    List<String> lines = render(r).lines().toList();
    assertThat(lines.get(0)).startsWith("::error file=bills/draft%2C v2.md,line=1,title=X-2 Title%3A two (missing)::");
    assertThat(lines.get(1)).startsWith("::warning file=bills/draft%2C v2.md,line=42,title=X-1 Title%3A two "
        + "(partial)::");
  }

  @Test
  void capsAtTenOfEachTypeAndSaysHowManyMore() throws Exception {
    List<Finding> fs = new ArrayList<>();
    for (int i = 0; i < 13; i++) {
      fs.add(finding("M-" + i, Status.MISSING, null, 0));
    }
    for (int i = 0; i < 11; i++) {
      fs.add(finding("P-" + i, Status.PARTIAL, null, 0));
    }
    List<String> lines = render(report(fs, List.of())).lines().toList();
    assertThat(lines).filteredOn(l -> l.startsWith("::error ")).hasSize(10);
    assertThat(lines).filteredOn(l -> l.startsWith("::warning ")).hasSize(10);
    assertThat(lines.get(9)).contains("M-9 ");
    assertThat(lines.get(10)).startsWith("::warning ");
    assertThat(lines.get(20)).startsWith("::notice ").contains("13 missing, 11 partial")
        .contains("4 more not annotated (3 missing, 1 partial)");
    assertThat(lines).hasSize(21);
  }

  @Test
  void escapesPerTheWorkflowCommandRules() {
    assertThat(GithubRenderer.data("100% done\r\nnext: a, b")).isEqualTo("100%25 done%0D%0Anext: a, b");
    assertThat(GithubRenderer.property("a:b,c%\n")).isEqualTo("a%3Ab%2Cc%25%0A");
    // a quote that tries to start a new command stays on one line, inert
    assertThat(GithubRenderer.data("x\n::error::pwned")).doesNotContain("\n");
  }

  static Finding finding(String id, Status s, String doc, int line) {
    List<Evidence> ev = doc == null ? List.of()
        : List.of(new Evidence(doc, "s. 1", "1", null, line, "Quote.", List.of()));
    return new Finding(id, "1", "", "Title: two", "II", "offence", "mandatory", s, 0.8, List.of("x"), List.of(),
        List.of(), doc == null ? List.of() : List.of("1"), ev, null, "Do it.", "none", null);
  }

  static GapReport report(List<Finding> fs, List<DocumentSummary> docs) {
    return new GapReport(ReportFixtures.empty().checklist(), docs, fs, Analyzer.summary(fs));
  }
}
