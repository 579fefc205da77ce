package org.lexgap.analysis;

import java.util.List;
import org.lexgap.read.ExtractionIssue;

/** What the report says about one input document. */
public record DocumentSummary(
    String path, String format, int pages, int provisions, int definitions, List<ExtractionIssue> issues) {

  public DocumentSummary {
    issues = List.copyOf(issues);
  }
}
