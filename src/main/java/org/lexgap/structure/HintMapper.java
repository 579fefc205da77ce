package org.lexgap.structure;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lexgap.read.RawDocument;
import org.lexgap.read.StructureHint;
import org.lexgap.read.TextBlock;

/**
 * Documents whose format states the hierarchy (Akoma Ntoso): each hinted block becomes the node its hint
 * names, nested by the hint's depth; unhinted blocks are text of the innermost open node; "definition" hints
 * become {@link Definition}s.
 */
final class HintMapper {

  private HintMapper() {}

  private static final Pattern QUOTED = Pattern.compile("[“\"‘«]\\s*([^“”\"‘’«»]{1,100}?)\\s*[”\"’»]");
  private static final Pattern VERB = Pattern.compile("\\b(means|includes|include|shall mean|refers to)\\b");
  private static final Pattern SCOPE = Pattern.compile("(?i)\\bin this (act|part|chapter|section)\\b");

  private record Open(Node node, int depth) {}

  static StructuredDocument map(RawDocument doc) {
    List<Node> roots = new ArrayList<>();
    Deque<Open> stack = new ArrayDeque<>();
    List<Definition> definitions = new ArrayList<>();
    String title = null;
    String scope = "Act";
    for (TextBlock b : doc.blocks()) {
      StructureHint h = b.hint();
      String text = Lines.normalize(b.text());
      if (h == null) {
        if (stack.isEmpty()) {
          if (title == null && !text.isEmpty()) {
            title = text;
          }
        } else {
          stack.peek().node().append(text, b.location());
        }
        Matcher sm = SCOPE.matcher(text);
        if (sm.find()) {
          scope = scopeOf(sm.group(1), stack);
        }
        continue;
      }
      String kindName = h.kind() == null ? "" : h.kind().toLowerCase(Locale.ROOT);
      if (kindName.equals("definition")) {
        Node at = stack.isEmpty() ? null : stack.peek().node();
        definitions.add(definition(text, h, at, scope, b));
        if (at != null) {
          at.append(text, b.location());
        }
        continue;
      }
      ProvisionKind kind = kindOf(kindName);
      if (kind == null) {
        if (!stack.isEmpty()) {
          stack.peek().node().append(text, b.location());
        }
        continue;
      }
      while (!stack.isEmpty() && stack.peek().depth() >= h.depth()) {
        stack.pop();
      }
      Node parent = stack.isEmpty() ? null : stack.peek().node();
      String num = cleanNum(h.num());
      String ref = ref(kind, kindName, num, parent);
      String section = kind.isSectionLevel() ? num : parent == null ? null : parent.section;
      Node n = new Node(kind, num, ref, section, blankToNull(h.heading()), b.location(), parent);
      n.append(text, b.location());
      if (parent == null) {
        roots.add(n);
      }
      stack.push(new Open(n, h.depth()));
      if (kind.isSectionLevel()) {
        scope = "Act";
      }
      Matcher sm = SCOPE.matcher(text);
      if (sm.find()) {
        scope = scopeOf(sm.group(1), stack);
      }
    }
    List<Provision> provisions = new ArrayList<>();
    for (Node n : roots) {
      provisions.add(n.freeze());
    }
    if (definitions.isEmpty()) {
      definitions = DefinitionFinder.find(provisions);
    }
    return new StructuredDocument(doc.path(), doc.format(), doc.pages(), title, provisions, definitions,
        doc.issues());
  }

  private static Definition definition(String text, StructureHint h, Node at, String scope, TextBlock b) {
    List<String> terms = new ArrayList<>();
    Matcher v = VERB.matcher(text);
    int verbAt = v.find() ? v.start() : text.length();
    Matcher q = QUOTED.matcher(text);
    while (q.find() && q.start() < verbAt) {
      terms.add(q.group(1).strip());
    }
    if (terms.isEmpty()) {
      String t = blankToNull(h.heading()) != null ? h.heading() : h.num();
      if (t != null) {
        terms.add(t.strip());
      }
    }
    String defText = verbAt < text.length() ? text.substring(v.end()).strip() : text;
    boolean extending = verbAt < text.length() && v.group(1).startsWith("include");
    String ref = at == null ? null : at.ref;
    return new Definition(terms, defText, ref, scope, extending, b.location());
  }

  private static String scopeOf(String word, Deque<Open> stack) {
    ProvisionKind want = switch (word.toLowerCase(Locale.ROOT)) {
      case "part" -> ProvisionKind.PART;
      case "chapter" -> ProvisionKind.CHAPTER;
      case "section" -> ProvisionKind.SECTION;
      default -> null;
    };
    if (want == null) {
      return "Act";
    }
    for (Open o : stack) {
      if (o.node().kind == want || want == ProvisionKind.SECTION && o.node().kind.isSectionLevel()) {
        return o.node().ref;
      }
    }
    return "Act";
  }

  private static ProvisionKind kindOf(String k) {
    return switch (k) {
      case "part", "book", "subpart" -> ProvisionKind.PART;
      case "chapter", "subchapter" -> ProvisionKind.CHAPTER;
      case "title", "subtitle" -> ProvisionKind.TITLE;
      case "division", "subdivision", "hcontainer" -> ProvisionKind.DIVISION;
      case "schedule", "annex", "attachment" -> ProvisionKind.SCHEDULE;
      case "section", "rule", "regulation" -> ProvisionKind.SECTION;
      case "article" -> ProvisionKind.ARTICLE;
      case "subsection" -> ProvisionKind.SUBSECTION;
      case "paragraph", "clause", "point" -> ProvisionKind.PARAGRAPH;
      case "subparagraph", "subclause", "item", "list" -> ProvisionKind.SUBPARAGRAPH;
      case "alinea" -> ProvisionKind.ALINEA;
      default -> null;
    };
  }

  private static String ref(ProvisionKind kind, String kindName, String num, Node parent) {
    if (kind.isDivision()) {
      String word = Character.toUpperCase(kindName.charAt(0)) + kindName.substring(1);
      return num == null ? word : word + " " + num;
    }
    if (kind == ProvisionKind.SECTION) {
      return "s. " + num;
    }
    if (kind == ProvisionKind.ARTICLE) {
      return "Art. " + num;
    }
    String base = parent == null ? "" : parent.ref;
    if (kind == ProvisionKind.ALINEA) {
      return base + " al. " + num;
    }
    return base + "(" + num + ")";
  }

  static String cleanNum(String num) {
    if (num == null) {
      return null;
    }
    String n = num.strip();
    n = n.replaceAll("^(?i)(section|sec\\.|article|art\\.|part|chapter|schedule)\\s*", "");
    n = n.replaceAll("^[(\\[]+|[)\\].]+$", "").strip();
    return n.isEmpty() ? null : n;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
