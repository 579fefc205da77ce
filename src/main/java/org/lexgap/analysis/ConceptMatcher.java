package org.lexgap.analysis;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lexgap.checklist.Checklist;
import org.lexgap.checklist.Concept;
import org.lexgap.language.LanguageAnalyzer;
import org.lexgap.language.Sentence;
import org.lexgap.language.Token;

/**
 * Finds a checklist's concepts in analysed sentences. Terms are matched on lemmas or stems, word by word, so
 * inflection and British/American spelling do not matter; "..." inside a term allows up to
 * {@value #MAX_GAP} words in between ("without ... authority" matches "without lawful authority"). Patterns
 * are RE2/J (linear time, safe on hostile checklists) over the lower-cased sentence.
 *
 * <p>Lookup is by the first word's stem and lemma, so cost is linear in the text, not in the vocabulary.
 */
public final class ConceptMatcher {

  static final int MAX_GAP = 4;
  private static final String GAP = "...";

  /** A concept found in a sentence: which words (as printed) and where (offsets into the sentence text). */
  public record Hit(String concept, String words, int start, int end) {}

  private record Word(String stem, String lemma) {}

  /** One term: a sequence of words, where a null entry is a gap. */
  private record Term(String concept, List<Word> words) {}

  private final LanguageAnalyzer nlp;
  private final Map<String, List<Term>> byKey = new HashMap<>();
  private final Map<String, List<Pattern>> patterns = new HashMap<>();
  private final Map<Pattern, LiteralGate> gates = new HashMap<>();

  /** A copy that can take a document's own defined terms without changing the original. */
  public ConceptMatcher copy() {
    ConceptMatcher c = new ConceptMatcher(nlp);
    byKey.forEach((k, v) -> c.byKey.put(k, new ArrayList<>(v)));
    c.patterns.putAll(patterns);
    c.gates.putAll(gates);
    return c;
  }

  private ConceptMatcher(LanguageAnalyzer nlp) {
    this.nlp = nlp;
  }

  public ConceptMatcher(Checklist checklist, LanguageAnalyzer nlp) {
    this.nlp = nlp;
    for (Concept c : checklist.concepts().values()) {
      for (String term : c.terms()) {
        addTerm(c.id(), term);
      }
      for (String p : c.patterns()) {
        Pattern compiled = Pattern.compile(p);
        patterns.computeIfAbsent(c.id(), k -> new ArrayList<>()).add(compiled);
        LiteralGate gate = LiteralGate.of(p);
        if (gate != null) {
          gates.put(compiled, gate);
        }
      }
    }
  }

  /** Adds a term for a concept (also used for a statute's own defined terms). */
  public void addTerm(String concept, String term) {
    List<Word> words = new ArrayList<>();
    for (String part : term.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
      if (part.equals(GAP)) {
        words.add(null);
        continue;
      }
      for (Token t : nlp.tokens(part)) {
        for (String piece : pieces(t.lower())) {
          words.add(new Word(nlp.stem(piece), piece.equals(t.lower()) ? t.lemma() : piece));
        }
      }
    }
    while (!words.isEmpty() && words.get(0) == null) {
      words.remove(0);
    }
    if (words.isEmpty()) {
      return;
    }
    Term t = new Term(concept, java.util.Collections.unmodifiableList(new ArrayList<>(words)));
    Word first = words.get(0);
    byKey.computeIfAbsent("s:" + first.stem(), k -> new ArrayList<>()).add(t);
    if (!first.lemma().equals(first.stem())) {
      byKey.computeIfAbsent("l:" + first.lemma(), k -> new ArrayList<>()).add(t);
    }
  }

  /** Hyphenated words match their parts: "real-time" and "real time" are the same term. */
  private static List<String> pieces(String lower) {
    if (lower.indexOf('-') <= 0 || lower.endsWith("-")) {
      return List.of(lower);
    }
    List<String> out = new ArrayList<>();
    for (String p : lower.split("-")) {
      if (!p.isEmpty()) {
        out.add(p);
      }
    }
    return out;
  }

  private static final java.util.Set<String> POSSESSIVE = java.util.Set.of("'s", "’s", "'", "’", "s'");

  /** A word-level view of a sentence: hyphenated tokens split, punctuation kept as barriers. */
  /** {@code piece} and {@code pieces}: position within a hyphenated word split into parts (0 of 1 if whole). */
  private record Slot(Token token, String stem, String lemma, boolean punct, int piece, int pieces) {}

  private List<Slot> slots(Sentence s) {
    List<Slot> out = new ArrayList<>(s.tokens().size());
    for (Token t : s.tokens()) {
      if (POSSESSIVE.contains(t.lower())) {
        // "subscriber's information" is "subscriber information"
        continue;
      }
      boolean punct = !Character.isLetterOrDigit(t.lower().charAt(0));
      List<String> ps = punct ? List.of(t.lower()) : pieces(t.lower());
      if (ps.size() == 1) {
        out.add(new Slot(t, t.stem(), t.lemma(), punct, 0, 1));
      } else {
        for (int k = 0; k < ps.size(); k++) {
          out.add(new Slot(t, nlp.stem(ps.get(k)), ps.get(k), false, k, ps.size()));
        }
      }
    }
    return out;
  }

  /** Every concept occurrence in the sentence; overlapping hits of different concepts are all kept. */
  public List<Hit> find(Sentence s) {
    List<Hit> hits = new ArrayList<>();
    List<Slot> slots = slots(s);
    for (int i = 0; i < slots.size(); i++) {
      Slot sl = slots.get(i);
      if (sl.punct()) {
        continue;
      }
      List<Term> cands = new ArrayList<>(byKey.getOrDefault("s:" + sl.stem(), List.of()));
      cands.addAll(byKey.getOrDefault("l:" + sl.lemma(), List.of()));
      boolean negated = negated(slots, i);
      for (Term t : cands) {
        if (negated && !NEGATORS.contains(t.words().get(0).lemma())) {
          continue;
        }
        int end = matchAt(t, slots, i);
        // a term must take a hyphenated word whole: "aids" is not in "foreign-aided"
        if (end >= 0 && (sl.piece() > 0 || slots.get(end).piece() < slots.get(end).pieces() - 1)) {
          continue;
        }
        if (end >= 0) {
          int from = slots.get(i).token().start() - s.start();
          int to = slots.get(end).token().end() - s.start();
          hits.add(new Hit(t.concept(), s.text().substring(from, to), from, to));
        }
      }
    }
    if (!patterns.isEmpty()) {
      String lower = s.text().toLowerCase(Locale.ROOT);
      // lower-casing can change the length (e.g. a dotted capital I): then quote the lower-cased words
      String quoted = lower.length() == s.text().length() ? s.text() : lower;
      for (Map.Entry<String, List<Pattern>> e : patterns.entrySet()) {
        for (Pattern p : e.getValue()) {
          LiteralGate gate = gates.get(p);
          if (gate != null && !gate.admits(lower)) {
            continue;
          }
          Matcher m = p.matcher(lower);
          if (m.find()) {
            hits.add(new Hit(e.getKey(), quoted.substring(m.start(), m.end()), m.start(), m.end()));
          }
        }
      }
    }
    return hits;
  }

  private static final java.util.Set<String> NEGATORS = java.util.Set.of("without", "no");
  private static final java.util.Set<String> DETERMINERS =
      java.util.Set.of("a", "an", "any", "the", "prior", "such", "first", "obtaining", "having");

  /**
   * "without a warrant", "no court order": the word is mentioned to be absent, so it is no evidence of the
   * concept (terms that themselves start with the negator, like "without authority", still match).
   */
  private static boolean negated(List<Slot> slots, int i) {
    for (int k = i - 1, seen = 0; k >= 0 && seen < 3; k--, seen++) {
      Slot p = slots.get(k);
      if (p.punct()) {
        return false;
      }
      if (NEGATORS.contains(p.lemma()) || NEGATORS.contains(p.token().lower())) {
        return true;
      }
      if (!DETERMINERS.contains(p.token().lower())) {
        return false;
      }
    }
    return false;
  }

  /** Returns the index of the last slot matched, or -1. */
  private static int matchAt(Term t, List<Slot> slots, int i) {
    int pos = i;
    int last = -1;
    List<Word> ws = t.words();
    for (int w = 0; w < ws.size(); w++) {
      Word word = ws.get(w);
      if (word == null) {
        // a gap: find the next word within MAX_GAP slots, not across punctuation that ends a clause
        Word next = ws.get(++w);
        int limit = Math.min(slots.size(), pos + MAX_GAP + 1);
        int found = -1;
        for (int k = pos; k < limit; k++) {
          Slot sl = slots.get(k);
          if (sl.punct() && (sl.lemma().equals(";") || sl.lemma().equals(":") || sl.lemma().equals("."))) {
            break;
          }
          if (!sl.punct() && (next.stem().equals(sl.stem()) || next.lemma().equals(sl.lemma()))) {
            found = k;
            break;
          }
        }
        if (found < 0) {
          return -1;
        }
        last = found;
        pos = found + 1;
        continue;
      }
      if (pos >= slots.size()) {
        return -1;
      }
      Slot sl = slots.get(pos);
      if (sl.punct() || !(word.stem().equals(sl.stem()) || word.lemma().equals(sl.lemma()))) {
        return -1;
      }
      last = pos;
      pos++;
    }
    return last;
  }
}
