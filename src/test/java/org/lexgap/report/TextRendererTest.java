package org.lexgap.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.lexgap.analysis.DocumentSummary;
import org.lexgap.analysis.Finding;
import org.lexgap.analysis.GapReport;
import org.lexgap.analysis.Status;
import org.junit.jupiter.api.Test;

class TextRendererTest {

  private static String render(GapReport r, RenderOptions o) throws IOException {
    return RendererGoldenTest.render(new TextRenderer(), r, o);
  }

  @Test
  void gapsAreMissingThenPartialInChecklistOrderWaivedApart() throws IOException {
    String t = render(ReportFixtures.sample(), RenderOptions.defaults());
    int missing16 = t.indexOf("MISSING  Art. 16(1)");
    int partial7 = t.indexOf("PARTIAL  Art. 7(1)");
    assertThat(missing16).isPositive().isLessThan(partial7);
    assertThat(t).doesNotContain("MISSING  Art. 25");
    assertThat(t.indexOf("Waived (1)")).isGreaterThan(partial7);
    assertThat(t).contains("Met (2): Art. 8(1) Illegal interception, Art. 28 Search and seizure");
  }

  @Test
  void dataCannotSmuggleTerminalControls() throws IOException {
    GapReport s = ReportFixtures.sample();
    Finding f = s.findings().get(2);
    String evil = "\u001b[2J\u001b]0;pwned\u0007 \u202eevil\u202c \u0085x";
    Finding bad = new Finding(f.obligation(), f.article(), f.paragraph(), evil, f.chapter(), f.kind(),
        f.strength(), f.status(), f.confidence(), List.of(evil), f.satisfiedElements(), f.optionsUsed(),
        f.provisions(), f.evidence(), evil, evil, f.budapest(), null);
    GapReport r = new GapReport(s.checklist(), List.of(new DocumentSummary(evil, "pdf", 1, 1, 1,
        List.of(new org.lexgap.read.ExtractionIssue(1, evil)))), List.of(bad), s.summary());
    for (boolean color : List.of(false, true)) {
      String t = render(r, RenderOptions.defaults().withColor(color).withTitle(evil));
      assertThat(t).doesNotContain("\u0007").doesNotContain("\u202e").doesNotContain("\u0085")
          .doesNotContain("\u001b]").doesNotContain("\u001b[2J").contains("[2J]0;pwned");
      // Only our own SGR sequences remain.
      assertThat(t.replaceAll("\u001b\\[[0-9;]*m", "")).doesNotContain("\u001b");
    }
  }

  @Test
  void colourOnlyOnRequest() throws IOException {
    assertThat(render(ReportFixtures.sample(), RenderOptions.defaults())).doesNotContain("\u001b");
    String c = render(ReportFixtures.sample(), RenderOptions.defaults().withColor(true));
    assertThat(c).contains("\u001b[31m\u001b[1mMISSING\u001b[0m").contains("\u001b[33m\u001b[1mPARTIAL\u001b[0m");
  }

  @Test
  void linesFitTheWidthExceptUnbreakableWords() throws IOException {
    String t = render(ReportFixtures.sample(), RenderOptions.defaults());
    for (String line : t.split("\n")) {
      if (!line.startsWith("MISSING") && !line.startsWith("PARTIAL") && !line.startsWith("Documents")) {
        assertThat(line.codePointCount(0, line.length())).as(line).isLessThanOrEqualTo(TextRenderer.WIDTH);
      }
    }
  }

  @Test
  void failOnCountsOnlyUnwaivedFindingsAtOrAboveThreshold() throws IOException {
    GapReport s = ReportFixtures.sample();
    assertThat(render(s, RenderOptions.defaults())).doesNotContain("fail-on");
    assertThat(render(s, RenderOptions.defaults().withFailOn(Status.MISSING)))
        .contains("fail-on missing: 1 unwaived finding at or above missing");
    assertThat(render(s, RenderOptions.defaults().withFailOn(Status.NOT_ASSESSABLE)))
        .contains("fail-on not assessable: 3 unwaived findings at or above not assessable");
  }

  @Test
  void longQuotesAreShortened() throws IOException {
    GapReport s = ReportFixtures.sample();
    Finding f = s.findings().get(0);
    String longQuote = "word ".repeat(200);
    Finding g = new Finding(f.obligation(), f.article(), f.paragraph(), f.title(), f.chapter(), f.kind(),
        f.strength(), f.status(), f.confidence(), f.missingElements(), f.satisfiedElements(), f.optionsUsed(),
        f.provisions(), List.of(new org.lexgap.analysis.Evidence("d.txt", "s. 1", "1", null, 5, longQuote,
            List.of())), f.note(), f.recommendation(), f.budapest(), null);
    String t = render(new GapReport(s.checklist(), s.documents(), List.of(g), s.summary()),
        RenderOptions.defaults());
    assertThat(t).contains("word \u2026\u201d").contains("Evidence: d.txt, s. 1, line 5");
    assertThat(t.split("word", -1).length - 1).isLessThan(60);
  }
}
