package org.lexgap.read;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the glyphs of one PDF page into text lines in reading order. Glyphs are grouped into lines by
 * baseline; if a vertical gutter of white space runs through most lines near the middle of the page, the page
 * is read as two columns, band by band between any full-width lines (titles, headers) that cross the gutter.
 */
final class PdfLayout {

  private PdfLayout() {}

  /** A glyph in text-direction-adjusted coordinates (y grows downwards, baseline). */
  record Glyph(float x, float w, float y, float size, float spaceWidth, int dir, String text) {
    boolean ink() {
      return !text.isBlank();
    }

    float end() {
      return x + Math.max(0f, w);
    }
  }

  /** A text line and the index of the position-ordered line group (in {@code groups}) it came from. */
  record Line(String text, int group) {}

  /**
   * One page: {@code groups} are the texts of the glyph lines top to bottom (used to spot running headers and
   * footers), {@code lines} the text lines in reading order; a split two-column line yields two lines with
   * the same group.
   */
  record Page(List<String> groups, List<Line> lines) {
    boolean hasText() {
      return !lines.isEmpty();
    }
  }

  record Gutter(float start, float end) {}

  static Page page(List<Glyph> glyphs) {
    if (glyphs.stream().noneMatch(Glyph::ink)) {
      return new Page(List.of(), List.of());
    }
    // Text in another direction (a rotated margin note) is read after the page's main text.
    Map<Integer, Integer> byDir = new HashMap<>();
    for (Glyph g : glyphs) {
      if (g.ink()) {
        byDir.merge(g.dir(), 1, Integer::sum);
      }
    }
    int mainDir = 0;
    int most = -1;
    for (Map.Entry<Integer, Integer> e : new java.util.TreeMap<>(byDir).entrySet()) {
      if (e.getValue() > most) { // ties go to the smaller angle, for a deterministic choice
        mainDir = e.getKey();
        most = e.getValue();
      }
    }
    List<Glyph> main = new ArrayList<>();
    List<Glyph> other = new ArrayList<>();
    for (Glyph g : glyphs) {
      (g.dir() == mainDir ? main : other).add(g);
    }
    List<List<Glyph>> groups = group(main);
    List<List<Glyph>> extra = group(other);
    List<String> texts = new ArrayList<>(groups.size() + extra.size());
    List<Line> lines = new ArrayList<>();
    Gutter gutter = gutter(groups);
    for (List<Glyph> g : groups) {
      texts.add(text(g));
    }
    if (gutter == null) {
      for (int i = 0; i < groups.size(); i++) {
        lines.add(new Line(texts.get(i), i));
      }
    } else {
      twoColumns(groups, texts, gutter, lines);
    }
    for (List<Glyph> g : extra) {
      texts.add(text(g));
      lines.add(new Line(texts.get(texts.size() - 1), texts.size() - 1));
    }
    lines.removeIf(l -> l.text().isEmpty());
    return new Page(texts, lines);
  }

  /** Groups glyphs into lines: sorted by baseline, a new line starts when the baseline moves down enough. */
  static List<List<Glyph>> group(List<Glyph> glyphs) {
    List<Glyph> sorted = new ArrayList<>(glyphs);
    sorted.sort(Comparator.comparingDouble(Glyph::y).thenComparingDouble(Glyph::x));
    List<List<Glyph>> groups = new ArrayList<>();
    List<Glyph> current = null;
    float refY = 0;
    float tol = 0;
    for (Glyph g : sorted) {
      // 0.4 em: wider than a superscript offset, narrower than any real line spacing
      if (current == null || g.y() - refY > tol) {
        current = new ArrayList<>();
        groups.add(current);
        refY = g.y();
        tol = Math.max(1f, 0.4f * g.size());
      } else {
        tol = Math.max(tol, 0.4f * g.size());
      }
      current.add(g);
    }
    for (List<Glyph> line : groups) {
      line.sort(Comparator.comparingDouble(Glyph::x));
    }
    groups.removeIf(l -> l.stream().noneMatch(Glyph::ink));
    return groups;
  }

  /** The text of glyphs on one line, sorted by x; spaces are inserted where the gap is wide enough. */
  static String text(List<Glyph> line) {
    StringBuilder b = new StringBuilder();
    Glyph prev = null;
    for (Glyph g : line) {
      if (!g.ink()) {
        if (b.length() > 0 && b.charAt(b.length() - 1) != ' ') {
          b.append(' ');
        }
        prev = g;
        continue;
      }
      if (prev != null && b.length() > 0 && b.charAt(b.length() - 1) != ' ') {
        float sw = prev.spaceWidth();
        if (!(sw > 0) || sw > prev.size()) {
          sw = 0.27f * prev.size();
        }
        float threshold = Math.max(0.5f * sw, 0.08f * prev.size());
        if (g.x() - prev.end() > threshold) {
          b.append(' ');
        }
      }
      b.append(presentationForms(g.text()));
      prev = g;
    }
    // A soft hyphen at the end of a line is a line-break hyphen: keep it visible for rejoining.
    int end = b.length();
    while (end > 0 && b.charAt(end - 1) == ' ') {
      end--;
    }
    if (end > 0 && b.charAt(end - 1) == '\u00AD') {
      b.setCharAt(end - 1, '-');
    }
    return Texts.clean(b);
  }

  /** Ligatures and other presentation forms (U+FB00-FDFF, FE70-FEFF) become their plain letters. */
  private static String presentationForms(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '\uFB00' && c <= '\uFDFF' || c >= '\uFE70' && c <= '\uFEFE') {
        return Normalizer.normalize(s, Normalizer.Form.NFKC);
      }
    }
    return s;
  }

  /**
   * Finds a column gutter: a strip at least ~0.8 em wide whose centre lies in the middle half of the text
   * area, crossed by at most a tenth of the lines, with column-wide text on both sides of it.
   */
  static Gutter gutter(List<List<Glyph>> groups) {
    int lines = groups.size();
    if (lines < 6) {
      return null;
    }
    float minX = Float.MAX_VALUE;
    float maxX = -Float.MAX_VALUE;
    List<Float> sizes = new ArrayList<>();
    for (List<Glyph> line : groups) {
      for (Glyph g : line) {
        if (g.ink()) {
          minX = Math.min(minX, g.x());
          maxX = Math.max(maxX, g.end());
          sizes.add(g.size());
        }
      }
    }
    float width = maxX - minX;
    if (!(width >= 144f) || width > 20000f) {
      return null;
    }
    sizes.sort(null);
    float em = sizes.get(sizes.size() / 2);
    int bins = (int) Math.ceil(width) + 2;
    int[] cover = new int[bins + 1];
    for (List<Glyph> line : groups) {
      float runStart = Float.NaN;
      float runEnd = Float.NaN;
      for (Glyph g : line) {
        if (!g.ink()) {
          continue;
        }
        if (Float.isNaN(runStart) || g.x() > runEnd) {
          if (!Float.isNaN(runStart)) {
            mark(cover, runStart - minX, runEnd - minX);
          }
          runStart = g.x();
          runEnd = g.end();
        } else {
          runEnd = Math.max(runEnd, g.end());
        }
      }
      if (!Float.isNaN(runStart)) {
        mark(cover, runStart - minX, runEnd - minX);
      }
    }
    for (int i = 1; i < cover.length; i++) {
      cover[i] += cover[i - 1];
    }
    int allowed = lines / 10;
    int lo = (int) (0.25f * width);
    int hi = (int) (0.75f * width);
    int bestStart = -1;
    int bestLen = 0;
    for (int i = lo; i <= hi; i++) {
      if (cover[i] > allowed) {
        continue;
      }
      int s = i;
      while (s > 0 && cover[s - 1] <= allowed) {
        s--;
      }
      int e = i;
      while (e + 1 < bins && cover[e + 1] <= allowed) {
        e++;
      }
      if (e - s + 1 > bestLen) {
        bestStart = s;
        bestLen = e - s + 1;
      }
      i = e; // continue after this run: the scan stays linear
    }
    float minGutter = Math.max(8f, 0.8f * em);
    if (bestStart < 0 || bestLen < minGutter) {
      return null;
    }
    Gutter gutter = new Gutter(minX + bestStart, minX + bestStart + bestLen);
    // Both sides must hold real column text, not a margin note or a ragged table column.
    float leftWidth = gutter.start() - minX;
    float rightWidth = maxX - gutter.end();
    List<Float> leftFill = new ArrayList<>();
    List<Float> rightFill = new ArrayList<>();
    for (List<Glyph> line : groups) {
      if (crosses(line, gutter)) {
        continue;
      }
      float l0 = Float.MAX_VALUE;
      float l1 = -Float.MAX_VALUE;
      float r0 = Float.MAX_VALUE;
      float r1 = -Float.MAX_VALUE;
      for (Glyph g : line) {
        if (!g.ink()) {
          continue;
        }
        if (g.end() <= gutter.start() + 1) {
          l0 = Math.min(l0, g.x());
          l1 = Math.max(l1, g.end());
        } else {
          r0 = Math.min(r0, g.x());
          r1 = Math.max(r1, g.end());
        }
      }
      if (l1 > l0) {
        leftFill.add((l1 - l0) / leftWidth);
      }
      if (r1 > r0) {
        rightFill.add((r1 - r0) / rightWidth);
      }
    }
    int need = Math.max(3, lines / 10);
    if (leftFill.size() < need || rightFill.size() < need
        || median(leftFill) < 0.5f || median(rightFill) < 0.5f) {
      return null;
    }
    return gutter;
  }

  private static void mark(int[] cover, float from, float to) {
    int a = Math.max(0, (int) Math.floor(from));
    int b = Math.min(cover.length - 1, (int) Math.ceil(to));
    if (b > a) {
      cover[a]++;
      cover[b]--;
    }
  }

  private static float median(List<Float> values) {
    values.sort(null);
    return values.get(values.size() / 2);
  }

  private static boolean crosses(List<Glyph> line, Gutter gutter) {
    for (Glyph g : line) {
      if (g.ink() && g.x() < gutter.end() - 1 && g.end() > gutter.start() + 1) {
        return true;
      }
    }
    return false;
  }

  /**
   * Reads a two-column page band by band: lines that cross the gutter are full-width and end a band; within a
   * band the left halves come first, then the right halves.
   */
  private static void twoColumns(List<List<Glyph>> groups, List<String> texts, Gutter gutter, List<Line> out) {
    float mid = (gutter.start() + gutter.end()) / 2;
    List<Line> left = new ArrayList<>();
    List<Line> right = new ArrayList<>();
    for (int i = 0; i < groups.size(); i++) {
      List<Glyph> line = groups.get(i);
      if (crosses(line, gutter)) {
        out.addAll(left);
        out.addAll(right);
        left.clear();
        right.clear();
        out.add(new Line(texts.get(i), i));
        continue;
      }
      List<Glyph> l = new ArrayList<>();
      List<Glyph> r = new ArrayList<>();
      for (Glyph g : line) {
        (g.x() + Math.max(0f, g.w()) / 2 < mid ? l : r).add(g);
      }
      if (l.stream().anyMatch(Glyph::ink)) {
        left.add(new Line(text(l), i));
      }
      if (r.stream().anyMatch(Glyph::ink)) {
        right.add(new Line(text(r), i));
      }
    }
    out.addAll(left);
    out.addAll(right);
  }
}
