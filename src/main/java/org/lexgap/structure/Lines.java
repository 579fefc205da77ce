package org.lexgap.structure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.lexgap.read.BlockKind;
import org.lexgap.read.Location;
import org.lexgap.read.TextBlock;

/**
 * Normalises reader blocks into clean lines: one spelling for dashes and spaces, no running headers, page
 * numbers, footnote numbers or amendment footnotes, no leading footnote markers ("1[").
 */
final class Lines {

  /** A clean line; {@code heading} when the format marked it as a heading (DOCX style, HTML h1-h6). */
  record Line(String text, Location location, boolean heading) {}

  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u200B\\uFEFF]+");
  private static final Pattern DASH_RUN = Pattern.compile("_{2,}|-{2,}");
  private static final Pattern DIGITS = Pattern.compile("\\d+");
  private static final Pattern PAGE_NUMBER = Pattern.compile(
      "\\d{1,4}|[-–—]\\s*\\d{1,4}\\s*[-–—]|(?i:page)\\s+\\d{1,4}(\\s+(?i:of)\\s+\\d{1,4})?");
  /** Amendment footnotes of consolidated texts: "Ins. by Act No. II of 2025, s.2.", "Subs. by Ord. ...". */
  private static final Pattern AMENDMENT_NOTE = Pattern.compile(
      "(?:Ins|Subs|Added|Omitted|Rep|Renumbered|Re-numbered|Inserted|Substituted|Amended|Deleted|Sub)\\.?,?"
          + "(?i:(?:\\s+(?:and|&)?\\s*(?:ins|subs|added|omitted|rep|inserted|substituted|amended|deleted)\\.?,?){0,4}"
          + "\\s+(?:by|vide)\\s.{0,200})");
  private static final Pattern FOOTNOTE_MARKER = Pattern.compile("^\\d{1,2}\\s?\\[");

  private Lines() {}

  static List<Line> clean(List<TextBlock> blocks) {
    List<Line> raw = new ArrayList<>(blocks.size());
    for (TextBlock b : blocks) {
      String t = normalize(b.text());
      if (!t.isEmpty()) {
        raw.add(new Line(t, b.location(), b.kind() == BlockKind.HEADING));
      }
    }
    Map<String, Integer> counts = new HashMap<>();
    for (Line l : raw) {
      if (l.text.length() <= 60) {
        counts.merge(key(l.text), 1, Integer::sum);
      }
    }
    int minRepeats = Math.max(3, raw.size() / 150);
    List<Line> out = new ArrayList<>(raw.size());
    for (Line l : raw) {
      String t = l.text;
      if (PAGE_NUMBER.matcher(t).matches() || AMENDMENT_NOTE.matcher(t).matches()) {
        continue;
      }
      if (t.length() <= 60 && isRunningHeader(t, counts.getOrDefault(key(t), 0), minRepeats)) {
        continue;
      }
      t = FOOTNOTE_MARKER.matcher(t).replaceFirst("[");
      if (t.startsWith("[") && t.length() > 1) {
        t = t.substring(1).strip();
        if (t.startsWith("(") && t.indexOf(")]") > 0 && t.indexOf(")]") < 10) {
          // "1[(1)] Nothing in this Act": the inserted label itself
          int i = t.indexOf(")]");
          t = t.substring(0, i + 1) + t.substring(i + 2);
        }
      }
      if (!t.isEmpty() && !t.equals("[") && !t.equals("]")) {
        out.add(new Line(t, l.location, l.heading));
      }
    }
    return out;
  }

  static String normalize(String s) {
    String t = s.replace('\u00AD', '-').replace('\u2011', '-').replace('\u2010', '-');
    t = SPACES.matcher(t).replaceAll(" ").strip();
    if (t.indexOf('_') >= 0 || t.contains("--")) {
      t = DASH_RUN.matcher(t).replaceAll("—");
    }
    return t;
  }

  private static String key(String t) {
    return DIGITS.matcher(t).replaceAll("#");
  }

  /**
   * Running headers and footers repeat on every page: short, not sentences, not statute structure. A line
   * with a page number or bracket in it qualifies at three repeats; plain words only when they recur at
   * page frequency, so that a recurring marginal note such as "Penalty" survives.
   */
  private static boolean isRunningHeader(String t, int repeats, int minRepeats) {
    if (repeats < 3) {
      return false;
    }
    char c0 = t.charAt(0);
    if (!(Character.isUpperCase(c0) || Character.isDigit(c0) || c0 == '[')) {
      return false;
    }
    char last = t.charAt(t.length() - 1);
    if (".;:,—–-".indexOf(last) >= 0) {
      return false;
    }
    if (Patterns.looksStructural(t)) {
      return false;
    }
    boolean marked = DIGITS.matcher(t).find() || c0 == '[';
    return marked || repeats >= minRepeats;
  }
}
