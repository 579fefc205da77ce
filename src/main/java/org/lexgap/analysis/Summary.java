package org.lexgap.analysis;

import java.util.Map;

/**
 * Counts over all findings. {@code byChapter} maps a chapter ("II") to its counts, in chapter order.
 * {@code coverage} is (met + 0.5 * partial) / assessable, 0-1.
 */
public record Summary(
    int obligations, int met, int partial, int missing, int notAssessable, int waived, double coverage,
    Map<String, Counts> byChapter) {

  public record Counts(int obligations, int met, int partial, int missing, int notAssessable) {}
}
