package org.lexgap.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lexgap.eval.Fixtures.finding;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lexgap.analysis.Finding;
import org.lexgap.analysis.Status;

class PredictionsTest {

  private static ArticleStatus statusOf(Finding... findings) {
    Map<String, ArticlePrediction> m = Predictions.fromFindings(List.of(findings));
    assertThat(m).hasSize(1);
    return m.values().iterator().next().status();
  }

  @Test
  void metOnlyWhenEveryCountedFindingIsMet() {
    assertThat(statusOf(finding("14", "mandatory", Status.MET), finding("14", "mandatory", Status.MET)))
        .isEqualTo(ArticleStatus.MET);
    assertThat(statusOf(finding("14", "mandatory", Status.MET), finding("14", "mandatory", Status.MET),
        finding("14", "mandatory", Status.PARTIAL))).isEqualTo(ArticleStatus.PARTIAL);
    assertThat(statusOf(finding("14", "mandatory", Status.MET), finding("14", "mandatory", Status.MISSING)))
        .isEqualTo(ArticleStatus.PARTIAL);
    assertThat(statusOf(finding("14", "mandatory", Status.PARTIAL), finding("14", "mandatory", Status.MISSING)))
        .isEqualTo(ArticleStatus.PARTIAL);
    assertThat(statusOf(finding("14", "mandatory", Status.MISSING), finding("14", "mandatory", Status.MISSING)))
        .isEqualTo(ArticleStatus.MISSING);
    assertThat(statusOf(finding("7", "mandatory-with-options", Status.MET))).isEqualTo(ArticleStatus.MET);
  }

  @Test
  void optionalFindingsAreLeftOut() {
    assertThat(statusOf(finding("7", "mandatory", Status.MET), finding("7", "optional", Status.MISSING)))
        .isEqualTo(ArticleStatus.MET);
    // and an optional finding alone cannot make an article addressed
    assertThat(statusOf(finding("7", "optional", Status.MET))).isEqualTo(ArticleStatus.MISSING);
  }

  @Test
  void notAssessableAndWaivedFindingsAreLeftOut() {
    assertThat(statusOf(finding("24", "mandatory", Status.MET), finding("24", "mandatory", Status.NOT_ASSESSABLE)))
        .isEqualTo(ArticleStatus.MET);
    Finding waived = finding("24", "mandatory", Status.MISSING)
        .withWaiver(new Finding.Waiver("UNCC-24", "in the CPC", "criminal-procedure-code", null));
    assertThat(statusOf(finding("24", "mandatory", Status.MET), waived)).isEqualTo(ArticleStatus.MET);
    // nothing left: missing
    assertThat(statusOf(finding("41", "mandatory", Status.NOT_ASSESSABLE))).isEqualTo(ArticleStatus.MISSING);
  }

  @Test
  void provisionsAreTheNormalisedUnionOfCountedFindings() {
    Map<String, ArticlePrediction> m = Predictions.fromFindings(List.of(
        finding("9", "mandatory", Status.MET, "s. 12A(1)", "s. 5(1)(a)"),
        finding("9", "mandatory", Status.PARTIAL, "5", "section 3"),
        finding("9", "optional", Status.MET, "s. 40")));
    ArticlePrediction p = m.get("9");
    assertThat(p.status()).isEqualTo(ArticleStatus.PARTIAL);
    assertThat(p.provisions()).containsExactly("3", "5", "12A");
    assertThat(p.support()).hasSize(2);
    assertThat(p.support().get(1).missingElements()).containsExactly("an element");
    assertThat(p.support().get(0).evidence()).extracting(EvidenceRef::provision)
        .containsExactly("s. 12A(1)", "s. 5(1)(a)");
  }

  @Test
  void articlesKeepTheirOwnFindings() {
    Map<String, ArticlePrediction> m = Predictions.fromFindings(List.of(
        finding("7", "mandatory", Status.MET, "4"), finding("8", "mandatory", Status.MISSING)));
    assertThat(m.keySet()).containsExactly("7", "8");
    assertThat(m.get("7").status()).isEqualTo(ArticleStatus.MET);
    assertThat(m.get("8").status()).isEqualTo(ArticleStatus.MISSING);
  }

  @Test
  void longQuotesAreCut() {
    EvidenceRef e = EvidenceRef.of("s. 1", "x".repeat(300));
    assertThat(e.quote()).hasSize(EvidenceRef.MAX_QUOTE + 1).endsWith("…");
    assertThat(EvidenceRef.of("s. 1", "  a \n  b ").quote()).isEqualTo("a b");
  }
}
