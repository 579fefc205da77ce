package org.lexgap.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lexgap.checklist.Checklist;
import org.lexgap.checklist.Element;
import org.lexgap.checklist.Kind;
import org.lexgap.checklist.Obligation;
import org.lexgap.checklist.OptionDef;
import org.lexgap.language.LanguageAnalyzer;
import org.lexgap.language.Sentence;
import org.lexgap.structure.Definition;
import org.lexgap.structure.Provision;
import org.lexgap.structure.StructuredDocument;

/**
 * Checklist x provisions -> findings.
 *
 * <p>Every section is analysed once (sentences, concepts); an inverted index from concept to sections gives
 * each obligation its candidates, so the cost is linear in the corpus plus the size of the candidate sets.
 * A candidate is a section that contains one of the obligation's anchor concepts and is the right kind of
 * provision (an offence needs an offence-creating, penalised provision; nothing counts from an interpretation
 * or repealed section except definitions). Elements are checked within the section and its sub-provisions.
 */
public final class Analyzer {

  private static final int MAX_CITED = 6;
  /** A definition that mentions more concepts than this is a catch-all and carries none of them. */
  private static final int MAX_DEFINITION_CONCEPTS = 10;
  private static final int MAX_VOCABULARY_DEFINITION_CONCEPTS = 8;
  private static final int MAX_QUOTES = 6;
  private static final Pattern SECTION_REF = Pattern.compile(
      "\\b(?:sections?|articles?|ss?\\.|arts?\\.)\\s+(\\d+[A-Z]{0,2}(?:-\\d+)*)"
          + "(?:\\s*(?:to|-|–|and)\\s*(\\d+[A-Z]{0,2}))?", Pattern.CASE_INSENSITIVE);
  private static final Pattern GENERAL_PENALTY = Pattern.compile(
      "(contravenes?|fails? to comply with) (any|a) (of the )?provisions? of this (act|part|law|code)"
          + "|offen[cs]es? (under|against) this (act|part|law)[^.;]{0,80}(no|not otherwise) (specific |other )?"
          + "(penalty|punishment)",
      Pattern.CASE_INSENSITIVE);

  private final Checklist checklist;
  private final LanguageAnalyzer nlp;
  private Map<SectionView, List<SectionView>> referrers = Map.of();
  private List<SectionView> views = List.of();
  /** A provision that cites more sections than this is a general clause, not an extension of one. */
  private static final int MAX_REFERENCES = 3;

  public Analyzer(Checklist checklist) {
    this(checklist, LanguageAnalyzer.shared());
  }

  public Analyzer(Checklist checklist, LanguageAnalyzer nlp) {
    this.checklist = checklist;
    this.nlp = nlp;
  }

  public GapReport analyse(List<StructuredDocument> documents) {
    ConceptMatcher matcher = new ConceptMatcher(checklist, nlp);
    List<SectionView> sections = new ArrayList<>();
    for (StructuredDocument d : documents) {
      sections.addAll(view(d, withDefinedTerms(matcher, d), sections.size()));
    }
    Map<String, List<SectionView>> index = new HashMap<>();
    for (SectionView s : sections) {
      Set<String> concepts = new HashSet<>(s.byConcept.keySet());
      s.headingHits.forEach(h -> concepts.add(h.concept()));
      for (String c : concepts) {
        index.computeIfAbsent(c, k -> new ArrayList<>()).add(s);
      }
    }
    Map<SectionView, SectionView> penalised = penalisedSections(documents, sections);
    referrers = referrers(sections);
    views = sections;
    List<Finding> findings = new ArrayList<>();
    for (Obligation o : checklist.obligations()) {
      findings.add(assess(o, index, penalised));
    }
    List<DocumentSummary> docs = documents.stream().map(d -> new DocumentSummary(d.path(), d.format(),
        d.pages(), d.sections().size(), d.definitions().size(), d.issues())).toList();
    return new GapReport(checklist, docs, findings, summarise(findings));
  }

  /**
   * A statute's own defined term counts as a concept wherever the statute uses it, when its definition
   * contains that concept's words: "hinder" defined to include "suppressing computer data" makes every
   * "hinders" a suppression. A definition that matches many concepts (a catch-all) is not specific enough to
   * carry any, and a multi-word term the vocabulary already covers ("computer system") is left alone.
   */
  private ConceptMatcher withDefinedTerms(ConceptMatcher base, StructuredDocument d) {
    ConceptMatcher m = base.copy();
    List<String> sectionTexts = d.sections().stream()
        .map(p -> p.fullText().toLowerCase(Locale.ROOT)).toList();
    // a long Act repeats the same defined words (and a benchmark, thousands of times): decide once per word
    Map<String, Boolean> general = new HashMap<>();
    Map<String, Boolean> vocabulary = new HashMap<>();
    for (Definition def : d.definitions()) {
      Set<String> carried = new TreeSet<>();
      for (Sentence s : nlp.sentences(def.text())) {
        base.find(s).forEach(h -> carried.add(h.concept()));
      }
      if (carried.isEmpty() || carried.size() > MAX_DEFINITION_CONCEPTS) {
        continue;
      }
      for (String term : def.terms()) {
        String t = term.strip();
        if (t.isEmpty() || general.computeIfAbsent(t.toLowerCase(Locale.ROOT),
            k -> everywhere(k, sectionTexts))) {
          continue;
        }
        // a word the vocabulary already knows ("modification") still takes on what the statute says it
        // covers ("altered or erased"), unless it is a phrase or its definition is broad
        if (vocabulary.computeIfAbsent(t, k -> isVocabulary(base, k))
            && (carried.size() > MAX_VOCABULARY_DEFINITION_CONCEPTS || t.contains(" "))) {
          continue;
        }
        for (String c : carried) {
          m.addTerm(c, t);
        }
      }
    }
    return m;
  }

  /**
   * A defined word used in most sections ("person" defined to include legal persons) is the Act's general
   * vocabulary: carrying its definition into every use would make every section about it.
   */
  private static boolean everywhere(String term, List<String> sectionTexts) {
    if (sectionTexts.size() < 8) {
      return false;
    }
    Pattern word = Pattern.compile("\\b" + Pattern.quote(term.toLowerCase(Locale.ROOT)) + "\\b");
    long n = sectionTexts.stream().filter(t -> word.matcher(t).find()).count();
    return n >= 8 && n > sectionTexts.size() * 0.3;
  }

  /** Whether the checklist's vocabulary already says what the whole word means ("computer system"). */
  private boolean isVocabulary(ConceptMatcher base, String term) {
    for (Sentence s : nlp.sentences(term)) {
      for (ConceptMatcher.Hit h : base.find(s)) {
        if (h.start() == 0 && h.end() >= s.text().strip().length()) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * An inline lead-in heading, as in "(3) Data Interference. — The intentional alteration…", or a short
   * title-case line of its own ("(5) Misuse of Devices.") that heads the items below it.
   */
  private static final Pattern LEAD_IN = Pattern.compile(
      "^\\s*([A-Z][\\p{L}'’-]*(?:[ ,/-]+[\\p{L}'’-]+){0,7}?)"
          + "(?:\\.\\s*[—–-]+\\s*(?:\\S|$)|\\s*[—–]\\s*\\S|\\.\\s*$)");

  /**
   * One view per section; but a section that bundles several offences under their own inline headings (the
   * "The following acts constitute…: (1) Illegal Access. — …; (2) Illegal Interception. — …" style) is split
   * into one view per headed sub-provision, each with the text that introduces it, so the limbs of one
   * offence are never satisfied by its neighbour.
   */
  private List<SectionView> view(StructuredDocument d, ConceptMatcher matcher, int orderBase) {
    List<SectionView> out = new ArrayList<>();
    for (Provision s : d.sections()) {
      List<List<Provision>> headed = new ArrayList<>();
      collectHeaded(s, new ArrayList<>(), headed);
      String sectionHeading = s.heading();
      if (headed.size() < 2) {
        out.add(view(d, s, List.of(), s, sectionHeading, matcher, orderBase + out.size(), null));
        continue;
      }
      SectionView whole = view(d, s, List.of(), s, sectionHeading, matcher, orderBase + out.size(), null);
      for (List<Provision> path : headed) {
        Provision node = path.get(path.size() - 1);
        Matcher m = LEAD_IN.matcher(node.text() == null ? "" : node.text());
        String leadIn = node.heading() != null && !node.heading().isBlank() ? node.heading()
            : m.find() ? m.group(1) : sectionHeading;
        out.add(view(d, s, path.subList(0, path.size() - 1), node, leadIn, matcher, orderBase + out.size(),
            whole));
      }
    }
    return out;
  }

  /**
   * The parts of a bundled section: at the first level where some sub-provision has its own heading, every
   * sub-provision of that level (so nothing is left out), each with the path of nodes above it.
   */
  private static void collectHeaded(Provision p, List<Provision> path, List<List<Provision>> out) {
    List<Provision> kids = p.children().stream().filter(c -> !c.kind().isSectionLevel()).toList();
    List<Provision> here = new ArrayList<>(path);
    here.add(p);
    if (kids.stream().anyMatch(Analyzer::headed)) {
      for (Provision c : kids) {
        List<Provision> withChild = new ArrayList<>(here);
        withChild.add(c);
        out.add(withChild);
      }
      return;
    }
    for (Provision c : kids) {
      collectHeaded(c, here, out);
    }
  }

  private static boolean headed(Provision c) {
    return c.heading() != null && !c.heading().isBlank()
        || c.text() != null && c.text().length() < 2000 && LEAD_IN.matcher(c.text()).find();
  }

  /**
   * A view of {@code node}'s subtree plus the own text of the provisions above it ({@code chapeau}), within
   * section {@code s}. {@code whole} is the view of the entire section when this is one of its parts.
   */
  private SectionView view(StructuredDocument d, Provision s, List<Provision> chapeau, Provision node,
      String heading, ConceptMatcher matcher, int order, SectionView whole) {
    List<SectionView.Unit> units = new ArrayList<>();
    for (Provision c : chapeau) {
      addUnits(c, matcher, units);
    }
    for (Provision n : node.flatten()) {
      if (n != node && n.kind().isSectionLevel()) {
        continue;
      }
      addUnits(n, matcher, units);
    }
    List<ConceptMatcher.Hit> headingHits = new ArrayList<>();
    if (heading != null && !heading.isBlank()) {
      for (Sentence sent : nlp.sentences(heading)) {
        headingHits.addAll(matcher.find(sent));
      }
    }
    return new SectionView(d.path(), s, order, units, headingHits,
        heading == null ? Set.of() : stems(heading), heading, whole);
  }

  private void addUnits(Provision n, ConceptMatcher matcher, List<SectionView.Unit> units) {
    if (n.text() == null || n.text().isBlank()) {
      return;
    }
    for (Sentence sent : nlp.sentences(n.text())) {
      boolean exception = SectionView.EXCEPTION.matcher(sent.text()).find();
      units.add(new SectionView.Unit(n, sent.text(), matcher.find(sent), exception));
    }
  }

  /**
   * Sections a penalty attaches to: their own, a penalty section that names them, or a general penalty. The
   * value is the separate penalty section that names the offence (cited with it), or null.
   */
  private Map<SectionView, SectionView> penalisedSections(List<StructuredDocument> docs,
      List<SectionView> sections) {
    Map<SectionView, SectionView> out = new HashMap<>();
    Map<String, Map<String, List<SectionView>>> byNum = byNumber(sections);
    Set<String> generalPenaltyDocs = new HashSet<>();
    for (SectionView s : sections) {
      if (s.ownPenalty) {
        out.put(s, null);
        String full = s.section.fullText();
        if (GENERAL_PENALTY.matcher(full).find()) {
          generalPenaltyDocs.add(s.document);
        }
      }
    }
    for (SectionView s : sections) {
      if (!s.ownPenalty) {
        continue;
      }
      Matcher m = SECTION_REF.matcher(s.section.fullText());
      Map<String, List<SectionView>> nums = byNum.get(s.document);
      while (m.find()) {
        List<SectionView> targets = nums.getOrDefault(m.group(1).toLowerCase(Locale.ROOT), List.of());
        if (targets.isEmpty()) {
          continue;
        }
        int from = targets.get(0).order;
        int to = targets.get(targets.size() - 1).order;
        if (m.group(2) != null) {
          List<SectionView> last = nums.getOrDefault(m.group(2).toLowerCase(Locale.ROOT), List.of());
          if (!last.isEmpty()) {
            to = Math.max(to, last.get(last.size() - 1).order);
          }
        }
        for (SectionView x : sections) {
          if (x.document.equals(s.document) && x.order >= from && x.order <= to
              && x.section != s.section && !x.ownPenalty) {
            out.put(x, s);
          }
        }
      }
    }
    for (SectionView s : sections) {
      // a part of a bundled section shares a penalty stated for the whole section
      if (s.whole != null && s.whole.ownPenalty) {
        out.putIfAbsent(s, null);
      }
      if (generalPenaltyDocs.contains(s.document) && s.offenceLike) {
        out.putIfAbsent(s, null);
      }
    }
    return out;
  }

  /** Views by document, then by section number (lower case); a bundled section has several views. */
  private static Map<String, Map<String, List<SectionView>>> byNumber(List<SectionView> sections) {
    Map<String, Map<String, List<SectionView>>> byNum = new HashMap<>();
    for (SectionView s : sections) {
      byNum.computeIfAbsent(s.document, k -> new HashMap<>())
          .computeIfAbsent(s.num().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(s);
    }
    return byNum;
  }

  /** For each view, the views of other sections of its document that cite its section number. */
  private static Map<SectionView, List<SectionView>> referrers(List<SectionView> sections) {
    Map<String, Map<String, List<SectionView>>> byNum = byNumber(sections);
    Map<SectionView, List<SectionView>> out = new HashMap<>();
    for (SectionView s : sections) {
      Set<String> cited = new LinkedHashSet<>();
      for (SectionView.Unit u : s.units) {
        Matcher m = SECTION_REF.matcher(u.text());
        while (m.find()) {
          String n = m.group(1).toLowerCase(Locale.ROOT);
          if (!n.equals(s.num().toLowerCase(Locale.ROOT))) {
            cited.add(n);
          }
        }
      }
      if (cited.isEmpty() || cited.size() > MAX_REFERENCES) {
        continue;
      }
      for (String n : cited) {
        for (SectionView target : byNum.get(s.document).getOrDefault(n, List.of())) {
          out.computeIfAbsent(target, k -> new ArrayList<>()).add(s);
        }
      }
    }
    return out;
  }

  /** How well one candidate section satisfies an obligation. */
  private record Candidate(SectionView view, List<SectionView> extensions, Set<String> satisfied,
      int requiredSatisfied, boolean penalty, boolean headingAnchor, int titleOverlap) {
    double score() {
      return requiredSatisfied + (penalty ? 0.5 : 0) + (headingAnchor ? 0.25 : 0)
          + 0.1 * Math.min(titleOverlap, 2);
    }

    /** The section's heading names what the obligation is about: its anchor, or words of its title. */
    boolean headed() {
      return headingAnchor || titleOverlap > 0;
    }
  }

  private static final Set<String> TITLE_STOPWORDS = Set.of("of", "the", "and", "or", "a", "an", "to", "with",
      "by", "for", "in", "on", "relat", "ict", "offenc", "offens", "against", "through", "other", "certain",
      "under", "use", "person", "power", "illeg", "unlaw", "unauthor", "unauthoriz", "wrong", "comput", "condit", "safeguard", "art", "definit");

  /** How many content words of the obligation's title the section heading shares (on stems). */
  private int titleOverlap(Obligation o, SectionView s) {
    if (s.headingStems.isEmpty()) {
      return 0;
    }
    int n = 0;
    for (String stem : titleStems(o)) {
      if (s.headingStems.contains(stem)) {
        n++;
      }
    }
    return n;
  }

  private final Map<String, Set<String>> titleStems = new HashMap<>();
  private final Map<String, Set<String>> distinctiveStems = new HashMap<>();

  /** Title words too common in headings to say what a provision is about on their own. */
  private static final Set<String> WEAK_TITLE_WORDS =
      Set.of("data", "system", "electron", "inform", "content", "store", "comput", "materi", "order");

  /**
   * The heading names the obligation: it shares two of the title's distinctive words, or all of them
   * ("Expedited preservation" for expedited preservation of traffic data; not "Retention of traffic data"
   * for real-time collection of traffic data).
   */
  private boolean strongTitleMatch(Obligation o, SectionView v) {
    if (v.headingStems.isEmpty()) {
      return false;
    }
    Set<String> distinctive = distinctiveStems.computeIfAbsent(o.id(), k -> {
      Set<String> d = new HashSet<>(titleStems(o));
      d.removeAll(WEAK_TITLE_WORDS);
      return d;
    });
    long shared = distinctive.stream().filter(v.headingStems::contains).count();
    return shared >= 2 || shared >= 1 && shared == distinctive.size();
  }

  private Set<String> titleStems(Obligation o) {
    return titleStems.computeIfAbsent(o.id(), k -> stems(o.title()));
  }

  Set<String> stems(String text) {
    Set<String> out = new HashSet<>();
    for (var t : nlp.tokens(text)) {
      for (String piece : t.lower().split("-")) {
        if (!piece.isEmpty() && Character.isLetter(piece.charAt(0))) {
          String st = nlp.stem(piece);
          if (!TITLE_STOPWORDS.contains(st)) {
            out.add(st);
          }
        }
      }
    }
    return out;
  }

  /** Whether a section can be evidence for an obligation of this kind at all. */
  private static boolean eligible(Obligation o, SectionView s) {
    if (s.repealed || s.interpretation && o.kind() != Kind.GENERAL) {
      return false;
    }
    if (o.kind() == Kind.OFFENCE && !s.offenceLike) {
      return false;
    }
    // an offence that mentions the act ("intercepts the content of…") is not the power to do it
    return !((o.kind() == Kind.POWER || o.kind() == Kind.SAFEGUARD) && !s.confersPower && s.offenceLike);
  }

  private Finding assess(Obligation o, Map<String, List<SectionView>> index,
      Map<SectionView, SectionView> penalised) {
    if (!o.assessable()) {
      return finding(o, Status.NOT_ASSESSABLE, 1.0, List.of(), List.of(), List.of(), List.of(), List.of(),
          o.assessableNote());
    }
    boolean offence = o.kind() == Kind.OFFENCE;
    boolean union = o.kind() != Kind.OFFENCE && o.kind() != Kind.POWER && o.kind() != Kind.SAFEGUARD;
    Set<SectionView> pool = new LinkedHashSet<>();
    for (String a : o.anchors()) {
      for (SectionView s : index.getOrDefault(a, List.of())) {
        if (eligible(o, s) && (s.has(a) || s.headingHas(a))) {
          pool.add(s);
        }
      }
    }
    if (!pool.isEmpty()) {
      // once the obligation is addressed at all, a section whose heading names it ("Expedited preservation"
      // for preservation and partial disclosure of traffic data) is part of how the law implements it
      for (SectionView s : views) {
        if (!pool.contains(s) && eligible(o, s) && strongTitleMatch(o, s)) {
          pool.add(s);
        }
      }
    }
    if (pool.isEmpty() && o.kind() == Kind.SAFEGUARD) {
      // a safeguard on a power the documents do not create has nothing to attach to: the power's own
      // obligation reports the gap, and the safeguard is checked once the power exists
      return finding(o, Status.NOT_ASSESSABLE, 0.7, List.of(), List.of(), List.of(), List.of(), List.of(),
          "the power this safeguard applies to is not in these documents");
    }
    if (pool.isEmpty()) {
      return finding(o, Status.MISSING, 0.8, List.of(), List.of(), labels(o.requiredElements()), List.of(),
          List.of(), "not found in these documents");
    }
    List<Candidate> cands = new ArrayList<>();
    for (SectionView s : pool) {
      Set<String> sat = new LinkedHashSet<>();
      List<SectionView> extensions = new ArrayList<>();
      int req = 0;
      for (Element e : o.elements()) {
        if (e.concepts().stream().anyMatch(s::has)) {
          sat.add(e.id());
        } else {
          // a provision that refers back to this one ("a warrant issued under section 18 may extend…")
          // completes it
          for (SectionView r : referrers.getOrDefault(s, List.of())) {
            if (e.concepts().stream().anyMatch(r::has) && !r.repealed && !r.interpretation) {
              sat.add(e.id());
              if (!extensions.contains(r)) {
                extensions.add(r);
              }
              break;
            }
          }
        }
        if (sat.contains(e.id()) && e.required()) {
          req++;
        }
      }
      boolean anchorHead = o.anchors().stream().anyMatch(s::headingHas);
      boolean pen = !o.penaltyRequired() || penalised.containsKey(s);
      cands.add(new Candidate(s, extensions, sat, req, pen, anchorHead, titleOverlap(o, s)));
    }
    cands.sort(Comparator.comparingDouble(Candidate::score).reversed()
        .thenComparingInt(c -> c.view().order));
    Candidate best = cands.get(0);
    if (!union && o.kind() != Kind.POWER) {
      // (powers are often spread over several sections whose headings say little, so not for them)
      // the provision whose heading names the obligation ("Interference with computer data" for Art 9) is
      // the one that implements it, even when a neighbour ("…with a computer system") happens to list more
      // of the limbs; it is judged on its own
      int top = cands.stream().mapToInt(Candidate::titleOverlap).max().orElse(0);
      int bestRequired = best.requiredSatisfied();
      if (top >= 2 || top >= 1 && titleStems(o).size() == 1) {
        // …unless it lacks more than one limb the other has: then the heading is only a coincidence
        best = cands.stream().filter(c -> c.titleOverlap() == top
            && c.requiredSatisfied() >= bestRequired - 1).findFirst().orElse(best);
      }
    }
    int required = o.requiredElements().size();

    Set<String> satisfied;
    List<Candidate> cited = new ArrayList<>();
    if (union) {
      // elements may come from several sections (aiding in one, attempt in the next): cite a greedy cover,
      // best section first, each adding an element not yet covered
      satisfied = new LinkedHashSet<>();
      for (Candidate c : cands) {
        if (satisfied.addAll(c.satisfied()) || cited.isEmpty()) {
          cited.add(c);
        }
      }
    } else {
      satisfied = best.satisfied();
      // the best section, and the others whose heading says they are about it too
      for (Candidate c : cands) {
        // a close variant (at most one limb short) whose heading is about the same thing is cited too:
        // "Illegal remaining" beside "Illegal access", "Access with intent to commit an offence"
        boolean near = c.requiredSatisfied() >= best.requiredSatisfied() - 1 && c.penalty();
        boolean take = near && c.headed();
        if (c == best || take) {
          cited.add(c);
        }
      }
    }
    if (cited.size() > MAX_CITED) {
      cited = cited.subList(0, MAX_CITED);
    }
    cited = new ArrayList<>(cited);
    cited.sort(Comparator.comparingInt(c -> c.view().order));

    List<String> missing = new ArrayList<>();
    List<String> sat = new ArrayList<>();
    for (Element e : o.elements()) {
      if (satisfied.contains(e.id())) {
        sat.add(e.label());
      } else if (e.required()) {
        missing.add(e.label());
      }
    }
    boolean penaltyOk = union ? cited.stream().anyMatch(Candidate::penalty) : best.penalty();
    if (o.penaltyRequired() && !penaltyOk) {
      missing.add("a penalty attached to the offence");
    }
    List<String> options = new ArrayList<>();
    for (OptionDef opt : o.options()) {
      if (cited.stream().anyMatch(c -> opt.concepts().stream().anyMatch(c.view()::has))) {
        options.add(opt.label());
      }
    }
    Status status = missing.isEmpty() ? Status.MET : Status.PARTIAL;
    double fraction = required == 0 ? 1 : (double) (required - missing.size()) / required;
    double confidence = status == Status.MET
        ? (best.headingAnchor() ? 0.9 : 0.8)
        : 0.5 + 0.3 * Math.max(0, fraction);
    List<Evidence> evidence = evidence(o, cited);
    List<String> provisions = new ArrayList<>();
    for (Candidate c : cited) {
      provisions.add(c.view().num());
      for (SectionView x : c.extensions()) {
        provisions.add(x.num());
      }
      SectionView penaltySection = penalised.get(c.view());
      if (o.penaltyRequired() && penaltySection != null) {
        provisions.add(penaltySection.num());
      }
    }
    provisions = provisions.stream().distinct().toList();
    String note = status == Status.MET ? null : "missing: " + String.join("; ", missing);
    return finding(o, status, confidence, sat, options, missing, provisions, evidence, note);
  }

  private List<Evidence> evidence(Obligation o, List<Candidate> cited) {
    List<Evidence> out = new ArrayList<>();
    List<Candidate> all = new ArrayList<>();
    for (Candidate c : cited) {
      all.add(c);
      for (SectionView ext : c.extensions()) {
        all.add(new Candidate(ext, List.of(), c.satisfied(), 0, false, false, 0));
      }
    }
    for (Candidate c : all) {
      Map<SectionView.Unit, List<ElementMatch>> quotes = new LinkedHashMap<>();
      for (Element e : o.elements()) {
        for (String concept : e.concepts()) {
          List<SectionView.Unit> units = c.view().byConcept.get(concept);
          if (units == null) {
            continue;
          }
          SectionView.Unit u = units.get(0);
          List<String> words = u.hits().stream().filter(h -> h.concept().equals(concept))
              .map(ConceptMatcher.Hit::words).distinct().toList();
          quotes.computeIfAbsent(u, k -> new ArrayList<>()).add(new ElementMatch(e.label(), concept, words));
          break;
        }
      }
      List<SectionView.Unit> ordered = new ArrayList<>(quotes.keySet());
      ordered.sort(Comparator.comparingInt(c.view().units::indexOf));
      for (SectionView.Unit u : ordered) {
        if (out.size() >= MAX_QUOTES) {
          return out;
        }
        var loc = u.node().start();
        out.add(new Evidence(c.view().document, u.node().ref(), c.view().num(), loc == null ? null : loc.page(),
            loc == null ? null : loc.line(), u.text(), quotes.get(u)));
      }
    }
    return out;
  }

  private static List<String> labels(List<Element> elements) {
    return elements.stream().map(Element::label).toList();
  }

  private static Finding finding(Obligation o, Status status, double confidence, List<String> satisfied,
      List<String> options, List<String> missing, List<String> provisions, List<Evidence> evidence,
      String note) {
    double c = Math.round(confidence * 100) / 100.0;
    return new Finding(o.id(), o.article(), o.paragraph(), o.title(), o.chapter(), o.kind().id(),
        o.strength().id(), status, c, missing, satisfied, options, provisions, evidence, note,
        o.recommendation(), o.budapest(), null);
  }

  static Summary summarise(List<Finding> findings) {
    int met = 0;
    int partial = 0;
    int missing = 0;
    int na = 0;
    int waived = 0;
    Map<String, int[]> chapters = new TreeMap<>(Comparator.comparingInt(Analyzer::romanValue)
        .thenComparing(Comparator.naturalOrder()));
    for (Finding f : findings) {
      int[] c = chapters.computeIfAbsent(f.chapter() == null ? "" : f.chapter(), k -> new int[5]);
      c[0]++;
      if (f.waived()) {
        waived++;
      }
      switch (f.status()) {
        case MET -> { met++; c[1]++; }
        case PARTIAL -> { partial++; c[2]++; }
        case MISSING -> { missing++; c[3]++; }
        case NOT_ASSESSABLE -> { na++; c[4]++; }
        default -> throw new IllegalStateException();
      }
    }
    int assessable = findings.size() - na;
    double coverage = assessable == 0 ? 0 : Math.round((met + 0.5 * partial) / assessable * 1000) / 1000.0;
    Map<String, Summary.Counts> byChapter = new LinkedHashMap<>();
    chapters.forEach((k, c) -> byChapter.put(k, new Summary.Counts(c[0], c[1], c[2], c[3], c[4])));
    return new Summary(findings.size(), met, partial, missing, na, waived, coverage, byChapter);
  }

  static int romanValue(String s) {
    int total = 0;
    int prev = 0;
    String u = s.toUpperCase(Locale.ROOT);
    for (int i = u.length() - 1; i >= 0; i--) {
      int v = switch (u.charAt(i)) {
        case 'I' -> 1; case 'V' -> 5; case 'X' -> 10; case 'L' -> 50; case 'C' -> 100;
        default -> 1000;
      };
      total += v < prev ? -v : v;
      prev = Math.max(prev, v);
    }
    return total;
  }

  /** For callers that re-summarise after waivers. */
  public static Summary summary(List<Finding> findings) {
    return summarise(findings);
  }
}
