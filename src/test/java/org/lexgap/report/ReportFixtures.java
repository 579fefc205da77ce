package org.lexgap.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lexgap.analysis.DocumentSummary;
import org.lexgap.analysis.ElementMatch;
import org.lexgap.analysis.Evidence;
import org.lexgap.analysis.Finding;
import org.lexgap.analysis.GapReport;
import org.lexgap.analysis.Status;
import org.lexgap.analysis.Summary;
import org.lexgap.checklist.Checklist;
import org.lexgap.checklist.Concept;
import org.lexgap.checklist.Element;
import org.lexgap.checklist.Kind;
import org.lexgap.checklist.Obligation;
import org.lexgap.checklist.OptionDef;
import org.lexgap.checklist.Strength;
import org.lexgap.read.ExtractionIssue;

/**
 * Hand-built reports for the renderer tests (the analysis that produces real ones is built elsewhere).
 * {@link #sample()} has six obligations in chapters II and IV covering every status, a waiver, PDF (page)
 * and text (line) evidence, French and Arabic text, and one finding full of hostile strings.
 * {@link #hostile()} puts an attack in every string field a renderer prints.
 */
final class ReportFixtures {

  static final String PDF = "statutes/cybercrime-act-2021.pdf";
  static final String TXT = "statutes/code-pénal.txt";

  static final String SCRIPT = "<script>alert(1)</script>";
  static final String ATTR = "\" onmouseover=alert(1) x=\"";
  static final String JS_LINK = "[click](javascript:alert(1)) <a href=\"javascript:alert(1)\">x</a>";
  static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"x\")";
  static final String MD_BREAK = "a | b *c* _d_ `e` <b>f</b>";
  static final String ARABIC = "يعاقب كل من دخل عمداً إلى نظام معلوماتي دون وجه حق";

  private ReportFixtures() {}

  static GapReport sample() {
    Checklist checklist = new Checklist("un-cybercrime-convention", "UN Convention against Cybercrime",
        "United Nations Convention against Cybercrime", "0.4.0", "A/RES/79/243, annex", "en",
        "embedded:un-cybercrime-convention", concepts(), List.of(
            obligation("UNCC-7", "7", "1", "Illegal access", "II", Kind.OFFENCE, Strength.MANDATORY_WITH_OPTIONS,
                "Art. 2"),
            obligation("UNCC-8", "8", "1", "Illegal interception", "II", Kind.OFFENCE,
                Strength.MANDATORY_WITH_OPTIONS, "Art. 3"),
            obligation("UNCC-16", "16", "1", "Non-consensual dissemination of intimate images", "II",
                Kind.OFFENCE, Strength.MANDATORY_WITH_OPTIONS, "none"),
            obligation("UNCC-24", "24", "", "Conditions and safeguards", "IV", Kind.SAFEGUARD, Strength.MANDATORY,
                "Art. 15"),
            obligation("UNCC-25", "25", "", "Expedited preservation of stored electronic data", "IV", Kind.POWER,
                Strength.MANDATORY, "Art. 16"),
            obligation("UNCC-28", "28", "", "Search and seizure of stored electronic data", "IV", Kind.POWER,
                Strength.MANDATORY, "Art. 19")));

    List<DocumentSummary> documents = List.of(
        new DocumentSummary(PDF, "pdf", 14, 52, 11, List.of(
            new ExtractionIssue(7, "no text layer (scanned image?)"),
            new ExtractionIssue(8, "no text layer (scanned image?)"))),
        new DocumentSummary(TXT, "text", 0, 310, 4, List.of()));

    List<Finding> findings = new ArrayList<>();
    findings.add(new Finding("UNCC-7", "7", "1", "Illegal access", "II", "offence", "mandatory-with-options",
        Status.PARTIAL, 0.8, List.of("without right"), List.of("intent", "access"),
        List.of("infringing security measures"), List.of("5"),
        List.of(
            new Evidence(PDF, "s. 5(1)(a)", "5", 3, null,
                "A person who intentionally accesses the whole or any part of a computer system by infringing "
                    + "security measures commits an offence and is liable to imprisonment for 3 years.",
                List.of(new ElementMatch("intent", "intention", List.of("intentionally")),
                    new ElementMatch("access", "access", List.of("access")),
                    new ElementMatch("security", "security-measures", List.of("infringing security measures"))))),
        "Access is criminalised only when security measures are infringed, and 'without right' is not stated.",
        "State that the access must be without right, e.g. \"without authorization\".", "Art. 2", null));
    findings.add(new Finding("UNCC-8", "8", "1", "Illegal interception", "II", "offence",
        "mandatory-with-options", Status.MET, 0.9, List.of(), List.of("intent", "without right", "interception"),
        List.of(), List.of("6", "323-1"),
        List.of(
            new Evidence(PDF, "s. 6", "6", 4, null,
                "Any person who intentionally and without authorization intercepts non-public transmissions of "
                    + "computer data commits an offence.",
                List.of(new ElementMatch("intent", "intention", List.of("intentionally")),
                    new ElementMatch("without-right", "without-right", List.of("without authorization")),
                    new ElementMatch("interception", "intercept", List.of("intercepts")))),
            new Evidence(TXT, "art. 323-1", "323-1", null, 1204,
                "Le fait d'intercepter frauduleusement des données électroniques est puni de deux ans "
                    + "d'emprisonnement; " + ARABIC + ".",
                List.of(new ElementMatch("interception", "intercept", List.of("intercepter")),
                    new ElementMatch("without-right", "without-right", List.of("frauduleusement", "دون وجه حق"))))),
        null, "None needed.", "Art. 3", null));
    findings.add(new Finding("UNCC-16", "16", "1", "Non-consensual dissemination of intimate images", "II",
        "offence", "mandatory-with-options", Status.MISSING, 0.7, List.of("intimate image", "without consent"),
        List.of(), List.of(), List.of(), List.of(), "Not found in these documents.",
        "Create an offence of distributing an intimate image of a person without that person's consent.",
        "none", null));
    findings.add(new Finding("UNCC-24", "24", "", "Conditions and safeguards", "IV", "safeguard", "mandatory",
        Status.NOT_ASSESSABLE, 0.5, List.of(), List.of(), List.of(), List.of(), List.of(),
        "Usually met by the constitution and general criminal procedure; review by hand.",
        "Confirm that every power in Chapter IV is subject to judicial or other independent review.",
        "Art. 15", null));
    findings.add(new Finding("UNCC-25", "25", "", "Expedited preservation of stored electronic data", "IV",
        "power", "mandatory", Status.MISSING, 0.75, List.of("preservation order", "up to 90 days"), List.of(),
        List.of(), List.of(), List.of(), "Not found in these documents.",
        "Empower a competent authority to order the expeditious preservation of specified stored data.",
        "Art. 16",
        new Finding.Waiver("UNCC-25", "Covered by the Telecommunications Regulation 2023, reg. 14.",
            "regulation", "2026-12-31")));
    findings.add(new Finding("UNCC-28", "28", "", "Search and seizure of stored electronic data", "IV", "power",
        "mandatory", Status.MET, 0.85, List.of(), List.of("search", "seizure"), List.of(), List.of("12"),
        List.of(new Evidence(TXT, "s. 12", "12", null, 88,
            "- Officers may search and seize stored data " + SCRIPT + " " + ATTR + " " + JS_LINK + " "
                + MD_BREAK + " " + FORMULA + " & more",
            List.of(new ElementMatch("search", "search", List.of("search")),
                new ElementMatch("seizure", "seize", List.of("seize")),
                new ElementMatch("script", "x", List.of("<script>")))),
            new Evidence(TXT, "s. 12(2)", "12", null, 91, "Seized data shall be returned.", List.of())),
        null, FORMULA, "Art. 19", null));

    Map<String, Summary.Counts> byChapter = new LinkedHashMap<>();
    byChapter.put("II", new Summary.Counts(3, 1, 1, 1, 0));
    byChapter.put("IV", new Summary.Counts(3, 1, 0, 1, 1));
    Summary summary = new Summary(6, 2, 1, 2, 1, 1, 0.5, byChapter);
    return new GapReport(checklist, documents, findings, summary);
  }

  /** Every printed string is an attack (or right-to-left text), to test escaping in one place. */
  static GapReport hostile() {
    String all = SCRIPT + ATTR + JS_LINK + MD_BREAK;
    Checklist checklist = new Checklist(SCRIPT, SCRIPT + " checklist", SCRIPT, ATTR, JS_LINK, "en", SCRIPT,
        concepts(), List.of(obligation("UNCC-" + SCRIPT, SCRIPT, ATTR, all, "II", Kind.OFFENCE,
            Strength.MANDATORY, all)));
    List<DocumentSummary> documents = List.of(new DocumentSummary("statutes/" + SCRIPT + ATTR + ".pdf",
        SCRIPT, 2, 1, 0, List.of(new ExtractionIssue(1, all), new ExtractionIssue(null, ARABIC + all))));
    Finding f = new Finding("UNCC-" + SCRIPT, SCRIPT, ATTR, all, SCRIPT, SCRIPT, ATTR, Status.PARTIAL, 0.333,
        List.of(all), List.of(ATTR), List.of(JS_LINK), List.of(SCRIPT),
        List.of(new Evidence("statutes/" + SCRIPT + ".pdf", all, SCRIPT, 1, null,
            ARABIC + " " + all + " " + FORMULA, List.of(new ElementMatch(all, all,
                List.of("script", "onmouseover", "javascript", "عمداً", "<b>"))))),
        all, FORMULA + all, JS_LINK, new Finding.Waiver(SCRIPT, all, JS_LINK, ATTR));
    Finding g = new Finding("-1+1", "@SUM(A1)", "+", "\tTab", "II", "offence", "mandatory", Status.MISSING,
        0.1, List.of("=1+1", "a\r\nb"), List.of(), List.of(), List.of("\"quoted\", with comma"), List.of(),
        "line\nbreak", "@cmd", "=2", null);
    Map<String, Summary.Counts> byChapter = new LinkedHashMap<>();
    byChapter.put(SCRIPT, new Summary.Counts(1, 0, 1, 0, 0));
    byChapter.put("II", new Summary.Counts(1, 0, 0, 1, 0));
    return new GapReport(checklist, documents, List.of(f, g), new Summary(2, 0, 1, 1, 0, 1, 0.25, byChapter));
  }

  /** No documents, no findings: renderers must still produce a valid, honest report. */
  static GapReport empty() {
    Checklist checklist = new Checklist("empty", "Empty checklist", "None", "0", "none", "en", "test",
        Map.of(), List.of());
    return new GapReport(checklist, List.of(), List.of(), new Summary(0, 0, 0, 0, 0, 0, 0.0, Map.of()));
  }

  private static Map<String, Concept> concepts() {
    Map<String, Concept> m = new LinkedHashMap<>();
    m.put("access", new Concept("access", "access", List.of("access"), List.of()));
    return m;
  }

  private static Obligation obligation(String id, String article, String paragraph, String title,
      String chapter, Kind kind, Strength strength, String budapest) {
    return new Obligation(id, article, paragraph, title, chapter, kind, strength, title + ".",
        List.of("access"), kind == Kind.OFFENCE,
        List.of(new Element("core", "core conduct", true, List.of("access"))),
        List.of(new OptionDef("opt", "an allowed narrowing", List.of("access"))), List.of(),
        List.of("cybercrime-act"), "Implement " + title + ".", budapest, kind != Kind.SAFEGUARD,
        kind == Kind.SAFEGUARD ? "Usually met outside statutes." : null);
  }
}
