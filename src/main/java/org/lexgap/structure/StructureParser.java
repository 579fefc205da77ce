package org.lexgap.structure;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lexgap.read.BlockKind;
import org.lexgap.read.Location;
import org.lexgap.read.RawDocument;
import org.lexgap.read.TextBlock;
import org.lexgap.structure.Lines.Line;

/**
 * Blocks to provisions and definitions.
 *
 * <p>Two drafting traditions are recognised. Commonwealth statutes ("5. Heading", "(1)", "(a)", "(i)") give
 * sections under Parts/Chapters; a numbered line only starts a section when its number follows the previous
 * section's (5, 5A, 6...), which keeps cross-references, years and wrapped numbers out. Civil-law codes
 * ("Article 12", "Art. 323-1", "§ 202a") give articles whose unnumbered paragraphs become alinéas ("Art. 323-1
 * al. 2"), with "1°" items and "I.-" parts. Documents whose reader states the structure (Akoma Ntoso) are
 * mapped from the hints instead. Single pass over the lines; linear in document size.
 */
public final class StructureParser {

  public StructuredDocument parse(RawDocument doc) {
    for (TextBlock b : doc.blocks()) {
      if (b.hint() != null) {
        return HintMapper.map(doc);
      }
    }
    List<Line> lines = Lines.clean(doc.blocks());
    boolean civil = isCivilLaw(lines);
    String title = title(doc, lines);
    Builder builder = new Builder(lines, civil);
    builder.run(civil ? 0 : tableOfContentsEnd(lines));
    List<Provision> provisions = new ArrayList<>();
    for (Node n : builder.roots) {
      provisions.add(n.freeze());
    }
    List<Definition> definitions = DefinitionFinder.find(provisions);
    return new StructuredDocument(doc.path(), doc.format(), doc.pages(), title, provisions, definitions,
        doc.issues());
  }

  /** Civil-law layout when article heads outnumber numbered section heads. */
  static boolean isCivilLaw(List<Line> lines) {
    int articles = 0;
    int sections = 0;
    for (Line l : lines) {
      Patterns.DivisionHead d = Patterns.division(l.text());
      if (d != null && d.kind() == ProvisionKind.SCHEDULE && articles + sections > 0) {
        break; // a treaty printed in a schedule must not turn an Act into a code
      }
      Patterns.ArticleHead a = Patterns.article(l.text());
      if (a != null && startsLikeHeadRest(a.rest())) {
        articles++;
        continue;
      }
      Patterns.SectionHead s = Patterns.section(l.text());
      if (s != null && startsLikeHeadRest(s.rest())) {
        sections++;
      }
    }
    return articles > 0 && articles > sections;
  }

  private static boolean startsLikeHeadRest(String rest) {
    return rest.isEmpty() || !Character.isLowerCase(rest.charAt(0));
  }

  private static final Pattern FRONT_MATTER = Pattern.compile(
      "(?i)(arrangement of (sections|articles|clauses)|(table of )?contents|index|sections?|articles?)");

  /** The document title: a heading block before the first provision, else the first capitalised line. */
  static String title(RawDocument doc, List<Line> lines) {
    for (TextBlock b : doc.blocks()) {
      if (b.kind() == BlockKind.HEADING) {
        String t = Lines.normalize(b.text());
        if (!t.isEmpty() && Patterns.division(t) == null && Patterns.section(t) == null) {
          return cap(t);
        }
        break;
      }
    }
    String first = null;
    for (int i = 0; i < lines.size() && i < 15; i++) {
      String t = lines.get(i).text();
      if (Patterns.division(t) != null || Patterns.article(t) != null
          || (Patterns.section(t) != null && i > 0)) {
        break;
      }
      if (first == null && t.chars().filter(Character::isLetter).count() >= 3) {
        first = t;
      }
      long letters = t.chars().filter(Character::isLetter).count();
      long upper = t.chars().filter(Character::isUpperCase).count();
      if (letters >= 6 && upper * 10 >= letters * 7 && !FRONT_MATTER.matcher(t).matches()) {
        return cap(t);
      }
    }
    return first == null ? null : cap(first);
  }

  private static String cap(String t) {
    return t.length() > 200 ? t.substring(0, 200).strip() + "…" : t;
  }

  /**
   * An "Arrangement of sections" printed before the body lists the section heads without text; the body
   * then starts again at the first number. Returns the index of the line where the body starts (0 when
   * there is no such table).
   */
  static int tableOfContentsEnd(List<Line> lines) {
    String firstNum = null;
    int firstIdx = -1;
    int heads = 0;
    int body = 0;
    for (int i = 0; i < lines.size(); i++) {
      String t = lines.get(i).text();
      Patterns.SectionHead s = Patterns.section(t);
      if (s != null && !s.rest().isEmpty() && !Character.isLowerCase(s.rest().charAt(0))) {
        if (firstNum == null) {
          firstNum = s.num();
          firstIdx = i;
          continue;
        }
        if (s.num().equals(firstNum)) {
          if (heads >= 2 && body <= heads) {
            int start = i;
            while (start > firstIdx + 1 && Patterns.division(lines.get(start - 1).text()) != null) {
              start--;
            }
            return start;
          }
          return 0;
        }
        heads++;
        continue;
      }
      if (firstNum != null && Patterns.division(t) == null) {
        body++;
        if (body > heads + 3) {
          return 0;
        }
      }
    }
    return 0;
  }

  // ---------------------------------------------------------------------------------------------------

  private static final Pattern REFERENCING_END = Pattern.compile(
      "(?i).*\\b(?:sub-?sections?|sections?|sub-?paragraphs?|paragraphs?|sub-?clauses?|clauses?|articles?"
          + "|regulations?|rules?|items?|s\\.|ss\\.)$");
  private static final Pattern NUMBER_WORD_END = Pattern.compile(
      "(?i).*\\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
          + "|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
          + "|hundred|thousand)$");
  private static final Pattern SECTION_RANGE = Pattern.compile("[-–—]\\s*(\\d{1,4})\\.\\s*[-–—]*\\s*");
  /** A short capitalised heading followed directly by the first words of a sentence. */
  private static final Pattern RUN_ON_HEADING = Pattern.compile(
      "([A-Z][\\w’'-]*(?: [\\w’'-]+){0,7}?) (?=(?:No|The|Any|Every|Where|Whoever|If|Nothing|This|Subject"
          + "|Notwithstanding|A|An|All|Each|Except|In|For|Save|Unless|When|Upon|On) [a-z])");
  private static final Pattern PAREN_SECTION = Pattern.compile("\\((\\d{1,4})([A-Z]{1,2})\\)\\s*(.*)");

  /** One parse: the mutable state of the tree under construction. */
  private static final class Builder {
    final List<Line> lines;
    final boolean civil;
    final List<Node> roots = new ArrayList<>();
    final Deque<Node> divisions = new ArrayDeque<>();
    final Map<String, Integer> ranks = new HashMap<>();
    final List<Node> labels = new ArrayList<>();
    final int[] nextLabelLine;
    Node section;
    Node schedule;
    /**
     * The last label read as text because it restarted a list ("(a)" after "(c)"): its followers "(b)",
     * "(c)"... are text too, not siblings of the real list.
     */
    Label phantom;
    /** The node continuation text goes to. */
    Node current;
    Patterns.SectionHead last;
    /** The nodes that got the last two pieces of text; a heading printed before its section is taken back. */
    Node lastNode;
    Node prevNode;
    boolean lastWasHeadingCandidate;
    boolean awaitingHeading;
    int skipUntil = -1;

    Builder(List<Line> lines, boolean civil) {
      this.lines = lines;
      this.civil = civil;
      nextLabelLine = new int[lines.size() + 1];
      nextLabelLine[lines.size()] = -1;
      for (int i = lines.size() - 1; i >= 0; i--) {
        nextLabelLine[i] = Patterns.PAREN_LABEL.matcher(lines.get(i).text()).matches() ? i : nextLabelLine[i + 1];
      }
    }

    void run(int from) {
      for (int i = from; i < lines.size(); i++) {
        if (i <= skipUntil) {
          continue;
        }
        line(i);
      }
    }

    String prevText(int i) {
      return i > 0 ? lines.get(i - 1).text() : "";
    }

    void line(int i) {
      Line line = lines.get(i);
      String t = line.text();
      Location loc = line.location();
      boolean wasCandidate = lastWasHeadingCandidate;
      lastWasHeadingCandidate = false;

      Patterns.DivisionHead d = Patterns.division(t);
      if (d != null && (civil || !d.word().equalsIgnoreCase("section"))) {
        openDivision(d, loc);
        return;
      }
      if (civil) {
        Patterns.ArticleHead a = Patterns.article(t);
        if (a != null && schedule == null && startsLikeHeadRest(a.rest()) && !wrappedReference(a, i)) {
          openArticle(a, loc, i);
          return;
        }
        if (takeHeading(t, i)) {
          return;
        }
        civilText(t, loc, i);
        return;
      }
      Patterns.SectionHead s = Patterns.section(t);
      if (s == null && line.heading()) {
        s = Patterns.undottedSection(t); // "5 Unauthorised access" styled as a heading
      }
      if (s != null && acceptSection(s, i)) {
        openSection(s, loc, i, wasCandidate);
        return;
      }
      Matcher ps = PAREN_SECTION.matcher(t);
      if (ps.matches() && insertedSectionInParens(ps)) {
        Patterns.SectionHead head = new Patterns.SectionHead(ps.group(1) + ps.group(2),
            Integer.parseInt(ps.group(1)), ps.group(2), ps.group(3).strip(), false);
        openSection(head, loc, i, false);
        return;
      }
      if (takeHeading(t, i)) {
        return;
      }
      if (Patterns.PAREN_LABEL.matcher(t).matches() && continuesPreviousLine(t, i)) {
        appendCurrent(t, loc);
        return;
      }
      // a possible marginal note for a following "5. (1) ...": a short title line after a finished sentence
      boolean candidate = current != null && isHeadingShaped(t) && (!t.endsWith(".") || t.length() <= 40)
          && (endsTerminal(prevText(i)) || current.kind.isDivision() && current.isEmpty())
          && !Patterns.PAREN_LABEL.matcher(t).matches();
      processText(t, loc, i);
      lastWasHeadingCandidate = candidate && lastNode != null;
    }

    /** A heading printed on the line after "PART II" or "5." that carries none. */
    boolean takeHeading(String t, int i) {
      boolean take = awaitingHeading && current != null && current.heading == null && current.isEmpty()
          && isHeadingShaped(t) && !Patterns.PAREN_LABEL.matcher(t).matches() && !nextIsContinuation(i);
      awaitingHeading = false;
      if (take) {
        current.heading = stripEnd(t);
      }
      return take;
    }

    // ---- divisions ----

    void openDivision(Patterns.DivisionHead d, Location loc) {
      stripRunOnDivisionTitle(d);
      Node open = divisions.peek();
      if (open != null && open.ref.equals(d.ref()) && open.isEmpty() && section == null) {
        // the same heading printed twice in a row (a run-on copy wrapped onto its own line)
        if (d.heading() != null && (open.heading == null || d.heading().length() > open.heading.length())) {
          open.heading = d.heading();
        }
        awaitingHeading = open.heading == null;
        return;
      }
      closeSection();
      schedule = null;
      int rank;
      if (d.kind() == ProvisionKind.SCHEDULE) {
        rank = -1;
        divisions.clear();
      } else {
        rank = ranks.computeIfAbsent(d.word().toLowerCase(Locale.ROOT), k -> ranks.size());
        while (!divisions.isEmpty() && divisions.peek().rank >= rank) {
          divisions.pop();
        }
      }
      Node parent = divisions.peek();
      Node n = new Node(d.kind(), d.num(), d.ref(), null, d.heading(), loc, parent);
      n.rank = rank;
      if (parent == null) {
        roots.add(n);
      }
      divisions.push(n);
      if (d.kind() == ProvisionKind.SCHEDULE) {
        schedule = n;
        last = null;
      }
      current = n;
      awaitingHeading = d.heading() == null;
    }

    /**
     * Some sources run the next division's title into the last line before it ("... third parties; Part II
     * – Provisions relating to offences"); the real heading follows on its own line, so drop the copy.
     */
    void stripRunOnDivisionTitle(Patterns.DivisionHead d) {
      if (d.num() == null) {
        return;
      }
      Pattern tail = Pattern.compile("\\s+(?i:" + Pattern.quote(d.word()) + ")\\s+" + Pattern.quote(d.num())
          + "(?![\\w])[^;]{0,150}$");
      for (Node n : new Node[] {lastNode, prevNode}) {
        if (n == null || n.lines.isEmpty()) {
          continue;
        }
        int idx = n.lines.size() - 1;
        Matcher m = tail.matcher(n.lines.get(idx));
        if (m.find() && m.start() > 0) {
          n.lines.set(idx, n.lines.get(idx).substring(0, m.start()).strip());
          return;
        }
      }
    }

    void closeSection() {
      section = null;
      labels.clear();
      phantom = null;
    }

    // ---- Commonwealth sections ----

    boolean acceptSection(Patterns.SectionHead s, int i) {
      if (schedule != null) {
        return false;
      }
      String rest = s.rest();
      if (!rest.isEmpty() && Character.isLowerCase(rest.charAt(0))) {
        return false;
      }
      // a bare number of 1000 or more is usually a year ("2015 (Act No. 14 of 2015)"), unless it follows on
      // from the previous section (a long code's section 1000 after 999)
      if (s.base() >= 1000 && !s.prefixed() && (last == null || s.base() - last.base() > 30)) {
        return false;
      }
      boolean strong = strongHead(rest, i);
      if (last == null) {
        return s.base() <= 30 || strong;
      }
      int cmp = compare(s.base(), s.suffix(), last.base(), last.suffix());
      if (cmp <= 0) {
        return false;
      }
      return s.base() - last.base() <= 30 || strong;
    }

    boolean strongHead(String rest, int i) {
      if (rest.isEmpty() || rest.startsWith("—") || rest.startsWith("(")) {
        return true;
      }
      return headingSplit(rest) != null || isHeadingShaped(rest) && !nextIsContinuation(i);
    }

    boolean insertedSectionInParens(Matcher ps) {
      if (section == null || last == null || schedule != null) {
        return false;
      }
      int base = Integer.parseInt(ps.group(1));
      String suffix = ps.group(2);
      if (base != last.base() || compare(base, suffix, last.base(), last.suffix()) <= 0) {
        return false;
      }
      String[] split = headingSplit(ps.group(3));
      return split != null && split[0] != null;
    }

    void openSection(Patterns.SectionHead s, Location loc, int i, boolean headingBefore) {
      closeSection();
      String rest = s.rest();
      Matcher range = SECTION_RANGE.matcher(rest);
      if (range.matches()) {
        int to = Integer.parseInt(range.group(1));
        newSection(s.num(), null, loc);
        for (int k = s.base() + 1; k <= to && k - s.base() <= 20; k++) {
          newSection(Integer.toString(k), null, loc);
          last = new Patterns.SectionHead(Integer.toString(k), k, "", "", false);
        }
        if (to <= s.base()) {
          last = s;
        }
        return;
      }
      last = s;
      String heading = null;
      String remainder = rest;
      String[] split = headingSplit(rest);
      if (split != null) {
        heading = split[0];
        remainder = split[1];
      } else if (rest.isEmpty() || rest.startsWith("(")) {
        remainder = rest;
      } else {
        int p = rest.indexOf(" (1) ");
        if (p > 0 && p <= 80 && isHeadingShaped(rest.substring(0, p))) {
          // "19. Jurisdiction (1) Notwithstanding ..."
          heading = stripEnd(rest.substring(0, p));
          remainder = rest.substring(p + 1);
        } else if (isHeadingShaped(rest) && !nextIsContinuation(i)) {
          heading = stripEnd(rest);
          remainder = "";
        } else {
          Matcher run = RUN_ON_HEADING.matcher(rest);
          if (run.lookingAt()) {
            // "18. Prosecution No prosecution shall be instituted ..." printed without a separator
            heading = run.group(1);
            remainder = rest.substring(run.end(1)).strip();
          }
        }
      }
      if (heading == null && headingBefore && lastNode != null && !lastNode.lines.isEmpty()) {
        // a marginal note or heading printed on the line before "5. (1) ..."
        heading = stripEnd(lastNode.lines.remove(lastNode.lines.size() - 1));
        lastNode.lineLocations.remove(lastNode.lineLocations.size() - 1);
      }
      newSection(s.num(), heading, loc);
      awaitingHeading = heading == null && remainder.isEmpty();
      processText(remainder, loc, i);
    }

    void newSection(String num, String heading, Location loc) {
      closeSection();
      Node parent = divisions.peek();
      Node n = new Node(ProvisionKind.SECTION, num, "s. " + num, num, heading, loc, parent);
      if (parent == null) {
        roots.add(n);
      }
      section = n;
      current = n;
    }

    // ---- civil-law articles ----

    /**
     * "…the expedited preservation of that data in accordance with / Article 312-18." is a cross-reference
     * that a PDF line break put at the start of a line: the line before does not end a sentence and the
     * number goes backwards.
     */
    boolean wrappedReference(Patterns.ArticleHead a, int i) {
      if (i == 0 || section == null || section.num == null) {
        return false;
      }
      String prev = lines.get(i - 1).text();
      return !endsTerminal(prev) && compareNumbers(a.num(), section.num) <= 0;
    }

    void openArticle(Patterns.ArticleHead a, Location loc, int i) {
      closeSection();
      awaitingHeading = false;
      String heading = null;
      String body = "";
      String rest = a.rest();
      if (!rest.isEmpty()) {
        String r = rest.replaceFirst("^(?:[-–—:.]\\s*)+", "");
        if (isHeadingShaped(r) && !endsTerminal(r) && !nextIsContinuation(i)) {
          heading = r;
        } else if (rest.charAt(0) == '(' || !r.equals(rest) || !isHeadingShaped(r)) {
          body = r;
        } else {
          heading = stripEnd(r);
        }
      } else if (i + 1 < lines.size()) {
        String next = lines.get(i + 1).text();
        if (isHeadingShaped(next) && !endsTerminal(next) && Patterns.article(next) == null
            && Patterns.division(next) == null && !Patterns.PAREN_LABEL.matcher(next).matches()
            && i + 2 < lines.size() && !nextIsContinuation(i + 1)) {
          heading = next;
          skipUntil = i + 1;
        }
      }
      Node parent = divisions.peek();
      String ref = a.paragraphSign() ? "§ " + a.num() : "Art. " + a.num();
      ProvisionKind kind = a.paragraphSign() ? ProvisionKind.SECTION : ProvisionKind.ARTICLE;
      Node n = new Node(kind, a.num(), ref, a.num(), heading, loc, parent);
      if (parent == null) {
        roots.add(n);
      }
      section = n;
      current = n;
      if (!body.isEmpty()) {
        civilText(body, loc, i);
      }
    }

    void civilText(String t, Location loc, int i) {
      if (section == null) {
        appendCurrent(t, loc);
        return;
      }
      Matcher m;
      if ((m = Patterns.CIVIL_ROMAN_LABEL.matcher(t)).matches()) {
        String num = m.group(1);
        Node n = civilLabel(Label.Type.CIVIL_ROMAN, num, ProvisionKind.SUBSECTION, loc);
        n.append(m.group(2), loc);
        track(n);
        return;
      }
      if ((m = Patterns.DEGREE_LABEL.matcher(t)).matches()) {
        String num = m.group(1) + "°" + (m.group(2) == null ? "" : " " + m.group(2));
        Node n = civilLabel(Label.Type.DEGREE, num, ProvisionKind.PARAGRAPH, loc);
        n.append(m.group(3), loc);
        track(n);
        return;
      }
      if ((m = Patterns.LETTER_PAREN_LABEL.matcher(t)).matches() && !labels.isEmpty()) {
        Node n = civilLabel(Label.Type.LETTER_PAREN, m.group(1), ProvisionKind.SUBPARAGRAPH, loc);
        n.append(m.group(2), loc);
        track(n);
        return;
      }
      if (Patterns.PAREN_LABEL.matcher(t).matches()) {
        if (continuesPreviousLine(t, i)) {
          appendCurrent(t, loc);
        } else {
          processText(t, loc, i);
        }
        return;
      }
      boolean newAlinea = current == section && section.lines.isEmpty() && section.children.isEmpty()
          || current != null && current.kind != ProvisionKind.SUBSECTION && current.label == null
              && endsTerminal(lastLine(current)) && startsParagraph(t)
          || current != null && current.label != null && civilType(current.label.type())
              && endsTerminal(lastLine(current)) && startsParagraph(t);
      if (!newAlinea) {
        appendCurrent(t, loc);
        return;
      }
      Node container = section;
      for (int k = labels.size() - 1; k >= 0; k--) {
        if (labels.get(k).label.type() == Label.Type.CIVIL_ROMAN) {
          container = labels.get(k);
          while (labels.size() > k + 1) {
            labels.remove(labels.size() - 1);
          }
          break;
        }
      }
      if (container == section) {
        labels.clear();
      }
      container.alineas++;
      String num = Integer.toString(container.alineas);
      Node n = new Node(ProvisionKind.ALINEA, num, container.ref + " al. " + num, section.section, null, loc,
          container);
      n.append(t, loc);
      current = n;
      track(n);
    }

    private boolean civilType(Label.Type t) {
      return t == Label.Type.CIVIL_ROMAN || t == Label.Type.DEGREE || t == Label.Type.LETTER_PAREN;
    }

    Node civilLabel(Label.Type type, String num, ProvisionKind kind, Location loc) {
      int order = type.ordinal();
      while (!labels.isEmpty() && labels.get(labels.size() - 1).label.type().ordinal() >= order) {
        labels.remove(labels.size() - 1);
      }
      Node parent = labels.isEmpty() ? section : labels.get(labels.size() - 1);
      Node n = new Node(kind, num, parent.ref + ", " + num, section.section, null, loc, parent);
      n.label = new Label(type, num, 0, "");
      labels.add(n);
      current = n;
      return n;
    }

    // ---- labelled subdivisions and running text ----

    /** A line or the rest of a head line: leading label, then text, split again at inline labels. */
    void processText(String s, Location loc, int i) {
      int guard = 0;
      while (!s.isEmpty() && guard++ < 200) {
        Matcher m = Patterns.PAREN_LABEL.matcher(s);
        if (m.matches()) {
          Decision d = isTitledLabel(m.group(2)) ? null : decide(m.group(1), i, s, m.end(1) + 1, true, true);
          if (d != null) {
            openLabel(d, loc);
            s = m.group(2).strip();
            continue;
          }
          for (Label r : Label.readings(m.group(1))) {
            if (r.isFirst()) {
              phantom = r;
              break;
            }
          }
        }
        int p = inlineLabel(s, i);
        if (p < 0) {
          appendCurrent(s, loc);
          return;
        }
        appendCurrent(s.substring(0, p), loc);
        s = s.substring(p);
      }
      if (!s.isEmpty()) {
        appendCurrent(s, loc);
      }
    }

    /** Index of a label inside the text that starts a new subdivision, or -1. */
    int inlineLabel(String s, int i) {
      int from = 1;
      while (true) {
        int p = s.indexOf('(', from);
        if (p < 0) {
          return -1;
        }
        from = p + 1;
        int close = s.indexOf(')', p);
        if (close < 0 || close - p > 8) {
          continue;
        }
        if (close + 1 < s.length() && s.charAt(close + 1) != ' ') {
          continue;
        }
        char sep = separatorBefore(s, p);
        if (sep == 0) {
          continue;
        }
        boolean introduced = sep == ':' || sep == '—';
        String inner = s.substring(p + 1, close);
        if (decide(inner, i, s, close + 1, introduced, false) != null) {
          return p;
        }
      }
    }

    /** The punctuation a label is preceded by, skipping spaces and a joining "and"/"or"; 0 when none. */
    static char separatorBefore(String s, int p) {
      int k = p - 1;
      while (k >= 0 && s.charAt(k) == ' ') {
        k--;
      }
      if (k >= 2 && (s.startsWith("and", k - 2) || s.startsWith("or", k - 1))) {
        int w = s.startsWith("and", k - 2) ? k - 3 : k - 2;
        if (w >= 0 && s.charAt(w) == ' ') {
          k = w;
          while (k >= 0 && s.charAt(k) == ' ') {
            k--;
          }
        }
      }
      if (k < 0) {
        return 0;
      }
      char c = s.charAt(k);
      return ";:—.".indexOf(c) >= 0 ? c : 0;
    }

    record Decision(Label label, int popTo) {}

    /**
     * Reads a label in context: the next number of the innermost list, a first item opening a new list, or
     * the next number of an enclosing list. Anything else (a restart, a gap, a wrapped cross-reference) is
     * not a label.
     */
    Decision decide(String inner, int line, String s, int after, boolean allowFirst, boolean mutate) {
      if (section == null && schedule == null) {
        return null;
      }
      List<Label> readings = Label.readings(inner);
      if (readings.isEmpty()) {
        return null;
      }
      if (phantom != null) {
        for (Label r : readings) {
          if (r.follows(phantom)) {
            if (mutate) {
              phantom = r;
            }
            return null;
          }
        }
      }
      Node top = labels.isEmpty() ? null : labels.get(labels.size() - 1);
      Decision sibling = null;
      if (top != null && top.label != null) {
        for (Label r : readings) {
          if (r.follows(top.label)) {
            sibling = new Decision(r, labels.size() - 1);
            break;
          }
        }
      }
      Decision child = null;
      if (allowFirst) {
        for (Label r : readings) {
          if (r.isFirst() && !hasType(r.type())) {
            child = new Decision(r, labels.size());
            break;
          }
        }
      }
      if (sibling != null && child != null && sibling.label.type() == Label.Type.LETTER
          && child.label.type() == Label.Type.ROMAN) {
        // "(i)" after "(h)": a letter unless "(ii)" comes next
        return "ii".equals(nextLabel(line, s, after)) ? child : sibling;
      }
      if (sibling != null) {
        return sibling;
      }
      if (child != null) {
        return child;
      }
      for (int k = labels.size() - 2; k >= 0; k--) {
        Label lk = labels.get(k).label;
        if (lk == null) {
          continue;
        }
        for (Label r : readings) {
          if (r.follows(lk)) {
            return new Decision(r, k);
          }
        }
      }
      return null;
    }

    boolean hasType(Label.Type t) {
      for (Node n : labels) {
        if (n.label != null && n.label.type() == t) {
          return true;
        }
      }
      return false;
    }

    String nextLabel(int line, String s, int after) {
      int p = s.indexOf('(', after);
      while (p >= 0) {
        int close = s.indexOf(')', p);
        if (close < 0) {
          break;
        }
        String inner = s.substring(p + 1, close);
        if (!Label.readings(inner).isEmpty()) {
          return inner;
        }
        p = s.indexOf('(', p + 1);
      }
      int next = line + 1 < nextLabelLine.length ? nextLabelLine[line + 1] : -1;
      if (next < 0) {
        return null;
      }
      Matcher m = Patterns.PAREN_LABEL.matcher(lines.get(next).text());
      return m.matches() ? m.group(1) : null;
    }

    /** "(a) – Amendment of the Penal Code": a heading that happens to carry a letter, not a paragraph. */
    boolean isTitledLabel(String rest) {
      return rest.length() > 3 && (rest.startsWith("– ") || rest.startsWith("— ") || rest.startsWith("- "))
          && Character.isUpperCase(rest.charAt(2));
    }

    void openLabel(Decision d, Location loc) {
      phantom = null;
      while (labels.size() > d.popTo()) {
        labels.remove(labels.size() - 1);
      }
      Node container = section != null ? section : schedule;
      Node parent = labels.isEmpty() ? container : labels.get(labels.size() - 1);
      ProvisionKind kind;
      if (parent.kind.isSectionLevel() || parent.kind.isDivision()) {
        kind = d.label().type() == Label.Type.NUMBER ? ProvisionKind.SUBSECTION : ProvisionKind.PARAGRAPH;
      } else if (parent.kind == ProvisionKind.SUBSECTION) {
        kind = ProvisionKind.PARAGRAPH;
      } else {
        kind = ProvisionKind.SUBPARAGRAPH;
      }
      String num = d.label().num();
      Node n = new Node(kind, num, parent.ref + "(" + num + ")", container.section, null, loc, parent);
      n.label = d.label();
      labels.add(n);
      current = n;
      awaitingHeading = false;
    }

    /** A "(1)" that only continues the line before: "contravenes subsection\n(1)", "six\n(6) months". */
    boolean continuesPreviousLine(String t, int i) {
      String prev = prevText(i);
      if (prev.isEmpty()) {
        return false;
      }
      if (REFERENCING_END.matcher(prev).matches()) {
        return true;
      }
      Matcher m = Patterns.PAREN_LABEL.matcher(t);
      return m.matches() && m.group(1).chars().allMatch(Character::isDigit)
          && NUMBER_WORD_END.matcher(prev).matches();
    }

    void appendCurrent(String t, Location loc) {
      if (current == null || t.isBlank()) {
        return;
      }
      current.append(t, loc);
      track(current);
    }

    void track(Node n) {
      if (n != lastNode) {
        prevNode = lastNode;
        lastNode = n;
      }
    }

    boolean nextIsContinuation(int i) {
      if (i + 1 >= lines.size()) {
        return false;
      }
      String next = lines.get(i + 1).text();
      return !next.isEmpty() && Character.isLowerCase(next.charAt(0));
    }
  }

  // ---- shared text shape tests ----

  private static final Pattern HEADING_SPLIT = Pattern.compile("\\.?\\s*—\\s*|\\s[–\\uFFFD]\\s+|\\.\\s*-\\s+"
      + "|\\s-\\s+|,—\\s*");

  /** "Heading.— body", "Heading — body", "—(1) body": {heading or null, remainder}; null if no dash. */
  static String[] headingSplit(String rest) {
    Matcher m = HEADING_SPLIT.matcher(rest);
    if (!m.find()) {
      return null;
    }
    String head = rest.substring(0, m.start()).strip();
    String remainder = rest.substring(m.end()).strip();
    if (head.isEmpty()) {
      return new String[] {null, remainder};
    }
    if (head.length() > 150 || !Character.isUpperCase(head.charAt(0)) || head.startsWith("(")) {
      return null;
    }
    return new String[] {stripEnd(head), remainder};
  }

  static boolean isHeadingShaped(String t) {
    if (t.length() < 2 || t.length() > 110) {
      return false;
    }
    char c0 = t.charAt(0);
    if (!Character.isUpperCase(c0)) {
      return false;
    }
    char last = t.charAt(t.length() - 1);
    if (";:,".indexOf(last) >= 0) {
      return false;
    }
    if (last == '.' && t.length() > 70) {
      return false;
    }
    int words = t.split(" ").length;
    if (words > 16) {
      return false;
    }
    int dot = t.indexOf(". ");
    return dot < 0 || dot > t.length() - 3;
  }

  /** Compares article numbers part by part ("312-9" < "312-18"); non-numeric parts compare as text. */
  static int compareNumbers(String x, String y) {
    String[] a = x.split("[-.]");
    String[] b = y.split("[-.]");
    for (int k = 0; k < Math.min(a.length, b.length); k++) {
      int c;
      if (a[k].matches("\\d+") && b[k].matches("\\d+") && a[k].length() < 10 && b[k].length() < 10) {
        c = Long.compare(Long.parseLong(a[k]), Long.parseLong(b[k]));
      } else {
        c = a[k].compareToIgnoreCase(b[k]);
      }
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.length, b.length);
  }

  static boolean endsTerminal(String t) {
    if (t == null || t.isEmpty()) {
      return true;
    }
    char c = t.charAt(t.length() - 1);
    if (".;:!?—".indexOf(c) >= 0) {
      return true;
    }
    return t.endsWith("; and") || t.endsWith("; or") || t.endsWith("»") || t.endsWith(".]")
        || t.endsWith(";]");
  }

  static boolean startsParagraph(String t) {
    char c = t.charAt(0);
    return Character.isUpperCase(c) || Character.isDigit(c) || "«\"“(".indexOf(c) >= 0;
  }

  static String lastLine(Node n) {
    String l = n.lastLine();
    return l == null ? "" : l;
  }

  static String stripEnd(String h) {
    String s = h.strip();
    while (!s.isEmpty() && ".,:;—–-".indexOf(s.charAt(s.length() - 1)) >= 0) {
      s = s.substring(0, s.length() - 1).strip();
    }
    return s;
  }

  static int compare(int base, String suffix, int lastBase, String lastSuffix) {
    if (base != lastBase) {
      return Integer.compare(base, lastBase);
    }
    if (suffix.length() != lastSuffix.length()) {
      return Integer.compare(suffix.length(), lastSuffix.length());
    }
    return suffix.compareToIgnoreCase(lastSuffix);
  }
}
