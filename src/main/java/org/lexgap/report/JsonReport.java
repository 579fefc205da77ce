package org.lexgap.report;

import java.util.List;
import java.util.Map;
import org.lexgap.analysis.DocumentSummary;
import org.lexgap.analysis.Finding;
import org.lexgap.analysis.GapReport;
import org.lexgap.analysis.Summary;
import org.lexgap.checklist.Checklist;

/**
 * A JSON report read back by {@link JsonReportReader}: what the JSON holds, which is everything in a
 * {@link GapReport} except the checklist's obligations and concepts.
 */
public record JsonReport(
    String formatVersion, ChecklistInfo checklist, List<DocumentSummary> documents, List<Finding> findings,
    Summary summary) {

  public JsonReport {
    documents = List.copyOf(documents);
    findings = List.copyOf(findings);
  }

  /** The checklist as the JSON identifies it. */
  public record ChecklistInfo(String id, String title, String version, String textVersion) {}

  /**
   * As a GapReport for re-rendering. Its checklist carries only the identifying fields (no concepts, no
   * obligations), so renderers that describe rules from the checklist must fall back to the findings.
   */
  public GapReport toGapReport() {
    Checklist c = new Checklist(checklist.id(), checklist.title(), null, checklist.version(),
        checklist.textVersion(), null, "report", Map.of(), List.of());
    return new GapReport(c, documents, findings, summary);
  }
}
