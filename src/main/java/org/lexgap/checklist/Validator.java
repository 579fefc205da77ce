package org.lexgap.checklist;

import com.google.re2j.PatternSyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lexgap.checklist.YamlTree.Field;
import org.lexgap.checklist.YamlTree.MapNode;
import org.lexgap.checklist.YamlTree.Node;
import org.lexgap.checklist.YamlTree.ScalarNode;
import org.lexgap.yaml.Suggest;

/**
 * Checks the merged concepts and obligations (which may come from several files: each node keeps its own
 * location) and builds the model when nothing is wrong.
 */
final class Validator {

  static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
  static final String ID_FORMAT = "use lower-case letters, digits and '-', starting with a letter or digit";
  static final Pattern OBLIGATION_ID = Pattern.compile("[A-Z][A-Z0-9]*-([0-9]+)(-[a-z0-9-]+)?");
  static final Pattern ROMAN = Pattern.compile("(?=[IVXLC])C{0,3}(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})");
  static final Pattern BUDAPEST =
      Pattern.compile("none|[0-9]+[a-z]?(-[0-9]+[a-z]?)?(, ?[0-9]+[a-z]?(-[0-9]+[a-z]?)?)*");

  static final List<String> CONCEPT_KEYS = List.of("id", "label", "terms", "patterns");
  static final List<String> OBLIGATION_KEYS = List.of("id", "article", "paragraph", "title", "chapter", "kind",
      "strength", "summary", "anchors", "penalty-required", "elements", "options", "reservations",
      "implemented-in", "recommendation", "budapest", "assessable", "assessable-note");
  static final List<String> ELEMENT_KEYS = List.of("id", "label", "required", "concepts");
  static final List<String> OPTION_KEYS = List.of("id", "label", "concepts");

  static final Set<String> KINDS = ids(Kind.values());
  static final Set<String> STRENGTHS = ids(Strength.values());
  static final Set<String> IMPLEMENTED_IN = new LinkedHashSet<>(List.of("cybercrime-act", "penal-code",
      "criminal-procedure-code", "aml-law", "mla-law", "extradition-law", "data-protection-law", "constitution",
      "regulation"));

  private final Diagnostics d;
  /** Every concept id declared (valid or not), so one bad concept does not make all its uses errors too. */
  private final Set<String> declaredConcepts = new HashSet<>();
  private final List<ScalarNode> conceptRefs = new ArrayList<>();

  private Validator(Diagnostics d) {
    this.d = d;
  }

  private static Set<String> ids(Enum<?>[] values) {
    Set<String> out = new LinkedHashSet<>();
    for (Enum<?> e : values) {
      out.add(e.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
    return out;
  }

  /**
   * Validates concepts and obligations; returns them when there was no error.
   *
   * @param topFile the file being loaded: unused-concept warnings only concern concepts defined there
   */
  static Model validate(List<Node> conceptNodes, List<Node> obligationNodes, String topFile, Diagnostics d) {
    return new Validator(d).run(conceptNodes, obligationNodes, topFile);
  }

  record Model(Map<String, Concept> concepts, List<Obligation> obligations) {}

  private Model run(List<Node> conceptNodes, List<Node> obligationNodes, String topFile) {
    Map<String, Concept> concepts = new LinkedHashMap<>();
    Map<String, ScalarNode> conceptIdNodes = new LinkedHashMap<>();
    for (Node n : conceptNodes) {
      concept(n, concepts, conceptIdNodes);
    }
    List<Obligation> obligations = new ArrayList<>();
    Map<String, ScalarNode> obligationIds = new HashMap<>();
    for (Node n : obligationNodes) {
      Obligation o = obligation(n, obligationIds);
      if (o != null) {
        obligations.add(o);
      }
    }
    Set<String> used = new HashSet<>();
    for (ScalarNode ref : conceptRefs) {
      used.add(ref.text());
      if (!declaredConcepts.contains(ref.text())) {
        String hint = Suggest.closest(ref.text(), declaredConcepts)
            .map(s -> "; did you mean '" + s + "'?").orElse("");
        d.error(ref, "undefined concept '" + ref.text() + "'" + hint);
      }
    }
    for (Map.Entry<String, ScalarNode> e : conceptIdNodes.entrySet()) {
      if (!used.contains(e.getKey()) && e.getValue().file().equals(topFile)) {
        d.warning(e.getValue(), "concept '" + e.getKey() + "' is never used by any obligation");
      }
    }
    return d.errors.isEmpty() ? new Model(concepts, obligations) : null;
  }

  private void concept(Node n, Map<String, Concept> out, Map<String, ScalarNode> idNodes) {
    MapNode m = d.map(n, "a concept");
    if (m == null) {
      return;
    }
    d.unknownKeys(m, CONCEPT_KEYS, "concept");
    ScalarNode id = d.formatted(m, "id", true, ID, ID_FORMAT);
    if (id != null) {
      declaredConcepts.add(id.text());
      ScalarNode first = idNodes.get(id.text());
      if (first != null) {
        d.error(id, "duplicate concept id '" + id.text() + "' (first defined at " + where(first, id) + ")");
        id = null;
      } else {
        idNodes.put(id.text(), id);
      }
    }
    ScalarNode label = d.string(m, "label", true);
    List<ScalarNode> terms = d.strings(m, "terms", false, false);
    List<ScalarNode> patterns = d.strings(m, "patterns", false, false);
    Set<String> seenTerms = new HashSet<>();
    for (ScalarNode t : terms) {
      if (!seenTerms.add(t.text().strip().toLowerCase(Locale.ROOT))) {
        d.warning(t, "term '" + t.text() + "' is listed twice");
      }
    }
    for (ScalarNode p : patterns) {
      try {
        com.google.re2j.Pattern compiled = com.google.re2j.Pattern.compile(p.text());
        if (compiled.matcher("").find()) {
          d.warning(p, "pattern matches the empty string, so it matches every sentence");
        }
      } catch (PatternSyntaxException e) {
        d.error(p, "invalid pattern: " + e.getDescription()
            + (e.getPattern() == null || e.getPattern().isEmpty() ? "" : " in '" + e.getPattern() + "'"));
      }
    }
    if (terms.isEmpty() && patterns.isEmpty() && !hasItems(m, "terms") && !hasItems(m, "patterns")) {
      d.error(m, "a concept needs at least one of 'terms' or 'patterns'");
    }
    if (id != null && label != null) {
      out.put(id.text(), new Concept(id.text(), label.text(), texts(terms), texts(patterns)));
    }
  }

  private static boolean hasItems(MapNode m, String key) {
    Field f = m.field(key);
    return f != null && f.value() instanceof YamlTree.ListNode l && !l.items().isEmpty();
  }

  private Obligation obligation(Node n, Map<String, ScalarNode> ids) {
    MapNode m = d.map(n, "an obligation");
    if (m == null) {
      return null;
    }
    int errorsBefore = d.errors.size();
    d.unknownKeys(m, OBLIGATION_KEYS, "obligation");
    ScalarNode id = d.formatted(m, "id", true, OBLIGATION_ID,
        "expected PREFIX-ARTICLE or PREFIX-ARTICLE-suffix, e.g. UNCC-7 or UNCC-24-judicial-review");
    if (id != null) {
      ScalarNode first = ids.putIfAbsent(id.text(), id);
      if (first != null) {
        d.error(id, "duplicate obligation id '" + id.text() + "' (first defined at " + where(first, id) + ")");
      }
    }
    ScalarNode article = d.integer(m, "article", true);
    if (article != null && new java.math.BigInteger(article.text()).signum() <= 0) {
      d.error(article, "'article' must be a positive integer");
      article = null;
    }
    if (id != null && article != null) {
      Matcher mm = OBLIGATION_ID.matcher(id.text());
      if (mm.matches() && !stripZeros(mm.group(1)).equals(stripZeros(article.text()))) {
        d.error(id, "obligation id '" + id.text() + "' does not match article " + article.text()
            + ": the number after the prefix must be the article number");
      }
    }
    ScalarNode paragraph = d.string(m, "paragraph", false);
    ScalarNode title = d.string(m, "title", true);
    ScalarNode chapter = d.formatted(m, "chapter", true, ROMAN, "expected a Roman numeral such as II");
    ScalarNode kind = d.oneOf(d.string(m, "kind", true), "kind", KINDS);
    ScalarNode strength = d.oneOf(d.string(m, "strength", true), "strength", STRENGTHS);
    ScalarNode summary = d.string(m, "summary", true);
    List<ScalarNode> anchors = d.strings(m, "anchors", false, false);
    conceptRefs.addAll(anchors);
    Boolean penalty = d.bool(m, "penalty-required");

    List<Element> elements = new ArrayList<>();
    var elementList = d.list(m, "elements", true);
    if (elementList != null) {
      if (elementList.items().isEmpty()) {
        d.errorAtKey(m, m.field("elements"), "'elements' must not be empty");
      }
      Map<String, ScalarNode> elementIds = new HashMap<>();
      for (Node en : elementList.items()) {
        Element e = element(en, elementIds);
        if (e != null) {
          elements.add(e);
        }
      }
    }
    List<OptionDef> options = new ArrayList<>();
    var optionList = d.list(m, "options", false);
    if (optionList != null) {
      Map<String, ScalarNode> optionIds = new HashMap<>();
      for (Node on : optionList.items()) {
        OptionDef o = option(on, optionIds);
        if (o != null) {
          options.add(o);
        }
      }
    }
    List<ScalarNode> reservations = d.strings(m, "reservations", false, false);
    List<ScalarNode> implementedIn = d.strings(m, "implemented-in", true, true);
    for (ScalarNode s : implementedIn) {
      d.oneOf(s, "implemented-in", IMPLEMENTED_IN);
    }
    ScalarNode recommendation = d.string(m, "recommendation", true);
    ScalarNode budapest = d.formatted(m, "budapest", true, BUDAPEST,
        "expected Budapest article number(s) such as \"2\", \"16-17\", \"2, 4\", or \"none\"");
    Boolean assessable = d.bool(m, "assessable");
    ScalarNode note = d.string(m, "assessable-note", false);
    boolean isAssessable = assessable == null || assessable;
    if (!isAssessable && note == null) {
      Field nf = m.field("assessable-note");
      if (nf == null) {
        d.errorAtKey(m, m.field("assessable"), "'assessable: false' needs an 'assessable-note' saying why");
      } else if (nf.value() instanceof ScalarNode s && s.type() == YamlTree.ScalarType.NULL) {
        d.errorAtKey(m, nf, "'assessable-note' must not be empty");
      }
    }
    if (isAssessable && note != null && assessable != null) {
      d.warningAtKey(m, m.field("assessable-note"), "'assessable-note' is ignored because 'assessable' is true");
    }
    if (elementList != null && !elementList.items().isEmpty() && elements.size() == elementList.items().size()
        && elements.stream().noneMatch(Element::required)) {
      d.warning(id != null ? id : m,
          "obligation has no required element: any provision that mentions its anchors would count as met");
    }

    if (d.errors.size() > errorsBefore || id == null || article == null || title == null || chapter == null
        || kind == null || strength == null || summary == null || recommendation == null || budapest == null) {
      return null;
    }
    Kind k = Kind.valueOf(kind.text().toUpperCase(Locale.ROOT));
    List<String> anchorIds = m.field("anchors") != null && !anchors.isEmpty()
        ? texts(anchors)
        : elements.isEmpty() ? List.of() : elements.get(0).concepts();
    return new Obligation(
        id.text(),
        stripZeros(article.text()),
        paragraph == null ? "" : paragraph.text(),
        title.text(),
        chapter.text(),
        k,
        Strength.valueOf(strength.text().toUpperCase(Locale.ROOT).replace('-', '_')),
        summary.text(),
        anchorIds,
        penalty != null ? penalty : k == Kind.OFFENCE,
        elements,
        options,
        texts(reservations),
        texts(implementedIn),
        recommendation.text(),
        budapest.text(),
        isAssessable,
        isAssessable || note == null ? "" : note.text());
  }

  private Element element(Node n, Map<String, ScalarNode> ids) {
    MapNode m = d.map(n, "an element");
    if (m == null) {
      return null;
    }
    d.unknownKeys(m, ELEMENT_KEYS, "element");
    ScalarNode id = uniqueLocalId(m, ids, "element");
    ScalarNode label = d.string(m, "label", true);
    Boolean required = d.bool(m, "required");
    List<ScalarNode> concepts = d.strings(m, "concepts", true, true);
    conceptRefs.addAll(concepts);
    if (id == null || label == null || concepts.isEmpty()) {
      return null;
    }
    return new Element(id.text(), label.text(), required == null || required, texts(concepts));
  }

  private OptionDef option(Node n, Map<String, ScalarNode> ids) {
    MapNode m = d.map(n, "an option");
    if (m == null) {
      return null;
    }
    d.unknownKeys(m, OPTION_KEYS, "option");
    ScalarNode id = uniqueLocalId(m, ids, "option");
    ScalarNode label = d.string(m, "label", true);
    List<ScalarNode> concepts = d.strings(m, "concepts", true, true);
    conceptRefs.addAll(concepts);
    if (id == null || label == null || concepts.isEmpty()) {
      return null;
    }
    return new OptionDef(id.text(), label.text(), texts(concepts));
  }

  private ScalarNode uniqueLocalId(MapNode m, Map<String, ScalarNode> ids, String what) {
    ScalarNode id = d.formatted(m, "id", true, ID, ID_FORMAT);
    if (id != null) {
      ScalarNode first = ids.putIfAbsent(id.text(), id);
      if (first != null) {
        d.error(id, "duplicate " + what + " id '" + id.text() + "' in this obligation (first at line "
            + first.line() + ")");
        return null;
      }
    }
    return id;
  }

  private static String where(ScalarNode first, ScalarNode dup) {
    return first.file().equals(dup.file())
        ? "line " + first.line()
        : first.file() + ":" + first.line();
  }

  private static String stripZeros(String digits) {
    return digits.replaceFirst("^0+(?=.)", "");
  }

  private static List<String> texts(List<ScalarNode> nodes) {
    List<String> out = new ArrayList<>(nodes.size());
    for (ScalarNode n : nodes) {
      out.add(n.text());
    }
    return out;
  }
}
