package org.lexgap.structure;

import java.util.ArrayList;
import java.util.List;
import org.lexgap.read.ExtractionIssue;

/** A document split into provisions: the output of the structure stage. */
public record StructuredDocument(
    String path,
    String format,
    int pages,
    String title,
    List<Provision> provisions,
    List<Definition> definitions,
    List<ExtractionIssue> issues) {

  public StructuredDocument {
    provisions = List.copyOf(provisions);
    definitions = List.copyOf(definitions);
    issues = List.copyOf(issues);
  }

  /** Every section/article in document order, wherever it sits under Parts and Chapters. */
  public List<Provision> sections() {
    List<Provision> out = new ArrayList<>();
    for (Provision p : provisions) {
      for (Provision n : p.flatten()) {
        if (n.kind().isSectionLevel()) {
          out.add(n);
        }
      }
    }
    return out;
  }
}
