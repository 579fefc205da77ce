package org.lexgap.eval;

import java.util.List;

/** An article where the status differs from gold, or gold says addressed and the cited provisions differ. */
public record Disagreement(
    String article,
    ArticleStatus goldStatus,
    List<String> goldProvisions,
    String goldNote,
    ArticleStatus predictedStatus,
    List<String> predictedProvisions,
    List<Support> support) {

  public Disagreement {
    goldProvisions = List.copyOf(goldProvisions);
    predictedProvisions = List.copyOf(predictedProvisions);
    support = List.copyOf(support);
  }

  public boolean statusDiffers() {
    return goldStatus != predictedStatus;
  }
}
