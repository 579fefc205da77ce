package org.lexgap.read;

/** Text clean-up shared by the readers, so every format yields comparable, quotable text. */
final class Texts {

  private Texts() {}

  /**
   * Normalises one line or paragraph: no-break and other fixed-width spaces become plain spaces, invisible
   * characters (soft hyphen, zero-width space, word joiner, stray BOM) are removed, control characters become
   * spaces, runs of white space collapse to one space, and the ends are trimmed. Zero-width (non-)joiners are
   * kept because some scripts need them.
   */
  static String clean(CharSequence s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\u00AD' || c == '\u200B' || c == '\u2060' || c == '\uFEFF') {
        continue;
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
        space = b.length() > 0;
        continue;
      }
      if (space) {
        b.append(' ');
        space = false;
      }
      b.append(c);
    }
    return b.toString();
  }

  /** An exception's message cut down to one short line, for "file: problem (detail)" messages. */
  static String oneLine(Throwable e) {
    String m = e.getMessage();
    if (m == null || m.isBlank()) {
      return e.getClass().getSimpleName();
    }
    m = clean(m);
    return m.length() > 160 ? m.substring(0, 157) + "..." : m;
  }

  static String extension(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
  }
}
