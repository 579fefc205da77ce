package org.lexgap.report;

import java.util.List;

/**
 * RFC 4180 rows for the spreadsheet outputs (report and comparison): CRLF row ends, fields quoted when they
 * contain a comma, quote, CR or LF, quotes doubled, no byte-order mark.
 *
 * <p>Formula injection: a spreadsheet runs a cell that starts with {@code = + - @} (or tab or CR) as a formula,
 * and statute and checklist text is untrusted, so such a cell is written with a leading apostrophe (OWASP's
 * advice); "-1" in a cell therefore reads back as "'-1".
 */
public final class Csv {

  private Csv() {}

  /** One row, CRLF-terminated; a null field is an empty cell. */
  public static void row(StringBuilder b, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        b.append(',');
      }
      field(b, fields.get(i));
    }
    b.append("\r\n");
  }

  static void field(StringBuilder b, String raw) {
    String v = defuse(raw == null ? "" : raw);
    boolean quote = false;
    for (int i = 0; i < v.length() && !quote; i++) {
      char c = v.charAt(i);
      quote = c == ',' || c == '"' || c == '\r' || c == '\n';
    }
    if (!quote) {
      b.append(v);
      return;
    }
    b.append('"');
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c == '"') {
        b.append('"');
      }
      b.append(c);
    }
    b.append('"');
  }

  /** A leading apostrophe on cells a spreadsheet would evaluate. */
  static String defuse(String v) {
    if (v.isEmpty()) {
      return v;
    }
    char c = v.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + v : v;
  }
}
