package org.lexgap.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lexgap.analysis.Analyzer;
import org.lexgap.analysis.DocumentSummary;
import org.lexgap.analysis.ElementMatch;
import org.lexgap.analysis.Evidence;
import org.lexgap.analysis.Finding;
import org.lexgap.analysis.GapReport;
import org.lexgap.analysis.Status;
import org.lexgap.checklist.Checklist;
import org.lexgap.checklist.Element;
import org.lexgap.checklist.Kind;
import org.lexgap.checklist.Obligation;
import org.lexgap.checklist.Strength;

/** Small hand-built checklists and reports for the config, diff and report tests. */
public final class Fixtures {

  private Fixtures() {}

  public static final String BILL = "bill.md";

  /** Four obligations over two chapters; UNCC-40 is not assessable. */
  public static Checklist checklist() {
    return new Checklist("uncc-test", "Test checklist", "UN Convention against Cybercrime", "1.0",
        "A/RES/79/243, annex", "en", "embedded:uncc-test", Map.of(), List.of(
            obligation("UNCC-7", "7", "Illegal access", "II", Kind.OFFENCE, true),
            obligation("UNCC-8", "8", "Illegal interception", "II", Kind.OFFENCE, true),
            obligation("UNCC-24", "24", "Conditions and safeguards", "IV", Kind.SAFEGUARD, true),
            obligation("UNCC-40", "40", "General principles of mutual legal assistance", "V", Kind.COOPERATION,
                false)));
  }

  static Obligation obligation(String id, String article, String title, String chapter, Kind kind,
      boolean assessable) {
    return new Obligation(id, article, "", title, chapter, kind, Strength.MANDATORY, title + " summary",
        List.of("access"), kind == Kind.OFFENCE,
        List.of(new Element("conduct", "the conduct", true, List.of("access")),
            new Element("intent", "intent", true, List.of("intent"))),
        List.of(), List.of(), List.of("cybercrime-act"), "Make " + title.toLowerCase() + " a criminal offence.",
        "2", assessable, assessable ? null : "met by administrative arrangements");
  }

  /** A finding for an obligation of {@link #checklist()} with the given status and cited sections. */
  public static Finding finding(String id, Status status, List<String> provisions, List<String> missing) {
    Obligation o = checklist().obligation(id).orElseThrow();
    List<Evidence> ev = new ArrayList<>();
    int line = 10;
    for (String p : provisions) {
      ev.add(new Evidence(BILL, "s. " + p + "(1)", p, null, line, "A person who accesses a computer system "
          + "without right commits an offence under section " + p + ".",
          List.of(new ElementMatch("the conduct", "access", List.of("accesses")))));
      line += 10;
    }
    String note = status == Status.MET ? null : status == Status.NOT_ASSESSABLE ? o.assessableNote()
        : provisions.isEmpty() ? "not found in these documents" : "missing: " + String.join("; ", missing);
    return new Finding(o.id(), o.article(), o.paragraph(), o.title(), o.chapter(), o.kind().id(),
        o.strength().id(), status, 0.8, missing, List.of("the conduct"), List.of(), provisions, ev, note,
        o.recommendation(), o.budapest(), null);
  }

  public static GapReport report(List<Finding> findings) {
    return new GapReport(checklist(), List.of(new DocumentSummary(BILL, "md", 0, 12, 3, List.of())), findings,
        Analyzer.summary(findings));
  }

  /** UNCC-7 partial (s. 5), UNCC-8 missing, UNCC-24 met (s. 20), UNCC-40 not assessable. */
  public static GapReport sample() {
    return report(List.of(
        finding("UNCC-7", Status.PARTIAL, List.of("5"), List.of("intent")),
        finding("UNCC-8", Status.MISSING, List.of(), List.of("the conduct", "intent")),
        finding("UNCC-24", Status.MET, List.of("20"), List.of()),
        finding("UNCC-40", Status.NOT_ASSESSABLE, List.of(), List.of())));
  }
}
