package org.lexgap.config;

import java.util.List;
import org.lexgap.analysis.GapReport;

/**
 * The outcome of {@link Waivers#apply}.
 *
 * @param report the report with waivers attached to their findings and the summary recomputed
 * @param unmatched one message per waiver that names no obligation of the checklist or one that is not a gap
 * @param expired one message per waiver past its expiry date (it was not applied)
 */
public record WaiverResult(GapReport report, List<String> unmatched, List<String> expired) {

  public WaiverResult {
    unmatched = List.copyOf(unmatched);
    expired = List.copyOf(expired);
  }

  /** Whether every waiver applied: what {@code --strict-waivers} requires. */
  public boolean clean() {
    return unmatched.isEmpty() && expired.isEmpty();
  }
}
