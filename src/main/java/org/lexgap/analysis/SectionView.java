package org.lexgap.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.lexgap.structure.Provision;

/**
 * One top-level section/article prepared for matching: its sentences with the concepts found in them, and
 * what kind of provision it is (interpretation, repealed, offence-creating, penalty-bearing). Built once per
 * run, then consulted by every obligation through the concept index.
 */
final class SectionView {

  /** A sentence of the section (or of one of its sub-provisions) and the concepts in it. */
  record Unit(Provision node, String text, List<ConceptMatcher.Hit> hits, boolean exception) {}

  // Fixed recognisers of drafting conventions (our own patterns, not user input).
  static final Pattern PENALTY = Pattern.compile(
      "\\b(imprisonment|imprisoned|penal servitude|liable,? (on|upon|to) (summary )?conviction"
          + "|liable to (a )?(fine|penalty|imprisonment)|fine (of|not exceeding|not less than|up to)|fined"
          + "|penalty of|(punished|punishable) (with|by))\\b",
      Pattern.CASE_INSENSITIVE);
  static final Pattern OFFENCE = Pattern.compile(
      "\\b(commits? (an |the )?offen[cs]e|guilty of|shall be guilty|is guilty|(is|shall be|be) an offen[cs]e"
          + "|constitutes? (an |the )?offen[cs]e|punishable|punished|(shall be|is|be) liable|liable (to|on|upon))\\b",
      Pattern.CASE_INSENSITIVE);
  static final Pattern EXCEPTION = Pattern.compile(
      "^\\W*(\\(\\w{1,5}\\)\\s*)*(nothing in this|this (section|article|part) (shall|does) not apply|"
          + "(sub)?section \\(?\\w+\\)? (shall|does) not apply|it (is|shall be) a defen[cs]e|"
          + "shall not (be|constitute) an offen[cs]e|is not an offen[cs]e|no person shall be liable)",
      Pattern.CASE_INSENSITIVE);
  /** Offences of not obeying a power (non-compliance, obstruction) do not make a section offence-creating. */
  static final Pattern NON_COMPLIANCE = Pattern.compile(
      "\\b(fails? to comply|failure to comply|non-?compliance|refuses? to comply|contravenes? (an?|the|such|any)"
          + " (order|notice|direction|warrant|requirement)|(obstructs?|hinders?|obstructing|hindering) (an?|the|"
          + "any) (\\w+ )?(officer|person|investigat|police|authori[sz]ed))", Pattern.CASE_INSENSITIVE);
  /** Language that confers an investigative power. */
  static final Pattern POWER = Pattern.compile(
      "\\b(may|shall|is empowered to|has power to|shall have power to)\\b[^.;]{0,120}?\\b(order|apply|issue|"
          + "authori[sz]e|require|direct|request|search|seize|enter|intercept|collect|record|compel|grant|"
          + "make an order|preserve|disclose|obtain)|\\bwarrant\\b|\\bpowers? (to|of)\\b",
      Pattern.CASE_INSENSITIVE);
  static final Pattern INTERPRETATION_HEADING = Pattern.compile(
      "\\b(interpretation|definitions?|meaning of|use of terms|terms used)\\b", Pattern.CASE_INSENSITIVE);
  /** Preliminary sections that describe the Act rather than make law: never evidence. */
  static final Pattern PRELIMINARY_HEADING = Pattern.compile(
      "^\\W*(short title|title|citation|commencement|declaration of policy|(general )?objects?|purposes?|"
          + "preamble|long title)(\\b|$)(?!.*\\b(offen|jurisdiction|application))",
      Pattern.CASE_INSENSITIVE);
  static final Pattern INTERPRETATION_TEXT = Pattern.compile(
      "^\\W*(\\(\\w+\\)\\s*)?(in|for the purposes? of) this (act|part|code|chapter|law|title|ordinance)"
          + "[^.]{0,60}(requires|otherwise|indicates)", Pattern.CASE_INSENSITIVE);
  static final Pattern REPEALED = Pattern.compile(
      "^\\W*(repealed|omitted|deleted|\\[repealed)", Pattern.CASE_INSENSITIVE);

  final String document;
  final Provision section;
  final int order;
  final List<Unit> units;
  final Map<String, List<Unit>> byConcept = new HashMap<>();
  final List<ConceptMatcher.Hit> headingHits;
  final java.util.Set<String> headingStems;
  final boolean interpretation;
  final boolean repealed;
  final boolean offenceLike;
  final boolean ownPenalty;
  /** The view of the whole section when this view is one part of a bundled section, else null. */
  final SectionView whole;
  final boolean confersPower;
  /** The heading that introduces this view: the section's, or a part's inline lead-in. */
  final String heading;

  SectionView(String document, Provision section, int order, List<Unit> units,
      List<ConceptMatcher.Hit> headingHits, java.util.Set<String> headingStems, String heading,
      SectionView whole) {
    this.headingStems = java.util.Set.copyOf(headingStems);
    this.heading = heading;
    this.document = document;
    this.section = section;
    this.order = order;
    this.units = List.copyOf(units);
    this.headingHits = List.copyOf(headingHits);
    for (Unit u : units) {
      if (u.exception()) {
        continue;
      }
      for (ConceptMatcher.Hit h : u.hits()) {
        List<Unit> l = byConcept.computeIfAbsent(h.concept(), k -> new ArrayList<>());
        if (l.isEmpty() || l.get(l.size() - 1) != u) {
          l.add(u);
        }
      }
    }
    String sectionHeading = section.heading() == null ? "" : section.heading();
    String full = section.fullText();
    this.interpretation = INTERPRETATION_HEADING.matcher(sectionHeading).find()
        || INTERPRETATION_TEXT.matcher(full).find();
    this.repealed = REPEALED.matcher(full).find() && full.length() < 300
        || REPEALED.matcher(sectionHeading).find() || PRELIMINARY_HEADING.matcher(sectionHeading).find();
    boolean offence = false;
    boolean penalty = false;
    boolean power = false;
    for (Unit u : units) {
      if (u.exception()) {
        continue;
      }
      power |= POWER.matcher(u.text()).find();
      if (NON_COMPLIANCE.matcher(u.text()).find()) {
        continue;
      }
      offence |= OFFENCE.matcher(u.text()).find();
      penalty |= PENALTY.matcher(u.text()).find();
    }
    this.confersPower = power || whole != null && whole.confersPower;
    // a part of a bundled section shares the section's offence wording and penalty
    this.offenceLike = offence || penalty || whole != null && whole.offenceLike;
    this.ownPenalty = penalty;
    this.whole = whole;
  }

  String num() {
    return section.section() != null ? section.section() : section.num();
  }

  boolean has(String concept) {
    return byConcept.containsKey(concept);
  }

  boolean headingHas(String concept) {
    for (ConceptMatcher.Hit h : headingHits) {
      if (h.concept().equals(concept)) {
        return true;
      }
    }
    return false;
  }
}
