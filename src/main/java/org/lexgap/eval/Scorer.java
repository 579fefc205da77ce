package org.lexgap.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Compares predictions with gold files. Pure: no I/O. */
public final class Scorer {

  private Scorer() {}

  /**
   * Scores one statute. Only the articles the gold file lists are judged; an article the predictor says
   * nothing about counts as predicted missing with no provisions.
   */
  public static StatuteResult score(GoldFile gold, Map<String, ArticlePrediction> predictions) {
    Confusion confusion = Confusion.empty();
    Prf provisions = Prf.ZERO;
    List<Disagreement> disagreements = new ArrayList<>();
    for (GoldEntry g : gold.articles()) {
      ArticlePrediction p = predictions.getOrDefault(g.article(), ArticlePrediction.NONE);
      confusion = confusion.with(g.status(), p.status());
      boolean provisionsDiffer = false;
      if (g.status().addressed()) {
        Prf pr = compare(g.provisions(), p.provisions());
        provisions = provisions.plus(pr);
        provisionsDiffer = pr.fp() > 0 || pr.fn() > 0;
      }
      if (g.status() != p.status() || provisionsDiffer) {
        disagreements.add(new Disagreement(g.article(), g.status(), g.provisions(), g.note(), p.status(),
            p.provisions(), p.support()));
      }
    }
    return new StatuteResult(gold, new Score(1, confusion, provisions), disagreements);
  }

  /** Scores every statute and sums the counts into a micro-averaged total. */
  public static EvalResult scoreAll(String scored, List<GoldFile> golds,
      List<Map<String, ArticlePrediction>> predictions) {
    if (golds.size() != predictions.size()) {
      throw new IllegalArgumentException("one prediction map per gold file");
    }
    List<StatuteResult> results = new ArrayList<>();
    Score total = Score.EMPTY;
    for (int i = 0; i < golds.size(); i++) {
      StatuteResult r = score(golds.get(i), predictions.get(i));
      results.add(r);
      total = total.plus(r.score());
    }
    return new EvalResult(scored, results, total);
  }

  /** Set comparison of normalised provision numbers. */
  static Prf compare(List<String> gold, List<String> cited) {
    Set<String> g = normalised(gold);
    Set<String> c = normalised(cited);
    int tp = 0;
    for (String s : c) {
      if (g.contains(s)) {
        tp++;
      }
    }
    return new Prf(tp, c.size() - tp, g.size() - tp);
  }

  private static Set<String> normalised(List<String> refs) {
    Set<String> out = new HashSet<>();
    for (String r : refs) {
      String n = ProvisionRefs.normalise(r);
      if (!n.isEmpty()) {
        out.add(n);
      }
    }
    return out;
  }
}
