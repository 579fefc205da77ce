package org.lexgap.compare;

import static org.lexgap.report.ReportSupport.oneLine;

import org.lexgap.analysis.Status;
import org.lexgap.analysis.Summary;

/**
 * Wording and arithmetic shared by the comparison renderers. The definitions follow org.lexgap.report, whose
 * text cleaning and HTML escape they use, so a comparison and a single report never disagree.
 */
final class Text {

  private Text() {}

  /** "Art. 7". */
  static String article(String article) {
    return "Art. " + oneLine(article);
  }

  /** "UNCC-14-possession (Art. 14(1)(c))": the obligation with where it sits in the treaty. */
  static String where(String article, String paragraph) {
    String p = oneLine(paragraph);
    if (p.isEmpty()) {
      return article(article);
    }
    return "Art. " + org.lexgap.checklist.Citations.article(oneLine(article), p);
  }

  /** The label people read: "met", "partial", "missing", "n/a" (nothing of the article counts). */
  static String label(Status s) {
    return s == Status.NOT_ASSESSABLE ? "n/a" : s.id();
  }

  /** Coverage as the report defines it, or null when nothing was assessable. */
  static Double coverage(Summary s) {
    return s.obligations() - s.notAssessable() <= 0 || !Double.isFinite(s.coverage()) ? null : s.coverage();
  }

  /** Whole percent, half up; "n/a" when nothing was assessable. */
  static String percent(Double fraction) {
    return fraction == null ? "n/a" : Math.round(fraction * 100) + "%";
  }
}
