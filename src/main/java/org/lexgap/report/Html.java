package org.lexgap.report;

/**
 * The one HTML escape, used by every HTML output (report and comparison): every string that reaches HTML, in
 * text or in an attribute, goes through it. Also the head both pages share.
 */
public final class Html {

  /** No scripts, no external resources: only inline styles and data: images. */
  public static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

  private Html() {}

  /**
   * Escapes {@code & < > " '} and drops control characters, so the result is inert both as element text
   * and inside a double- or single-quoted attribute value. Null becomes "".
   */
  public static String esc(String s) {
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

  /**
   * The page from the doctype to the opening {@code <body>}: UTF-8, the {@link #CSP}, a viewport, then
   * {@code extraMeta} (raw, already escaped, may be empty), the escaped title and the inline stylesheet.
   */
  public static void head(StringBuilder b, String extraMeta, String title, String css) {
    b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CSP).append("\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append(extraMeta)
        .append("<title>").append(esc(title)).append("</title>\n")
        .append("<style>\n").append(css).append("</style>\n</head>\n<body>\n");
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
