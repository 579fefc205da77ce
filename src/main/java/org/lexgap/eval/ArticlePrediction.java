package org.lexgap.eval;

import java.util.List;

/**
 * A predictor's verdict on one article, in the gold file's terms.
 *
 * @param provisions normalised top-level numbers, in natural order, no duplicates
 */
public record ArticlePrediction(ArticleStatus status, List<String> provisions, List<Support> support) {

  /** What a predictor that says nothing about an article amounts to. */
  public static final ArticlePrediction NONE = new ArticlePrediction(ArticleStatus.MISSING, List.of(), List.of());

  public ArticlePrediction {
    provisions = List.copyOf(provisions);
    support = List.copyOf(support);
  }
}
