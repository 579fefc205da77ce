package org.lexgap.eval;

import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reduces a provision reference to the top-level number gold files compare: "s. 14(2)(a)" -> "14". */
public final class ProvisionRefs {

  // A fixed pattern of ours (never user-supplied) on a short string, so java.util.regex is safe here.
  private static final Pattern PREFIX = Pattern.compile(
      "^(?:sections?|articles?|arts?|secs?|ss?|§+)(?:\\.\\s*|\\s+|(?=[0-9]))", Pattern.CASE_INSENSITIVE);

  private ProvisionRefs() {}

  /**
   * "s. 14(2)(a)" -> "14", "Art. 323-1" -> "323-1", "section 5a" -> "5A", "s14" -> "14". Letters are upper-cased
   * so comparison is case-insensitive. Returns "" when nothing is left.
   */
  public static String normalise(String ref) {
    if (ref == null) {
      return "";
    }
    String s = ref.strip();
    Matcher m = PREFIX.matcher(s);
    if (m.find()) {
      s = s.substring(m.end());
    }
    int end = 0;
    while (end < s.length()) {
      char c = s.charAt(end);
      if (c == '(' || c == ',' || c == ';' || Character.isWhitespace(c)) {
        break;
      }
      end++;
    }
    s = s.substring(0, end);
    while (s.endsWith(".") || s.endsWith(":")) {
      s = s.substring(0, s.length() - 1);
    }
    return s.toUpperCase(Locale.ROOT);
  }

  /** Natural order of normalised numbers: "2" < "5" < "5A" < "14" < "323-1". */
  public static final Comparator<String> ORDER = (a, b) -> {
    int na = leadingNumber(a);
    int nb = leadingNumber(b);
    if (na != nb) {
      return Integer.compare(na, nb);
    }
    return a.compareTo(b);
  };

  private static int leadingNumber(String s) {
    int n = 0;
    int i = 0;
    while (i < s.length() && i < 9 && Character.isDigit(s.charAt(i))) {
      n = n * 10 + (s.charAt(i) - '0');
      i++;
    }
    return i == 0 ? Integer.MAX_VALUE : n;
  }
}
