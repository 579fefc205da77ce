package org.lexgap.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.lexgap.checklist.Checklist;
import org.lexgap.checklist.Obligation;
import org.lexgap.structure.StructuredDocument;

/** Checklist x provisions -> findings. (Matching being built: everything is reported missing for now.) */
public final class Analyzer {
  private final Checklist checklist;

  public Analyzer(Checklist checklist) {
    this.checklist = checklist;
  }

  public GapReport analyse(List<StructuredDocument> documents) {
    List<Finding> findings = new ArrayList<>();
    for (Obligation o : checklist.obligations()) {
      findings.add(new Finding(o.id(), o.article(), o.paragraph(), o.title(), o.chapter(), o.kind().id(),
          o.strength().id(), Status.MISSING, 0.5, List.of(), List.of(), List.of(), List.of(), List.of(),
          "not found in these documents", o.recommendation(), o.budapest(), null));
    }
    List<DocumentSummary> docs = documents.stream().map(d -> new DocumentSummary(d.path(), d.format(),
        d.pages(), d.sections().size(), d.definitions().size(), d.issues())).toList();
    return new GapReport(checklist, docs, findings,
        new Summary(findings.size(), 0, 0, findings.size(), 0, 0, 0, new LinkedHashMap<>()));
  }
}
