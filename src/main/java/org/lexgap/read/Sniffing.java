package org.lexgap.read;

/** Helpers to look at the first bytes of a file. */
final class Sniffing {

  private Sniffing() {}

  /** The head decoded as text (BOM-aware, UTF-8 or Windows-1252). */
  static String text(byte[] head) {
    return Decoding.decode(head);
  }

  /**
   * The name (with any prefix removed) of the first element of a markup file, skipping the XML declaration,
   * processing instructions, comments and a DOCTYPE; null if the head does not start with markup.
   */
  static String rootElement(byte[] head) {
    String s = text(head);
    int i = 0;
    int n = s.length();
    while (true) {
      while (i < n && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
      if (i >= n || s.charAt(i) != '<') {
        return null;
      }
      if (s.startsWith("<?", i)) {
        i = skipPast(s, i, "?>");
      } else if (s.startsWith("<!--", i)) {
        i = skipPast(s, i, "-->");
      } else if (s.startsWith("<!", i)) {
        i = skipDoctype(s, i);
      } else {
        int start = i + 1;
        int end = start;
        while (end < n && isNameChar(s.charAt(end))) {
          end++;
        }
        if (end == start) {
          return null;
        }
        String name = s.substring(start, end);
        int colon = name.indexOf(':');
        return colon >= 0 ? name.substring(colon + 1) : name;
      }
      if (i < 0) {
        return null;
      }
    }
  }

  private static int skipPast(String s, int from, String end) {
    int j = s.indexOf(end, from);
    return j < 0 ? -1 : j + end.length();
  }

  /** Skips a DOCTYPE, including an internal subset in brackets. */
  private static int skipDoctype(String s, int from) {
    int depth = 0;
    for (int j = from; j < s.length(); j++) {
      char c = s.charAt(j);
      if (c == '[') {
        depth++;
      } else if (c == ']') {
        depth--;
      } else if (c == '>' && depth <= 0) {
        return j + 1;
      }
    }
    return -1;
  }

  private static boolean isNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == ':' || c == '_' || c == '-' || c == '.';
  }
}
