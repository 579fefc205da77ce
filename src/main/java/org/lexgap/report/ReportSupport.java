package org.lexgap.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lexgap.analysis.ElementMatch;
import org.lexgap.analysis.Evidence;
import org.lexgap.analysis.Finding;
import org.lexgap.analysis.Status;
import org.lexgap.analysis.Summary;

/**
 * Wording and arithmetic shared by the human-readable formats, so they never disagree. Public only for the
 * text cleaning the comparison's formats share.
 */
public final class ReportSupport {

  private ReportSupport() {}

  /** Null-safe, with control characters removed: tabs and line breaks become spaces, the rest is dropped. */
  public static String clean(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean control = c < 0x20 || (c >= 0x7f && c <= 0x9f);
      if (control && b == null) {
        b = new StringBuilder(s.length()).append(s, 0, i);
      }
      if (b != null) {
        if (!control) {
          b.append(c);
        } else if (c == '\t' || c == '\n' || c == '\r') {
          b.append(' ');
        }
      }
    }
    return b == null ? s : b.toString();
  }

  /** {@link #clean} and runs of whitespace collapsed to one space, trimmed: for table cells and quotes. */
  public static String oneLine(String s) {
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

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  /** "Art. 7", "Art. 7(1)", "Art. 14(1)(a)". */
  static String article(Finding f) {
    return "Art. " + org.lexgap.checklist.Citations.article(oneLine(f.article()), oneLine(f.paragraph()));
  }

  /** The label people read: "met", "partial", "missing", "not assessable". */
  static String label(Status s) {
    return s == Status.NOT_ASSESSABLE ? "not assessable" : s.id();
  }

  static String confidence(double c) {
    return String.format(Locale.ROOT, "%.2f", Double.isFinite(c) ? c : 0.0);
  }

  /** Whole percent, half up; "n/a" when nothing was assessable. */
  static String percent(Double fraction) {
    if (fraction == null || !Double.isFinite(fraction)) {
      return "n/a";
    }
    return Math.round(fraction * 100) + "%";
  }

  /** The summary's definition applied to one chapter: (met + partial / 2) / assessable, or null. */
  static Double coverage(Summary.Counts c) {
    int assessable = c.obligations() - c.notAssessable();
    return assessable <= 0 ? null : (c.met() + 0.5 * c.partial()) / assessable;
  }

  static Double coverage(Summary s) {
    return s.obligations() - s.notAssessable() <= 0 ? null : s.coverage();
  }

  /** Chapters in treaty order (Roman numerals), whatever map the summary came in; unknown labels last. */
  static List<Map.Entry<String, Summary.Counts>> chapters(Summary s) {
    List<Map.Entry<String, Summary.Counts>> list = new ArrayList<>(s.byChapter().entrySet());
    list.sort(Comparator.comparingInt((Map.Entry<String, Summary.Counts> e) -> roman(e.getKey()))
        .thenComparing(Map.Entry::getKey));
    return list;
  }

  /** The value of a Roman numeral, or Integer.MAX_VALUE when the label is not one. */
  static int roman(String s) {
    if (s == null || s.isEmpty() || s.length() > 12) {
      return Integer.MAX_VALUE;
    }
    int total = 0;
    int prev = 0;
    for (int i = s.length() - 1; i >= 0; i--) {
      int v = switch (Character.toUpperCase(s.charAt(i))) {
        case 'I' -> 1;
        case 'V' -> 5;
        case 'X' -> 10;
        case 'L' -> 50;
        case 'C' -> 100;
        default -> -1;
      };
      if (v < 0) {
        return Integer.MAX_VALUE;
      }
      total += v < prev ? -v : v;
      prev = Math.max(prev, v);
    }
    return total;
  }

  /** Gaps to act on: not waived, missing first then partial, each in checklist order. */
  static List<Finding> openGaps(List<Finding> findings) {
    List<Finding> out = new ArrayList<>();
    for (Status s : List.of(Status.MISSING, Status.PARTIAL)) {
      for (Finding f : findings) {
        if (f.status() == s && !f.waived()) {
          out.add(f);
        }
      }
    }
    return out;
  }

  static List<Finding> with(List<Finding> findings, Status s, boolean waived) {
    return findings.stream().filter(f -> f.status() == s && f.waived() == waived).toList();
  }

  static List<Finding> waived(List<Finding> findings) {
    return findings.stream().filter(Finding::waived).toList();
  }

  /** The evidence to show: all of it when {@code max} is 0. */
  static List<Evidence> quotes(Finding f, int max) {
    List<Evidence> ev = f.evidence();
    return max == 0 || ev.size() <= max ? ev : ev.subList(0, max);
  }

  /** "statutes/act.pdf, s. 5(1)(a), p. 3" or "..., line 120". */
  static String citation(Evidence e) {
    StringBuilder b = new StringBuilder(oneLine(e.document()));
    if (!blank(e.provision())) {
      b.append(", ").append(oneLine(e.provision()));
    }
    if (e.page() != null) {
      b.append(", p. ").append(e.page());
    } else if (e.line() != null) {
      b.append(", line ").append(e.line());
    }
    return b.toString();
  }

  static String join(List<String> items) {
    return String.join("; ", items.stream().map(ReportSupport::oneLine).toList());
  }

  /**
   * The stretches of {@code quote} to highlight: every word-bounded, case-insensitive occurrence of a
   * matched word. A word that never occurs whole (an analysis may report a lemma, "access" for "accessed")
   * falls back to occurrences at the start of a word, extended to the word's end. Returned as sorted,
   * non-overlapping, non-adjacent [start, end) pairs.
   */
  static List<int[]> highlights(String quote, List<ElementMatch> matches) {
    boolean[] marked = new boolean[quote.length()];
    for (ElementMatch m : matches) {
      for (String w : m.words()) {
        String word = w == null ? "" : w.strip();
        if (!word.isEmpty() && !mark(quote, word, marked, true)) {
          mark(quote, word, marked, false);
        }
      }
    }
    List<int[]> spans = new ArrayList<>();
    int i = 0;
    while (i < marked.length) {
      if (marked[i]) {
        int start = i;
        while (i < marked.length && marked[i]) {
          i++;
        }
        spans.add(new int[] {start, i});
      } else {
        i++;
      }
    }
    return spans;
  }

  private static boolean mark(String quote, String word, boolean[] marked, boolean whole) {
    boolean found = false;
    int n = word.length();
    for (int i = 0; i + n <= quote.length(); i++) {
      if ((i > 0 && wordChar(quote.charAt(i - 1))) || !quote.regionMatches(true, i, word, 0, n)) {
        continue;
      }
      int end = i + n;
      if (whole && end < quote.length() && wordChar(quote.charAt(end))) {
        continue;
      }
      while (!whole && end < quote.length() && wordChar(quote.charAt(end))) {
        end++;
      }
      for (int k = i; k < end; k++) {
        marked[k] = true;
      }
      found = true;
    }
    return found;
  }

  private static boolean wordChar(char c) {
    int t = Character.getType(c);
    return Character.isLetterOrDigit(c) || t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK;
  }
}
