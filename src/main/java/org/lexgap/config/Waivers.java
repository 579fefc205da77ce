package org.lexgap.config;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lexgap.analysis.Analyzer;
import org.lexgap.analysis.Finding;
import org.lexgap.analysis.GapReport;
import org.lexgap.yaml.Suggest;

/**
 * Applies waivers to a report. A waiver marks a gap as accepted (the finding keeps its status and gains the
 * waiver; renderers show it as waived and {@code --fail-on} ignores it). A waiver that no longer matches a gap
 * is reported rather than silently kept, so stale waivers get pruned.
 */
public final class Waivers {

  /** The environment variable that overrides today's date for expiry checks (tests, reproducing a run). */
  public static final String TODAY_ENV = "LEXGAP_TODAY";

  private Waivers() {}

  /**
   * The date expiry is judged on: {@value #TODAY_ENV} from {@code env} when set (yyyy-mm-dd), else the
   * system date.
   */
  public static LocalDate today(Map<String, String> env) throws ConfigException {
    String v = env.get(TODAY_ENV);
    if (v == null || v.isBlank()) {
      return LocalDate.now();
    }
    try {
      return LocalDate.parse(v.strip());
    } catch (java.time.format.DateTimeParseException e) {
      throw new ConfigException(TODAY_ENV + "='" + v + "' is not a date in the form yyyy-mm-dd");
    }
  }

  /**
   * The report with waivers applied and the summary recomputed.
   *
   * <p>Expiry is checked first: a waiver past its {@code expires} date does not apply and is listed in
   * {@link WaiverResult#expired}. Otherwise a waiver whose obligation is not in the report, or whose finding
   * is not a gap (met or not assessable), is listed in {@link WaiverResult#unmatched}. Each list holds one
   * message per waiver, starting with where the waiver was written.
   *
   * @param today the date expiry is judged on (the CLI passes the current date, or LEXGAP_TODAY)
   */
  public static WaiverResult apply(GapReport report, List<WaiverSpec> waivers, LocalDate today) {
    Map<String, WaiverSpec> live = new HashMap<>();
    List<String> unmatched = new ArrayList<>();
    List<String> expired = new ArrayList<>();
    Map<String, Finding> byId = new HashMap<>();
    for (Finding f : report.findings()) {
      byId.put(f.obligation(), f);
    }
    for (WaiverSpec w : waivers) {
      Finding f = byId.get(w.obligation());
      if (w.expiredOn(today)) {
        expired.add(w.origin() + ": the waiver for " + w.obligation() + " expired on " + w.expires()
            + " and no longer applies");
      } else if (f == null) {
        unmatched.add(w.origin() + ": the waiver for " + w.obligation() + " matches no obligation of checklist "
            + report.checklist().id() + Suggest.hint(w.obligation(), byId.keySet()));
      } else if (!f.status().isGap()) {
        unmatched.add(w.origin() + ": the waiver for " + w.obligation() + " is not needed: the obligation is "
            + f.status().id());
      } else {
        live.put(w.obligation(), w);
      }
    }
    List<Finding> findings = new ArrayList<>(report.findings().size());
    for (Finding f : report.findings()) {
      WaiverSpec w = live.get(f.obligation());
      findings.add(w == null ? f : f.withWaiver(new Finding.Waiver(w.obligation(), w.reason(),
          w.implementedIn(), w.expires() == null ? null : w.expires().toString())));
    }
    GapReport out = new GapReport(report.checklist(), report.documents(), findings, Analyzer.summary(findings));
    return new WaiverResult(out, unmatched, expired);
  }
}
