package org.lexgap.analysis;

import java.util.List;
import org.lexgap.checklist.Checklist;

/**
 * The result of a check: input of every renderer. Findings are in checklist order; {@code checklist} is there
 * for renderers that describe the rules (SARIF, HTML).
 */
public record GapReport(
    Checklist checklist, List<DocumentSummary> documents, List<Finding> findings, Summary summary) {

  public GapReport {
    documents = List.copyOf(documents);
    findings = List.copyOf(findings);
  }

  /** Version of the JSON report format; bump on incompatible change. */
  public static final String FORMAT_VERSION = "1.0";
}
