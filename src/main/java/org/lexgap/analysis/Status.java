package org.lexgap.analysis;

import java.util.Locale;

/** Verdict on one obligation. Ordered from best to worst for "at or above" comparisons. */
public enum Status {
  MET, NOT_ASSESSABLE, PARTIAL, MISSING;

  /** The spelling used in every output format: met, partial, missing, not-assessable. */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static Status fromId(String id) {
    return valueOf(id.toUpperCase(Locale.ROOT).replace('-', '_'));
  }

  /** Gaps are what --fail-on counts: partial and missing. */
  public boolean isGap() {
    return this == PARTIAL || this == MISSING;
  }
}
