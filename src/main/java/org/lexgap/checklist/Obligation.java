package org.lexgap.checklist;

import java.util.List;

/**
 * One duty of the treaty, checked on its own.
 *
 * @param id stable id starting with the article: "UNCC-7", "UNCC-24-judicial-review"
 * @param article article number as a string ("7", "24")
 * @param paragraph paragraph of the article, "" when the whole article
 * @param chapter treaty chapter in Roman numerals ("II")
 * @param anchors concepts of which at least one must occur for a provision to be a candidate at all
 * @param penaltyRequired offences: a provision counts only when a penalty attaches to it
 * @param implementedIn where national law usually implements it: cybercrime-act, penal-code,
 *     criminal-procedure-code, aml-law, mla-law, extradition-law, data-protection-law, constitution, regulation
 * @param budapest the Budapest Convention article it corresponds to, or "none"
 * @param assessable false when the obligation is usually met outside statutes (an administrative act):
 *     the verdict is then "not-assessable" with {@code assessableNote} as the reason
 */
public record Obligation(
    String id,
    String article,
    String paragraph,
    String title,
    String chapter,
    Kind kind,
    Strength strength,
    String summary,
    List<String> anchors,
    boolean penaltyRequired,
    List<Element> elements,
    List<OptionDef> options,
    List<String> reservations,
    List<String> implementedIn,
    String recommendation,
    String budapest,
    boolean assessable,
    String assessableNote) {

  public Obligation {
    anchors = List.copyOf(anchors);
    elements = List.copyOf(elements);
    options = List.copyOf(options);
    reservations = List.copyOf(reservations);
    implementedIn = List.copyOf(implementedIn);
  }

  public List<Element> requiredElements() {
    return elements.stream().filter(Element::required).toList();
  }
}
