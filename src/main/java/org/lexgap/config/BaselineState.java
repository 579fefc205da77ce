package org.lexgap.config;

import java.util.Locale;

/** How a finding relates to a baseline; the ids match SARIF's {@code result.baselineState}. */
public enum BaselineState {
  /** A gap the baseline does not have, or one that got worse (partial to missing). */
  NEW,
  /** A gap the baseline already has, with the same or a better status (missing to partial). */
  UNCHANGED,
  /** A gap in the baseline that is no longer a gap. */
  ABSENT,
  /** Not a gap, and not in the baseline either. */
  NONE;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
