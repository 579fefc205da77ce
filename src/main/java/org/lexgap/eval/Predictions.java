package org.lexgap.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.lexgap.analysis.Evidence;
import org.lexgap.analysis.Finding;
import org.lexgap.analysis.Status;

/** Folds lexgap's per-obligation findings into one verdict per article, the way gold files judge. */
public final class Predictions {

  private Predictions() {}

  /**
   * Per article: the findings that count are those of mandatory obligations (strength not "optional") that are
   * assessable and not waived. Met when every counted finding is met; missing when none is met or partial (or
   * none counts); partial otherwise. Cited provisions are the union of the counted findings' provisions,
   * reduced to top-level numbers.
   */
  public static Map<String, ArticlePrediction> fromFindings(List<Finding> findings) {
    Map<String, List<Finding>> byArticle = new LinkedHashMap<>();
    for (Finding f : findings) {
      byArticle.computeIfAbsent(f.article(), a -> new ArrayList<>());
      if (counts(f)) {
        byArticle.get(f.article()).add(f);
      }
    }
    Map<String, ArticlePrediction> out = new LinkedHashMap<>();
    byArticle.forEach((article, counted) -> out.put(article, fold(counted)));
    return out;
  }

  /** Whether a finding takes part in its article's verdict. */
  public static boolean counts(Finding f) {
    return !"optional".equals(f.strength()) && f.status() != Status.NOT_ASSESSABLE && !f.waived();
  }

  static ArticlePrediction fold(List<Finding> counted) {
    boolean allMet = !counted.isEmpty();
    boolean anyAddressed = false;
    TreeSet<String> provisions = new TreeSet<>(ProvisionRefs.ORDER);
    List<Support> support = new ArrayList<>();
    for (Finding f : counted) {
      allMet &= f.status() == Status.MET;
      anyAddressed |= f.status() == Status.MET || f.status() == Status.PARTIAL;
      for (String p : f.provisions()) {
        String n = ProvisionRefs.normalise(p);
        if (!n.isEmpty()) {
          provisions.add(n);
        }
      }
      List<EvidenceRef> ev = new ArrayList<>();
      for (Evidence e : f.evidence()) {
        ev.add(EvidenceRef.of(e.provision(), e.quote()));
      }
      support.add(new Support(f.obligation(), f.status().id(), f.missingElements(), ev));
    }
    ArticleStatus status = allMet ? ArticleStatus.MET
        : anyAddressed ? ArticleStatus.PARTIAL : ArticleStatus.MISSING;
    return new ArticlePrediction(status, List.copyOf(provisions), support);
  }
}
