package org.lexgap.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.lexgap.structure.Provision;
import org.lexgap.structure.StructuredDocument;

/**
 * What a person gets by searching each statute for an article's key words: the yardstick lexgap has to beat.
 * A section hits an article when, for each of the article's keyword groups, it contains (case-insensitively,
 * as a substring) at least one of the group's words. The article is "met" when any section hits (a word
 * search cannot tell partial from met), "missing" otherwise; the cited provisions are every section that hits.
 */
public final class GrepBaseline {

  public static final String NAME = "grep";

  /** Article -> groups that must all match within one section -> alternatives within a group. Fixed. */
  public static final Map<String, List<List<String>>> KEYWORDS = keywords();

  private GrepBaseline() {}

  private static Map<String, List<List<String>>> keywords() {
    Map<String, List<List<String>>> k = new LinkedHashMap<>();
    k.put("7", List.of(List.of("access")));
    k.put("8", List.of(List.of("intercept")));
    k.put("9", List.of(List.of("data"), List.of("delet", "alter", "damag")));
    k.put("10", List.of(List.of("interfer", "hinder", "obstruct")));
    k.put("11", List.of(List.of("device", "password", "access code")));
    k.put("12", List.of(List.of("forg")));
    k.put("13", List.of(List.of("fraud")));
    k.put("14", List.of(List.of("child pornograph", "child sexual abuse")));
    k.put("15", List.of(List.of("groom", "solicit")));
    k.put("16", List.of(List.of("intimate image")));
    k.put("17", List.of(List.of("launder")));
    k.put("18", List.of(List.of("body corporate", "legal person", "company")));
    k.put("19", List.of(List.of("abet", "attempt")));
    k.put("22", List.of(List.of("jurisdiction")));
    k.put("24", List.of(List.of("warrant", "court order")));
    k.put("25", List.of(List.of("preserv")));
    k.put("26", List.of(List.of("traffic data")));
    k.put("27", List.of(List.of("production order", "produce")));
    k.put("28", List.of(List.of("search")));
    k.put("29", List.of(List.of("real-time", "real time")));
    k.put("30", List.of(List.of("intercept")));
    k.put("37", List.of(List.of("extradit")));
    k.put("40", List.of(List.of("mutual assistance", "mutual legal")));
    k.put("41", List.of(List.of("24/7", "point of contact")));
    k.put("42", List.of(List.of("preserv"), List.of("foreign")));
    return java.util.Collections.unmodifiableMap(k);
  }

  /** Predictions for every article in {@link #KEYWORDS}; other articles are left out (scored as missing). */
  public static Map<String, ArticlePrediction> predict(List<StructuredDocument> documents) {
    Map<String, TreeMap<String, EvidenceRef>> hits = new LinkedHashMap<>();
    KEYWORDS.keySet().forEach(a -> hits.put(a, new TreeMap<>(ProvisionRefs.ORDER)));
    for (StructuredDocument d : documents) {
      for (Provision s : d.sections()) {
        String number = ProvisionRefs.normalise(s.section() != null ? s.section() : s.num());
        if (number.isEmpty()) {
          continue;
        }
        String text = (s.heading() == null ? "" : s.heading() + "\n") + s.fullText();
        String lower = text.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, List<List<String>>> e : KEYWORDS.entrySet()) {
          int at = match(lower, e.getValue());
          if (at >= 0) {
            // lower-casing can change the length (rare letters); quote the lower-cased text then
            String src = lower.length() == text.length() ? text : lower;
            hits.get(e.getKey()).putIfAbsent(number, EvidenceRef.of(s.ref(), snippet(src, at)));
          }
        }
      }
    }
    Map<String, ArticlePrediction> out = new LinkedHashMap<>();
    hits.forEach((article, h) -> out.put(article, h.isEmpty()
        ? new ArticlePrediction(ArticleStatus.MISSING, List.of(), List.of())
        : new ArticlePrediction(ArticleStatus.MET, List.copyOf(h.keySet()),
            List.of(new Support(NAME, "met", List.of(), new ArrayList<>(h.values()))))));
    return out;
  }

  /** Index of the first group's first hit when every group has a hit, else -1. */
  static int match(String lower, List<List<String>> groups) {
    int first = -1;
    for (List<String> group : groups) {
      int best = -1;
      for (String word : group) {
        int i = lower.indexOf(word);
        if (i >= 0 && (best < 0 || i < best)) {
          best = i;
        }
      }
      if (best < 0) {
        return -1;
      }
      if (first < 0) {
        first = best;
      }
    }
    return first;
  }

  /** The text around a hit, starting a little before it so the quote reads as context. */
  private static String snippet(String text, int at) {
    int start = Math.max(0, at - 30);
    return (start > 0 ? "…" : "") + text.substring(start, Math.min(text.length(), start + EvidenceRef.MAX_QUOTE));
  }
}
