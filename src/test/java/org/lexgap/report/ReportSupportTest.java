package org.lexgap.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lexgap.analysis.ElementMatch;
import org.lexgap.analysis.Summary;
import org.junit.jupiter.api.Test;

class ReportSupportTest {

  private static List<String> marked(String quote, String... words) {
    return ReportSupport.highlights(quote, List.of(new ElementMatch("e", "c", List.of(words)))).stream()
        .map(s -> quote.substring(s[0], s[1])).toList();
  }

  @Test
  void highlightsWholeWordsCaseInsensitively() {
    assertThat(marked("Access to a system without access rights; accessed", "access"))
        .containsExactly("Access", "access");
    assertThat(marked("by infringing security measures", "infringing security measures"))
        .containsExactly("infringing security measures");
    assertThat(marked("without right and without authorisation", "without right", "without")).containsExactly(
        "without right", "without");
    assertThat(marked("without right", "without", "right")).containsExactly("without", "right");
  }

  @Test
  void fallsBackToWordPrefixesForLemmas() {
    assertThat(marked("who accessed or intercepts data", "access", "intercept"))
        .containsExactly("accessed", "intercepts");
    assertNoMatch();
  }

  private static void assertNoMatch() {
    assertThat(marked("unaccessible", "access")).isEmpty();
    assertThat(marked("anything", "", " ")).isEmpty();
  }

  @Test
  void arabicWordsWithDiacriticsStayWhole() {
    assertThat(marked("دخل عمداً إلى نظام", "عمدا")).containsExactly("عمداً");
  }

  @Test
  void chaptersSortByRomanNumeral() {
    Map<String, Summary.Counts> m = new LinkedHashMap<>();
    for (String k : List.of("X", "annex", "IV", "II", "IX")) {
      m.put(k, new Summary.Counts(1, 1, 0, 0, 0));
    }
    Summary s = new Summary(5, 5, 0, 0, 0, 0, 1.0, m);
    assertThat(ReportSupport.chapters(s)).extracting(Map.Entry::getKey)
        .containsExactly("II", "IV", "IX", "X", "annex");
  }

  @Test
  void percentagesAndLabels() {
    assertThat(ReportSupport.percent(0.625)).isEqualTo("63%");
    assertThat(ReportSupport.percent(null)).isEqualTo("n/a");
    assertThat(ReportSupport.coverage(new Summary.Counts(4, 1, 1, 1, 1))).isEqualTo(0.5);
    assertThat(ReportSupport.coverage(new Summary.Counts(1, 0, 0, 0, 1))).isNull();
    assertThat(ReportSupport.oneLine("  a\r\n\tb\u00a0 c\u0000 ")).isEqualTo("a b c");
  }
}
