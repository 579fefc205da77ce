package org.lexgap.eval;

import java.util.List;

/**
 * Why a predictor reached its verdict on an article: one per counted finding (or one for the grep baseline).
 *
 * @param source the obligation id ("UNCC-7") or "grep"
 * @param status the finding's status id
 * @param missingElements labels of required elements the finding did not find
 */
public record Support(String source, String status, List<String> missingElements, List<EvidenceRef> evidence) {

  public Support {
    missingElements = List.copyOf(missingElements);
    evidence = List.copyOf(evidence);
  }
}
