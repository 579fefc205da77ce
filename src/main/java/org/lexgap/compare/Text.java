package org.lexgap.compare;

import org.lexgap.analysis.Status;
import org.lexgap.analysis.Summary;

/**
 * Wording, arithmetic and escaping shared by the comparison renderers. The escape and the definitions follow
 * org.lexgap.report (its helpers are package-private there), so a comparison and a single report never disagree.
 */
final class Text {

  private Text() {}

  /** Null-safe, with control characters removed: tabs and line breaks become spaces, the rest is dropped. */
  static String clean(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
        if (c == '\t' || c == '\n' || c == '\r') {
          b.append(' ');
        }
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** {@link #clean}, runs of whitespace collapsed to one space, trimmed. */
  static String oneLine(String s) {
    String c = clean(s);
    StringBuilder b = new StringBuilder(c.length());
    boolean space = false;
    for (int i = 0; i < c.length(); i++) {
      char ch = c.charAt(i);
      if (Character.isWhitespace(ch) || ch == '\u00a0') {
        space = b.length() > 0;
      } else {
        if (space) {
          b.append(' ');
          space = false;
        }
        b.append(ch);
      }
    }
    return b.toString();
  }

  /**
   * The one HTML escape: {@code & < > " '} escaped and control characters dropped, so the result is inert as
   * element text and inside a quoted attribute value. Null becomes "".
   */
  static String esc(String s) {
    String c = clean(s);
    StringBuilder b = new StringBuilder(c.length() + 16);
    for (int i = 0; i < c.length(); i++) {
      char ch = c.charAt(i);
      switch (ch) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(ch);
      }
    }
    return b.toString();
  }

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
