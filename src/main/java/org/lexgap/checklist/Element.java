package org.lexgap.checklist;

import java.util.List;

/**
 * Something a national provision must contain to implement an obligation. The element is satisfied when any
 * of its {@code concepts} occurs in the provision (or its sub-provisions). A required element that is absent
 * makes the verdict "partial" and is named in the finding.
 */
public record Element(String id, String label, boolean required, List<String> concepts) {

  public Element {
    concepts = List.copyOf(concepts);
  }
}
