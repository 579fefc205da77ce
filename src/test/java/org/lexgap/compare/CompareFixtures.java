package org.lexgap.compare;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lexgap.analysis.Analyzer;
import org.lexgap.analysis.DocumentSummary;
import org.lexgap.analysis.Finding;
import org.lexgap.analysis.GapReport;
import org.lexgap.analysis.Status;
import org.lexgap.checklist.Checklist;
import org.lexgap.checklist.Concept;
import org.lexgap.checklist.Element;
import org.lexgap.checklist.Kind;
import org.lexgap.checklist.Obligation;
import org.lexgap.checklist.Strength;
import org.lexgap.read.ExtractionIssue;

/**
 * Hand-built country reports for the model and renderer tests. The checklist has five articles: 7 (one
 * obligation), 14 (two paragraphs), 19 (a mandatory and an optional paragraph), 24 (a safeguard that is often
 * not assessable) and 2 (optional definitions only).
 */
final class CompareFixtures {

  static final String SCRIPT = "<script>alert(1)</script>";
  static final String ATTR = "\" onmouseover=alert(1) x=\"";
  static final String ARABIC = "مصر";

  private CompareFixtures() {}

  static Checklist checklist() {
    Map<String, Concept> concepts = new LinkedHashMap<>();
    concepts.put("access", new Concept("access", "access", List.of("access"), List.of()));
    return new Checklist("mini", "Mini convention", "Mini", "1.0", "text 1", "en", "test", concepts, List.of(
        obligation("M-2", "2", "a", "Definition of system", "I", Strength.OPTIONAL),
        obligation("M-7", "7", "", "Illegal access", "II", Strength.MANDATORY),
        obligation("M-14-a", "14", "1(a)", "Producing abuse material", "II", Strength.MANDATORY),
        obligation("M-14-b", "14", "1(b)", "Possessing abuse material", "II", Strength.MANDATORY),
        obligation("M-19", "19", "1", "Participation", "II", Strength.MANDATORY),
        obligation("M-19-attempt", "19", "2", "Attempt", "II", Strength.OPTIONAL),
        obligation("M-24", "24", "", "Safeguards", "IV", Strength.MANDATORY)));
  }

  /** Statuses in checklist order: M-2, M-7, M-14-a, M-14-b, M-19, M-19-attempt, M-24. */
  static Comparison.CountryResult country(String name, String code, Status... statuses) {
    Checklist c = checklist();
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < statuses.length; i++) {
      Obligation o = c.obligations().get(i);
      Status s = statuses[i];
      List<String> provisions = s == Status.MET || s == Status.PARTIAL ? List.of(Integer.toString(i + 3))
          : List.of();
      findings.add(new Finding(o.id(), o.article(), o.paragraph(), o.title(), o.chapter(), "offence",
          o.strength().id(), s, 0.8, List.of(), List.of(), List.of(), provisions, List.of(), null, "Do it.",
          "none", null));
    }
    GapReport report = new GapReport(c, List.of(new DocumentSummary(name.toLowerCase() + "/act.pdf", "pdf", 12,
        40, 5, name.equals("Beta") ? List.of(new ExtractionIssue(3, "no text layer")) : List.of())),
        findings, Analyzer.summary(findings));
    return new Comparison.CountryResult(new Country(name, code, List.of(Path.of(name)), name), report);
  }

  /** Three countries with every cell status and a tie in the common-gap ranking. */
  static Comparison sample() {
    Status met = Status.MET;
    Status par = Status.PARTIAL;
    Status mis = Status.MISSING;
    Status na = Status.NOT_ASSESSABLE;
    return Comparison.of(checklist(), List.of(
        country("Alpha", "AL", met, met, met, met, mis, mis, met),
        country("Beta", null, mis, met, par, mis, mis, met, na),
        country("Gamma", "GA", met, mis, mis, mis, par, met, par)));
  }

  /** A comparison where every string a renderer prints is an attack or right-to-left text. */
  static Comparison hostile() {
    Status met = Status.MET;
    Status mis = Status.MISSING;
    return Comparison.of(checklist(), List.of(
        country(SCRIPT, ATTR, met, mis, met, mis, mis, mis, mis),
        country(ARABIC + " " + ATTR, "EG", mis, mis, mis, mis, mis, mis, mis),
        country("=HYPERLINK(\"http://evil.example\")", null, met, met, met, met, met, met, met)));
  }

  private static Obligation obligation(String id, String article, String paragraph, String title, String chapter,
      Strength strength) {
    return new Obligation(id, article, paragraph, title, chapter, Kind.OFFENCE, strength, title + ".",
        List.of("access"), false, List.of(new Element("core", "core", true, List.of("access"))), List.of(),
        List.of(), List.of("cybercrime-act"), "Do it.", "none", true, null);
  }
}
