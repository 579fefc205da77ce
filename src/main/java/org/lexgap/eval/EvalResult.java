package org.lexgap.eval;

import java.util.List;

/**
 * One predictor scored against every gold file.
 *
 * @param scored "lexgap" or the baseline's name ("grep")
 * @param total micro-averaged over all judged articles of all gold files
 */
public record EvalResult(String scored, List<StatuteResult> statutes, Score total) {

  public EvalResult {
    statutes = List.copyOf(statutes);
  }
}
