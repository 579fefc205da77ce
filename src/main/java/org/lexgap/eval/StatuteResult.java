package org.lexgap.eval;

import java.util.List;

/** The figures and disagreements for one gold file. */
public record StatuteResult(GoldFile gold, Score score, List<Disagreement> disagreements) {

  public StatuteResult {
    disagreements = List.copyOf(disagreements);
  }
}
