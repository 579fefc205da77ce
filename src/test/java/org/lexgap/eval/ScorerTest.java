package org.lexgap.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.lexgap.eval.ArticleStatus.MET;
import static org.lexgap.eval.ArticleStatus.MISSING;
import static org.lexgap.eval.ArticleStatus.PARTIAL;
import static org.lexgap.eval.Fixtures.gold;
import static org.lexgap.eval.Fixtures.met;
import static org.lexgap.eval.Fixtures.missing;
import static org.lexgap.eval.Fixtures.partial;
import static org.lexgap.eval.Fixtures.pred;
import static org.lexgap.eval.Fixtures.preds;

import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class ScorerTest {

  private static final Offset<Double> EPS = within(1e-9);

  // gold:  7 met [5]   8 partial [6,7]   9 missing    10 met [8]   11 missing
  // pred:  7 met [5]   8 met [6]         9 partial [9] 10 missing   11 (nothing said -> missing)
  private static final GoldFile G1 = gold("g1", met("7", "5"), partial("8", "6", "7"), missing("9"),
      met("10", "8"), missing("11"));
  private static final java.util.Map<String, ArticlePrediction> P1 = preds(
      "7", pred(MET, "5"), "8", pred(MET, "6"), "9", pred(PARTIAL, "9"), "10", pred(MISSING));

  @Test
  void figuresOfOneStatuteComputedByHand() {
    Score s = Scorer.score(G1, P1).score();
    assertThat(s.articles()).isEqualTo(5);
    // addressed: gold {7,8,10}, predicted {7,8,9}: TP 2 (7,8), FP 1 (9), FN 1 (10) -> P = R = F1 = 2/3
    assertThat(s.addressed()).isEqualTo(new Prf(2, 1, 1));
    assertThat(s.addressed().precision()).isCloseTo(2.0 / 3, EPS);
    assertThat(s.addressed().recall()).isCloseTo(2.0 / 3, EPS);
    assertThat(s.addressed().f1()).isCloseTo(2.0 / 3, EPS);
    // missing: gold {9,11}, predicted {10,11}: TP 1 (11), FP 1 (10), FN 1 (9) -> P = R = F1 = 1/2
    assertThat(s.confusion().missing()).isEqualTo(new Prf(1, 1, 1));
    assertThat(s.confusion().missing().f1()).isCloseTo(0.5, EPS);
    // macro-F1 = (2/3 + 1/2) / 2 = 7/12
    assertThat(s.macroF1()).isCloseTo(7.0 / 12, EPS);
    // 3-class: 7 and 11 agree -> 2/5
    assertThat(s.accuracy()).isCloseTo(0.4, EPS);
    // provisions over gold-addressed 7, 8, 10: 7 {5}/{5} TP1; 8 {6,7}/{6} TP1 FN1; 10 {8}/{} FN1.
    // Article 9's citation does not count: gold says missing. -> TP 2 FP 0 FN 2: P 1, R 1/2, F1 2/3
    assertThat(s.provisions()).isEqualTo(new Prf(2, 0, 2));
    assertThat(s.provisions().precision()).isCloseTo(1.0, EPS);
    assertThat(s.provisions().recall()).isCloseTo(0.5, EPS);
    assertThat(s.provisions().f1()).isCloseTo(2.0 / 3, EPS);
  }

  @Test
  void confusionTable() {
    Confusion c = Scorer.score(G1, P1).score().confusion();
    assertThat(c.count(MET, MET)).isEqualTo(1);
    assertThat(c.count(PARTIAL, MET)).isEqualTo(1);
    assertThat(c.count(MISSING, PARTIAL)).isEqualTo(1);
    assertThat(c.count(MET, MISSING)).isEqualTo(1);
    assertThat(c.count(MISSING, MISSING)).isEqualTo(1);
    assertThat(c.count(MET, PARTIAL)).isZero();
    assertThat(c.total()).isEqualTo(5);
    assertThat(c.agreeing()).isEqualTo(2);
  }

  @Test
  void disagreementsAreStatusOrProvisionDifferences() {
    StatuteResult r = Scorer.score(G1, P1);
    assertThat(r.disagreements()).extracting(Disagreement::article).containsExactly("8", "9", "10");
    Disagreement d8 = r.disagreements().get(0);
    assertThat(d8.goldStatus()).isEqualTo(PARTIAL);
    assertThat(d8.goldProvisions()).containsExactly("6", "7");
    assertThat(d8.predictedStatus()).isEqualTo(MET);
    assertThat(d8.predictedProvisions()).containsExactly("6");
    // same status, different provisions: still a disagreement (gold addressed)
    StatuteResult r2 = Scorer.score(gold("g", met("12", "14")), preds("12", pred(MET, "s. 14(2)(a)", "s. 15")));
    assertThat(r2.disagreements()).singleElement().satisfies(d -> {
      assertThat(d.statusDiffers()).isFalse();
      assertThat(d.article()).isEqualTo("12");
    });
    assertThat(r2.score().provisions()).isEqualTo(new Prf(1, 1, 0));
    // provisions compared after normalisation: "Section 14" equals gold "14"
    assertThat(Scorer.score(gold("g", met("12", "14")), preds("12", pred(MET, "Section 14"))).disagreements())
        .isEmpty();
  }

  @Test
  void totalsAreMicroAveraged() {
    // second statute: 7 met [3], predicted met citing "Section 3" -> TP everywhere
    GoldFile g2 = gold("g2", met("7", "3"));
    EvalResult r = Scorer.scoreAll("lexgap", List.of(G1, g2), List.of(P1, preds("7", pred(MET, "Section 3"))));
    Score t = r.total();
    assertThat(t.statutes()).isEqualTo(2);
    assertThat(t.articles()).isEqualTo(6);
    // addressed TP 2+1, FP 1, FN 1 -> P = R = 3/4
    assertThat(t.addressed()).isEqualTo(new Prf(3, 1, 1));
    assertThat(t.addressed().f1()).isCloseTo(0.75, EPS);
    // missing: only g1 contributes: TP 1 FP 1 FN 1 -> F1 1/2; macro-F1 = (3/4 + 1/2) / 2 = 5/8
    assertThat(t.macroF1()).isCloseTo(0.625, EPS);
    // agreeing 2 + 1 of 6
    assertThat(t.accuracy()).isCloseTo(0.5, EPS);
    // provisions TP 2+1, FP 0, FN 2 -> P 1, R 3/5, F1 2*0.6/1.6 = 0.75
    assertThat(t.provisions()).isEqualTo(new Prf(3, 0, 2));
    assertThat(t.provisions().f1()).isCloseTo(0.75, EPS);
    // micro, not the mean of the per-statute macro-F1s (7/12 and 1.0 would average to 0.7917)
    assertThat(t.macroF1()).isNotCloseTo((7.0 / 12 + r.statutes().get(1).score().macroF1()) / 2, within(1e-3));
  }

  @Test
  void emptyDenominators() {
    // class absent from gold and prediction: nothing to get wrong
    assertThat(new Prf(0, 0, 0).precision()).isEqualTo(1.0);
    assertThat(new Prf(0, 0, 0).recall()).isEqualTo(1.0);
    assertThat(new Prf(0, 0, 0).f1()).isEqualTo(1.0);
    // nothing predicted, something expected
    assertThat(new Prf(0, 0, 3).precision()).isEqualTo(0.0);
    assertThat(new Prf(0, 0, 3).recall()).isEqualTo(0.0);
    assertThat(new Prf(0, 0, 3).f1()).isEqualTo(0.0);
    // something predicted, nothing expected
    assertThat(new Prf(0, 2, 0).precision()).isEqualTo(0.0);
    assertThat(new Prf(0, 2, 0).recall()).isEqualTo(0.0);
    assertThat(new Prf(0, 2, 0).f1()).isEqualTo(0.0);
  }

  @Test
  void allMissingAgreedIsPerfect() {
    Score s = Scorer.score(gold("g", missing("15"), missing("16")), preds()).score();
    // addressed is absent from both sides (0/0/0 -> 1), missing TP 2 -> 1; no gold-addressed articles
    assertThat(s.addressed()).isEqualTo(Prf.ZERO);
    assertThat(s.macroF1()).isEqualTo(1.0);
    assertThat(s.accuracy()).isEqualTo(1.0);
    assertThat(s.provisions()).isEqualTo(Prf.ZERO);
    assertThat(s.provisions().f1()).isEqualTo(1.0);
  }

  @Test
  void predictingEverythingMissingScoresHalfAtBestOnMacroF1() {
    // gold: 2 addressed, 2 missing; prediction says nothing
    Score s = Scorer.score(gold("g", met("7", "1"), partial("8", "2"), missing("9"), missing("10")), preds())
        .score();
    // addressed TP0 FP0 FN2 -> 0; missing TP2 FP2 FN0 -> P 1/2, R 1, F1 2/3; macro 1/3
    assertThat(s.addressed().f1()).isEqualTo(0.0);
    assertThat(s.confusion().missing().f1()).isCloseTo(2.0 / 3, EPS);
    assertThat(s.macroF1()).isCloseTo(1.0 / 3, EPS);
    assertThat(s.accuracy()).isCloseTo(0.5, EPS);
    // provisions: expected 2, cited none -> P 0 (not 1: something was expected)
    assertThat(s.provisions()).isEqualTo(new Prf(0, 0, 2));
    assertThat(s.provisions().precision()).isEqualTo(0.0);
  }

  @Test
  void articlesGoldDoesNotListAreNotScored() {
    Score s = Scorer.score(gold("g", met("7", "1")), preds("7", pred(MET, "1"), "8", pred(MET, "9"))).score();
    assertThat(s.articles()).isEqualTo(1);
    assertThat(s.confusion().addressed()).isEqualTo(new Prf(1, 0, 0));
  }
}
