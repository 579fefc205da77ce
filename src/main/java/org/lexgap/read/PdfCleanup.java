package org.lexgap.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Document-level clean-up of PDF page lines: removes running headers and footers (lines that recur at the top or
 * bottom of many pages, page numbers aside) and bare page numbers, rejoins words hyphenated across line ends,
 * and reports pages without text.
 */
final class PdfCleanup {

  /** How many lines at the top and at the bottom of a page can be running header or footer. */
  private static final int EDGE = 4;
  private static final Pattern PAGE_NUMBER = Pattern.compile(
      "(?i)(?:[-\u2013\u2014]\\s*)?(?:page|p\\.|pg\\.?)?\\s*"
          + "(?:\\d{1,4}|(?=[ivxlc])c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3}))"
          + "(?:\\s*(?:of|/)\\s*\\d{1,4})?(?:\\s*[-\u2013\u2014])?|\\[\\s*\\d{1,4}\\s*\\]");
  private static final Pattern DIGITS = Pattern.compile("\\d+");
  /** Prefixes that legal drafting keeps hyphenated (non-compliance, ex-officio, self-incrimination). */
  private static final Set<String> HYPHEN_PREFIXES = Set.of("non", "self", "ex", "cross", "quasi", "vice");

  private PdfCleanup() {}

  /** A line of the document after clean-up. */
  private static final class DocLine {
    final int page;
    final int lineOnPage;
    String text;

    DocLine(int page, int lineOnPage, String text) {
      this.page = page;
      this.lineOnPage = lineOnPage;
      this.text = text;
    }
  }

  static RawDocument assemble(String file, PdfLayout.Page[] pages, Map<Integer, String> failures)
      throws ReadException {
    int pageCount = pages.length;
    int textPages = 0;
    for (PdfLayout.Page p : pages) {
      if (p != null && p.hasText()) {
        textPages++;
      }
    }
    if (textPages == 0 && failures.isEmpty()) {
      throw noTextLayer(file, pageCount);
    }
    Set<String> headers = recurring(pages, textPages, true);
    Set<String> footers = recurring(pages, textPages, false);

    List<ExtractionIssue> issues = new ArrayList<>();
    List<DocLine> lines = new ArrayList<>();
    for (int i = 0; i < pageCount; i++) {
      int pageNo = i + 1;
      PdfLayout.Page p = pages[i];
      if (failures.containsKey(pageNo)) {
        issues.add(new ExtractionIssue(pageNo, "text extraction failed on page " + pageNo + " ("
            + failures.get(pageNo) + ")"));
        continue;
      }
      if (p == null || !p.hasText()) {
        issues.add(new ExtractionIssue(pageNo, "no text on page " + pageNo));
        continue;
      }
      boolean[] furniture = furniture(p.groups(), headers, footers);
      int before = lines.size();
      for (int k = 0; k < p.lines().size(); k++) {
        PdfLayout.Line line = p.lines().get(k);
        if (!furniture[line.group()]) {
          lines.add(new DocLine(pageNo, k + 1, line.text()));
        }
      }
      if (lines.size() == before) {
        issues.add(new ExtractionIssue(pageNo, "no text on page " + pageNo
            + " (only a running header, footer or page number)"));
      }
    }
    rejoinHyphenated(lines);
    List<TextBlock> blocks = new ArrayList<>(lines.size());
    for (DocLine l : lines) {
      String text = Texts.clean(l.text);
      if (!text.isEmpty()) {
        blocks.add(TextBlock.paragraph(text, Location.ofPage(file, l.page, l.lineOnPage)));
      }
    }
    if (blocks.isEmpty()) {
      if (!failures.isEmpty()) {
        throw new ReadException(file + ": cannot extract text from PDF (" + failures.values().iterator().next()
            + ")");
      }
      throw noTextLayer(file, pageCount);
    }
    return new RawDocument(file, "pdf", pageCount, blocks, issues);
  }

  private static ReadException noTextLayer(String file, int pageCount) {
    String pages = pageCount == 1 ? "page 1" : "pages 1-" + pageCount;
    return new ReadException(file + ": no text layer on " + pages + " (scanned images?); OCR it first");
  }

  /** Comparison key of a header/footer line: case-folded, with numbers (page numbers, dates) masked. */
  static String key(String line) {
    return DIGITS.matcher(line.toLowerCase(Locale.ROOT)).replaceAll("#").replace(" ", "");
  }

  static boolean isPageNumber(String line) {
    return line.length() <= 24 && PAGE_NUMBER.matcher(line.strip()).matches();
  }

  /**
   * Keys of lines that occur among the first (or last) lines of at least 40% of the pages with text (and at
   * least 3 of them): alternate left/right-page headers still pass, text that merely starts two pages does not.
   */
  private static Set<String> recurring(PdfLayout.Page[] pages, int textPages, boolean top) {
    Set<String> out = new HashSet<>();
    if (textPages < 3) {
      return out;
    }
    Map<String, Integer> counts = new HashMap<>();
    for (PdfLayout.Page p : pages) {
      if (p == null || !p.hasText()) {
        continue;
      }
      List<String> g = p.groups();
      Set<String> seen = new HashSet<>();
      int n = Math.min(EDGE, g.size());
      for (int k = 0; k < n; k++) {
        String text = g.get(top ? k : g.size() - 1 - k);
        if (!text.isEmpty() && seen.add(key(text))) {
          counts.merge(key(text), 1, Integer::sum);
        }
      }
    }
    int threshold = Math.max(3, (int) Math.ceil(0.4 * textPages));
    counts.forEach((k, v) -> {
      if (v >= threshold) {
        out.add(k);
      }
    });
    return out;
  }

  /** Marks the line groups at the top and bottom edge of a page that are running header/footer or page number. */
  private static boolean[] furniture(List<String> groups, Set<String> headers, Set<String> footers) {
    boolean[] out = new boolean[groups.size()];
    int top = 0;
    while (top < groups.size() && top < EDGE && isFurniture(groups.get(top), headers)) {
      out[top++] = true;
    }
    int bottom = groups.size() - 1;
    while (bottom >= top && groups.size() - 1 - bottom < EDGE && isFurniture(groups.get(bottom), footers)) {
      out[bottom--] = true;
    }
    return out;
  }

  private static boolean isFurniture(String line, Set<String> recurring) {
    return line.isEmpty() || isPageNumber(line)
        || recurring.contains(key(line)) && !PROVISION_HEAD.matcher(line.strip()).find();
  }

  /**
   * Headings of provisions ("Article 312-9", "5. Offences") often open a page, and with their numbers masked
   * they look alike from page to page: they are text, never running headers.
   */
  private static final java.util.regex.Pattern PROVISION_HEAD = java.util.regex.Pattern.compile(
      "^(?i:article|art\\.|section|sec\\.|§|part|chapter|schedule|titre|chapitre|livre|book|title)"
          + "\\s*[\\dIVXLCivxlc]|^\\d+[A-Z]{0,2}\\.\\s*\\p{Lu}");

  /**
   * Joins a word broken by a hyphen at a line end with its rest at the start of the next line, when that rest
   * starts in lower case. The hyphen is kept if the document elsewhere spells the word with a hyphen and
   * never without ("cyber-security"), or after a prefix that is normally hyphenated ("non-extendable").
   */
  static void rejoinHyphenated(List<DocLine> lines) {
    Set<String> vocabulary = new HashSet<>();
    for (DocLine l : lines) {
      for (String token : l.text.split(" ")) {
        String w = trimToWord(token);
        if (!w.isEmpty()) {
          vocabulary.add(w.toLowerCase(Locale.ROOT));
        }
      }
    }
    int i = 0;
    while (i < lines.size()) {
      DocLine cur = lines.get(i);
      int j = i + 1;
      while (j < lines.size() && lines.get(j).text.isEmpty()) {
        j++; // lines emptied by an earlier join
      }
      if (cur.text.isEmpty() || j >= lines.size() || !endsWithBreak(cur.text)
          || !Character.isLowerCase(lines.get(j).text.charAt(0))) {
        i++;
        continue;
      }
      DocLine next = lines.get(j);
      int sp = next.text.indexOf(' ');
      String fragment = sp < 0 ? next.text : next.text.substring(0, sp);
      String stem = cur.text.substring(0, cur.text.length() - 1);
      String head = trailingLetters(stem).toLowerCase(Locale.ROOT);
      String tail = leadingLetters(fragment).toLowerCase(Locale.ROOT);
      boolean keepHyphen = !vocabulary.contains(head + tail)
          && (vocabulary.contains(head + "-" + tail) || HYPHEN_PREFIXES.contains(head));
      cur.text = stem + (keepHyphen ? "-" : "") + fragment;
      next.text = sp < 0 ? "" : next.text.substring(sp + 1).strip();
      // stay on this line: the joined fragment may itself end with a break
    }
  }

  private static boolean endsWithBreak(String s) {
    int n = s.length();
    if (n < 2) {
      return false;
    }
    char last = s.charAt(n - 1);
    return (last == '-' || last == '\u2010' || last == '\u00AD') && Character.isLetter(s.charAt(n - 2));
  }

  private static String trimToWord(String token) {
    int a = 0;
    int b = token.length();
    while (a < b && !Character.isLetterOrDigit(token.charAt(a))) {
      a++;
    }
    while (b > a && !Character.isLetterOrDigit(token.charAt(b - 1))) {
      b--;
    }
    return token.substring(a, b);
  }

  private static String trailingLetters(String s) {
    int a = s.length();
    while (a > 0 && Character.isLetter(s.charAt(a - 1))) {
      a--;
    }
    return s.substring(a);
  }

  private static String leadingLetters(String s) {
    int b = 0;
    while (b < s.length() && Character.isLetter(s.charAt(b))) {
      b++;
    }
    return s.substring(0, b);
  }
}
