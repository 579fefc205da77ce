package org.lexgap.structure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the terms a statute defines: quoted terms followed by "means", "includes", "has the meaning",
 * "refers to" (anywhere in the statute), and in interpretation sections also unquoted "Access refers to" /
 * "computer data: ..." entries. Each section is read as one stream (its text and its subdivisions' text in
 * order), because definition lists run across lines and into list items.
 */
final class DefinitionFinder {

  private DefinitionFinder() {}

  private static final String TERM =
      "(?:“\\s*([^“”\\n]{1,100}?)\\s*”|\"\\s*([^\"“”\\n]{1,100}?)\\s*\"|‘\\s*([^‘\\n]{1,100}?)\\s*’"
          + "|«\\s*([^«»\\n]{1,100}?)\\s*»)";
  private static final Pattern TERM_AT = Pattern.compile(TERM);
  private static final Pattern MORE_TERM = Pattern.compile("\\s*,?\\s*(?:or|and)?\\s*,?\\s*" + TERM);
  private static final Pattern VERB = Pattern.compile(
      "\\s*,?\\s*(?:(?:in relation to|with respect to|in respect of|when used in|as used in|used in)\\b"
          + "[^;“”\"]{0,150}?,?\\s*)?"
          + "(means and includes|shall mean and include|means|shall mean|includes|include|shall include"
          + "|has the same meaning|has the meaning|have the same meanings?|have the meanings?"
          + "|shall have the meaning|shall have a meaning|has the value|refers to|is defined as)\\b(?:\\s*[—:,])*"
          + "|\\s*[—–]+\\s*(?=\\()");
  private static final Pattern UNQUOTED = Pattern.compile(
      "([A-Z][A-Za-z’'\\- ]{1,60}?)\\s+(refers to|means|shall mean|includes)\\b\\s*[—:,]?");
  private static final Pattern COLON_TERM = Pattern.compile(
      "(?:^|[;.—]\\s*|:\\s+|\\(\\w{1,6}\\)\\s*)([a-z][a-z’'\\- ]{1,50}?)\\s*:\\s+(?=\\S)");
  private static final Pattern SCOPE = Pattern.compile(
      "(?i)\\b(?:in|for the purposes? of|for purposes of)\\s+this\\s+(act|part|chapter|division|section"
          + "|sub-?section|code|ordinance|law|schedule|title|article|paragraph|decree|proclamation"
          + "|regulations?)\\b");
  private static final Pattern DEFINITIONS_HEADING =
      Pattern.compile("(?i).*\\b(interpretation|definitions?|meaning|terms)\\b.*");
  private static final Pattern DEFINITIONS_INTRO = Pattern.compile(
      "(?i).*(unless the context|the following (?:terms|words|expressions)|in this (?:act|part|chapter"
          + "|section|code),?\\s*[—:-]).*");
  /** Separators and a stray next-item label ("; (xxvb)") left at the end of a definition's text. */
  private static final Pattern TAIL = Pattern.compile("(?:[\\s;,]+|\\s(?:and|or)|\\s[“\"]?\\(\\w{1,7}\\))+$");

  /** One section's text as a single string, with where each node's text starts and its subtree ends. */
  private static final class Stream {
    final StringBuilder text = new StringBuilder();
    final List<Provision> nodes = new ArrayList<>();
    final List<Integer> starts = new ArrayList<>();
    final List<Integer> textStarts = new ArrayList<>();
    final Map<Provision, Integer> subtreeEnd = new IdentityHashMap<>();
    final Map<Provision, Provision> parents = new IdentityHashMap<>();

    void add(Provision p, Provision parent, boolean top) {
      parents.put(p, parent);
      if (text.length() > 0) {
        text.append(' ');
      }
      nodes.add(p);
      starts.add(text.length());
      if (!top && p.num() != null && p.kind() != ProvisionKind.ALINEA) {
        text.append(p.num().endsWith("°") || p.num().contains("° ") ? p.num() + " " : "(" + p.num() + ") ");
      }
      textStarts.add(text.length());
      text.append(p.text() == null ? "" : p.text());
      for (Provision c : p.children()) {
        add(c, p, false);
      }
      subtreeEnd.put(p, text.length());
    }

    int indexAt(int offset) {
      int lo = 0;
      int hi = starts.size() - 1;
      while (lo < hi) {
        int mid = (lo + hi + 1) >>> 1;
        if (starts.get(mid) <= offset) {
          lo = mid;
        } else {
          hi = mid - 1;
        }
      }
      return lo;
    }
  }

  private record Found(int start, int textStart, List<String> terms, boolean extending) {}

  static List<Definition> find(List<Provision> roots) {
    List<Definition> out = new ArrayList<>();
    for (Provision root : roots) {
      walk(root, new ArrayList<>(), out);
    }
    return out;
  }

  private static void walk(Provision p, List<Provision> divisions, List<Definition> out) {
    if (p.kind().isSectionLevel()) {
      findInSection(p, divisions, out);
      return;
    }
    if (p.kind().isDivision()) {
      divisions.add(p);
      for (Provision c : p.children()) {
        walk(c, divisions, out);
      }
      divisions.remove(divisions.size() - 1);
    }
  }

  private static void findInSection(Provision section, List<Provision> divisions, List<Definition> out) {
    Stream s = new Stream();
    s.add(section, null, true);
    String text = s.text.toString();
    List<Found> found = new ArrayList<>();
    Matcher tm = TERM_AT.matcher(text);
    int from = 0;
    while (from < text.length() && tm.find(from)) {
      Found f = quoted(text, tm);
      if (f == null) {
        from = tm.start() + 1;
        continue;
      }
      found.add(f);
      from = f.textStart();
    }
    boolean definitionsSection = (section.heading() != null
        && DEFINITIONS_HEADING.matcher(section.heading()).matches())
        || DEFINITIONS_INTRO.matcher(text.substring(0, Math.min(400, text.length()))).matches();
    if (definitionsSection) {
      unquoted(s, text, found);
    }
    found.sort((a, b) -> Integer.compare(a.start(), b.start()));
    List<int[]> scopes = new ArrayList<>();
    List<String> scopeWords = new ArrayList<>();
    Matcher sm = SCOPE.matcher(text);
    while (sm.find()) {
      scopes.add(new int[] {sm.start()});
      scopeWords.add(sm.group(1).toLowerCase(Locale.ROOT));
    }
    List<Integer> semicolons = new ArrayList<>();
    for (int k = text.indexOf(';'); k >= 0; k = text.indexOf(';', k + 1)) {
      semicolons.add(k);
    }
    int sc = -1;
    for (int k = 0; k < found.size(); k++) {
      Found f = found.get(k);
      if (k > 0 && f.start() < found.get(k - 1).textStart()) {
        continue; // overlapping reading of the same words
      }
      while (sc + 1 < scopes.size() && scopes.get(sc + 1)[0] < f.start()) {
        sc++;
      }
      int idx = s.indexAt(f.start());
      Provision node = s.nodes.get(idx);
      int end = s.subtreeEnd.get(node);
      if (k + 1 < found.size()) {
        end = Math.min(end, found.get(k + 1).start());
      }
      int ts = Math.min(f.textStart(), end);
      String defText = TAIL.matcher(text.substring(ts, end).strip()).replaceAll("").strip();
      Provision refNode = node;
      if ((node.kind() == ProvisionKind.PARAGRAPH || node.kind() == ProvisionKind.SUBPARAGRAPH)
          && semicolonBetween(semicolons, s.textStarts.get(idx), f.start())) {
        // run on after the previous item's ";": the entry belongs to the list, not to this item
        Provision parent = s.parents.get(node);
        if (parent != null) {
          refNode = parent;
        }
      }
      String scope = "Act";
      if (sc >= 0) {
        Provision at = s.nodes.get(s.indexAt(scopes.get(sc)[0]));
        scope = scope(scopeWords.get(sc), section, at, s, divisions);
      }
      out.add(new Definition(f.terms(), defText, refNode.ref(), scope, f.extending(), node.start()));
    }
  }

  private static boolean semicolonBetween(List<Integer> semicolons, int from, int to) {
    int i = Collections.binarySearch(semicolons, from);
    int first = i >= 0 ? i : -i - 1;
    return first < semicolons.size() && semicolons.get(first) < to;
  }

  private static Found quoted(String text, Matcher tm) {
    List<String> terms = new ArrayList<>();
    terms.add(termOf(tm));
    int pos = tm.end();
    Matcher more = MORE_TERM.matcher(text);
    more.region(pos, text.length());
    while (terms.size() < 8 && more.lookingAt()) {
      terms.add(termOf(more));
      pos = more.end();
      more.region(pos, text.length());
    }
    Matcher v = VERB.matcher(text);
    v.region(pos, text.length());
    if (!v.lookingAt()) {
      return null;
    }
    String verb = v.group(1);
    boolean extending = verb != null && (verb.equals("includes") || verb.equals("include")
        || verb.equals("shall include"));
    // "has the meaning assigned to it in section 31" only makes sense with its verb
    int textStart = verb != null && (verb.startsWith("ha") || verb.startsWith("shall have")
        || verb.startsWith("is defined")) ? v.start(1) : v.end();
    while (textStart < text.length() && text.charAt(textStart) == ' ') {
      textStart++;
    }
    return new Found(tm.start(), textStart, terms, extending);
  }

  private static String termOf(Matcher m) {
    for (int g = 1; g <= 4; g++) {
      if (m.group(g) != null) {
        return m.group(g).strip().replaceAll("\\s+", " ");
      }
    }
    return "";
  }

  /** Unquoted entries in an interpretation section: at the start of a list item, or "term: ..." style. */
  private static void unquoted(Stream s, String text, List<Found> found) {
    for (int i = 0; i < s.nodes.size(); i++) {
      Provision n = s.nodes.get(i);
      if (n.kind().isSectionLevel()) {
        continue;
      }
      int ts = s.textStarts.get(i);
      if (covered(found, ts)) {
        continue;
      }
      Matcher m = UNQUOTED.matcher(text);
      m.region(ts, Math.min(text.length(), ts + 100));
      if (m.lookingAt()) {
        List<String> terms = new ArrayList<>();
        for (String t : m.group(1).split("\\s+or\\s+")) {
          terms.add(t.strip());
        }
        found.add(new Found(ts, m.end(), terms, m.group(2).equals("includes")));
      }
    }
    Matcher c = COLON_TERM.matcher(text);
    while (c.find()) {
      String term = c.group(1).strip();
      if (term.split(" ").length > 6 || covered(found, c.start(1))) {
        continue;
      }
      found.add(new Found(c.start(1), c.end(), List.of(term), false));
    }
  }

  private static boolean covered(List<Found> found, int offset) {
    for (Found f : found) {
      if (f.start() <= offset && offset < f.textStart()) {
        return true;
      }
      if (f.start() == offset) {
        return true;
      }
    }
    return false;
  }

  private static String scope(String word, Provision section, Provision at, Stream s,
      List<Provision> divisions) {
    switch (word) {
      case "section", "article" -> {
        return section.ref();
      }
      case "subsection", "sub-section", "paragraph" -> {
        Provision p = at;
        while (p != null && !p.kind().isSectionLevel()) {
          if (word.equals("paragraph") ? p.kind() == ProvisionKind.PARAGRAPH
              : p.kind() == ProvisionKind.SUBSECTION) {
            return p.ref();
          }
          p = s.parents.get(p);
        }
        return section.ref();
      }
      case "part", "chapter", "division", "title", "schedule" -> {
        ProvisionKind kind = switch (word) {
          case "part" -> ProvisionKind.PART;
          case "chapter" -> ProvisionKind.CHAPTER;
          case "title" -> ProvisionKind.TITLE;
          case "schedule" -> ProvisionKind.SCHEDULE;
          default -> ProvisionKind.DIVISION;
        };
        for (int i = divisions.size() - 1; i >= 0; i--) {
          if (divisions.get(i).kind() == kind) {
            return divisions.get(i).ref();
          }
        }
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
      }
      default -> {
        return "Act";
      }
    }
  }
}
