package org.lexgap.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

  private static String render(org.lexgap.analysis.GapReport r) throws IOException {
    return RendererGoldenTest.render(new MarkdownRenderer(), r, RendererGoldenTest.goldenOptions());
  }

  /** Positions of characters not escaped by a backslash (a backslash escapes only the next character). */
  private static int unescaped(String line, char c) {
    int n = 0;
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (ch == '\\') {
        i++;
      } else if (ch == c) {
        n++;
      }
    }
    return n;
  }

  @Test
  void hostileTextCannotBreakTablesOrInjectHtml() throws IOException {
    String md = render(ReportFixtures.hostile());
    List<String> lines = md.lines().toList();
    for (String line : lines) {
      assertThat(unescaped(line, '<')).as(line).isZero();
      assertThat(unescaped(line, '>')).as(line).isEqualTo(line.startsWith(">") ? 1 : 0);
      assertThat(unescaped(line, '[')).as(line).isZero();
      assertThat(unescaped(line, '`')).as(line).isZero();
      if (line.startsWith("|")) {
        assertThat(line).endsWith("|");
      }
    }
    // Every row of a table has as many cells as its header.
    int i = 0;
    while (i < lines.size()) {
      if (lines.get(i).startsWith("|")) {
        int cells = unescaped(lines.get(i), '|');
        while (i < lines.size() && lines.get(i).startsWith("|")) {
          assertThat(unescaped(lines.get(i), '|')).as(lines.get(i)).isEqualTo(cells);
          i++;
        }
      }
      i++;
    }
    assertThat(md).contains("\\<script\\>alert(1)\\</script\\>");
  }

  @Test
  void quoteLinesCannotStartABlock() {
    assertThat(MarkdownRenderer.lineStart("# heading")).isEqualTo("\\# heading");
    assertThat(MarkdownRenderer.lineStart("- item")).isEqualTo("\\- item");
    assertThat(MarkdownRenderer.lineStart("12. item")).isEqualTo("12\\. item");
    assertThat(MarkdownRenderer.lineStart("3) item")).isEqualTo("3\\) item");
    assertThat(MarkdownRenderer.lineStart("2024 was")).isEqualTo("2024 was");
    assertThat(MarkdownRenderer.md("a\n\n# b | c")).isEqualTo("a # b \\| c");
  }

  @Test
  void evidenceIsQuotedWithCitationAndBoldWords() throws IOException {
    String md = render(ReportFixtures.sample());
    assertThat(md).contains("> A person who **intentionally** **accesses** the whole")
        .contains("> \u2014 statutes/cybercrime-act-2021.pdf, s. 5(1)(a), p. 3")
        .contains("> \u2014 statutes/code-pénal.txt, art. 323-1, line 1204")
        .contains("**\u062f\u0648\u0646 \u0648\u062c\u0647 \u062d\u0642**");
  }

  @Test
  void maxQuotesLimitsEvidenceAndSaysSo() throws IOException {
    String md = RendererGoldenTest.render(new MarkdownRenderer(), ReportFixtures.sample(),
        RendererGoldenTest.goldenOptions().withMaxQuotes(1));
    assertThat(md).doesNotContain("art. 323-1, line 1204").contains("*1 more quote in the JSON report.*");
  }
}
