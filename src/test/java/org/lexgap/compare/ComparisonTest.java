package org.lexgap.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lexgap.analysis.Status.MET;
import static org.lexgap.analysis.Status.MISSING;
import static org.lexgap.analysis.Status.NOT_ASSESSABLE;
import static org.lexgap.analysis.Status.PARTIAL;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lexgap.analysis.Status;

class ComparisonTest {

  private static List<Status> row(Comparison c, String article) {
    return c.articles().stream().filter(a -> a.article().equals(article)).findFirst().orElseThrow()
        .cells().stream().map(Comparison.Cell::status).toList();
  }

  @Test
  void articlesFollowTheChecklistWithOneCellPerCountry() {
    Comparison c = CompareFixtures.sample();
    assertThat(c.articles()).extracting(Comparison.ArticleRow::article).containsExactly("2", "7", "14", "19", "24");
    assertThat(c.articles()).allSatisfy(a -> assertThat(a.cells()).hasSize(3));
    assertThat(c.articles().get(2).obligations()).extracting(Comparison.ObligationRef::id)
        .containsExactly("M-14-a", "M-14-b");
    assertThat(c.articles().get(3).chapter()).isEqualTo("II");
  }

  @Test
  void articleVerdictsFoldLikeEval() {
    Comparison c = CompareFixtures.sample();
    // Only optional obligations: nothing counts, whatever their status.
    assertThat(row(c, "2")).containsExactly(NOT_ASSESSABLE, NOT_ASSESSABLE, NOT_ASSESSABLE);
    assertThat(row(c, "7")).containsExactly(MET, MET, MISSING);
    // met + met = met; partial + missing = partial; missing + missing = missing
    assertThat(row(c, "14")).containsExactly(MET, PARTIAL, MISSING);
    // The optional attempt paragraph is left out: Alpha's met attempt cannot lift a missing article.
    assertThat(row(c, "19")).containsExactly(MISSING, MISSING, PARTIAL);
    // Beta's safeguard is not assessable: the article has nothing that counts.
    assertThat(row(c, "24")).containsExactly(MET, NOT_ASSESSABLE, PARTIAL);
  }

  @Test
  void cellsCarryTheProvisionsOfTheCountedFindings() {
    Comparison c = CompareFixtures.sample();
    Comparison.ArticleRow art14 = c.articles().get(2);
    assertThat(art14.cells().get(0).provisions()).containsExactly("5", "6");
    assertThat(art14.cells().get(2).provisions()).isEmpty();
  }

  @Test
  void commonGapsAreRankedByMissingThenPartial() {
    Comparison c = CompareFixtures.sample();
    assertThat(c.commonGaps()).extracting(Comparison.CommonGap::obligation)
        .containsExactly("M-19", "M-14-b", "M-14-a", "M-7", "M-24");
    Comparison.CommonGap first = c.commonGaps().get(0);
    assertThat(first.missingIn()).containsExactly("Alpha", "Beta");
    assertThat(first.partialIn()).containsExactly("Gamma");
    assertThat(first.metIn()).isEmpty();
    Comparison.CommonGap last = c.commonGaps().get(4);
    assertThat(last.notAssessableIn()).containsExactly("Beta");
    assertThat(last.metIn()).containsExactly("Alpha");
    assertThat(c.ranks()).containsExactly(1, 2, 3, 4, 5);
    // Optional obligations never rank, even where missing.
    assertThat(c.commonGaps()).extracting(Comparison.CommonGap::obligation).doesNotContain("M-2", "M-19-attempt");
  }

  @Test
  void tiesShareARankAndKeepChecklistOrder() {
    Comparison c = Comparison.of(CompareFixtures.checklist(), List.of(
        CompareFixtures.country("A", null, MET, MISSING, MET, MISSING, MET, MET, PARTIAL),
        CompareFixtures.country("B", null, MET, MISSING, MET, MISSING, MET, MET, MET)));
    assertThat(c.commonGaps()).extracting(Comparison.CommonGap::obligation)
        .containsExactly("M-7", "M-14-b", "M-24");
    assertThat(c.ranks()).containsExactly(1, 1, 3);
  }

  @Test
  void countsArticlesPerCountry() {
    Comparison c = CompareFixtures.sample();
    assertThat(c.articleCounts(0)).isEqualTo(new Comparison.ArticleCounts(3, 0, 1, 1));
    assertThat(c.articleCounts(1)).isEqualTo(new Comparison.ArticleCounts(1, 1, 1, 2));
    assertThat(c.articleCounts(2)).isEqualTo(new Comparison.ArticleCounts(0, 2, 2, 1));
  }

  @Test
  void nameClashesAreCaseInsensitive() {
    Country a = new Country("Kenya", null, List.of(Path.of("a")), "a");
    Country b = new Country("KENYA", null, List.of(Path.of("b")), "m.yaml:3:5");
    assertThat(Compare.nameClash(List.of(a, b))).hasValueSatisfying(m -> assertThat(m)
        .contains("'KENYA'").contains("a and m.yaml:3:5"));
    assertThat(Compare.nameClash(List.of(a))).isEmpty();
    assertThat(Compare.nameClash(List.of())).hasValue("no countries to compare");
  }
}
