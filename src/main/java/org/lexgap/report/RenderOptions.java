package org.lexgap.report;

import org.lexgap.analysis.Finding;
import org.lexgap.analysis.Status;

/**
 * What the caller decides about a rendering; every renderer ignores what does not concern it.
 *
 * @param color ANSI colour in the text format (the CLI sets it for a terminal with NO_COLOR unset)
 * @param sarifIncludeMet SARIF: also emit results for met obligations (as "pass")
 * @param failOn the --fail-on threshold or null: findings at or above it (and not waived) are failures
 * @param title what the report is about, e.g. a country or a bill ("Republic of Examplia"), or null
 * @param toolVersion the lexgap version to name as generator, or null to name none
 * @param maxQuotes evidence quotes shown per finding in md and html; 0 shows all (text shows one, json and
 *     csv are unaffected)
 */
public record RenderOptions(
    boolean color, boolean sarifIncludeMet, Status failOn, String title, String toolVersion, int maxQuotes) {

  public RenderOptions {
    if (maxQuotes < 0) {
      throw new IllegalArgumentException("maxQuotes must be >= 0, was " + maxQuotes);
    }
  }

  /** No colour, no met results in SARIF, no threshold, no title, no version, three quotes per finding. */
  public static RenderOptions defaults() {
    return new RenderOptions(false, false, null, null, null, 3);
  }

  public RenderOptions withColor(boolean c) {
    return new RenderOptions(c, sarifIncludeMet, failOn, title, toolVersion, maxQuotes);
  }

  public RenderOptions withSarifIncludeMet(boolean include) {
    return new RenderOptions(color, include, failOn, title, toolVersion, maxQuotes);
  }

  public RenderOptions withFailOn(Status s) {
    return new RenderOptions(color, sarifIncludeMet, s, title, toolVersion, maxQuotes);
  }

  public RenderOptions withTitle(String t) {
    return new RenderOptions(color, sarifIncludeMet, failOn, t, toolVersion, maxQuotes);
  }

  public RenderOptions withToolVersion(String v) {
    return new RenderOptions(color, sarifIncludeMet, failOn, title, v, maxQuotes);
  }

  public RenderOptions withMaxQuotes(int n) {
    return new RenderOptions(color, sarifIncludeMet, failOn, title, toolVersion, n);
  }

  /**
   * Whether a finding breaches {@link #failOn}: its status is at or above the threshold (in {@link Status}
   * order) and it is not waived. Always false without a threshold.
   */
  public boolean fails(Finding f) {
    return failOn != null && !f.waived() && f.status().compareTo(failOn) >= 0;
  }
}
