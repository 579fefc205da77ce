package org.lexgap.diff;

import java.util.Locale;

/** What happened to one obligation between two reports, in the order a reader wants to see them. */
public enum Change {
  /** The status got worse (met, partial, missing, from best to worst). */
  REGRESSED,
  /** The status got better. */
  IMPROVED,
  /** Same status, but other provisions are cited or other elements are missing. */
  EVIDENCE_CHANGED,
  /** One side is not assessable: there is nothing to compare. */
  NOT_COMPARED,
  /** Only the new report has the obligation (the checklist changed). */
  ADDED,
  /** Only the old report has the obligation. */
  REMOVED,
  /** Same status, same evidence. */
  UNCHANGED;

  /** The spelling used in every diff format: regressed, improved, evidence-changed, ... */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Heading for this group in human formats. */
  public String label() {
    return switch (this) {
      case REGRESSED -> "Regressed";
      case IMPROVED -> "Improved";
      case EVIDENCE_CHANGED -> "Evidence changed";
      case NOT_COMPARED -> "Not compared: not assessable on one side";
      case ADDED -> "Only in the new report";
      case REMOVED -> "Only in the old report";
      case UNCHANGED -> "Unchanged";
    };
  }
}
