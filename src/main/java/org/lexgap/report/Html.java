package org.lexgap.report;

/** The one HTML escape: every string that reaches HTML output, in text or in an attribute, goes through it. */
final class Html {

  private Html() {}

  /**
   * Escapes {@code & < > " '} and drops control characters, so the result is inert both as element text
   * and inside a double- or single-quoted attribute value. Null becomes "".
   */
  static String esc(String s) {
    String c = ReportSupport.clean(s);
    StringBuilder b = null;
    for (int i = 0; i < c.length(); i++) {
      char ch = c.charAt(i);
      String rep = switch (ch) {
        case '&' -> "&amp;";
        case '<' -> "&lt;";
        case '>' -> "&gt;";
        case '"' -> "&quot;";
        case '\'' -> "&#39;";
        default -> null;
      };
      if (rep != null && b == null) {
        b = new StringBuilder(c.length() + 16).append(c, 0, i);
      }
      if (b != null) {
        if (rep != null) {
          b.append(rep);
        } else {
          b.append(ch);
        }
      }
    }
    return b == null ? c : b.toString();
  }

  /** A fragment id made only of [A-Za-z0-9-], unique through {@code index}: never data in a URL. */
  static String id(String prefix, int index, String label) {
    StringBuilder b = new StringBuilder(prefix).append(index);
    String s = label == null ? "" : label;
    int kept = 0;
    for (int i = 0; i < s.length() && kept < 40; i++) {
      char c = s.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-') {
        if (kept == 0) {
          b.append('-');
        }
        b.append(c);
        kept++;
      }
    }
    return b.toString();
  }
}
