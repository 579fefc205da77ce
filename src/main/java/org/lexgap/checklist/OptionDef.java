package org.lexgap.checklist;

import java.util.List;

/**
 * A narrowing the treaty allows a State to add (e.g. "by infringing security measures", "with dishonest
 * intent"). A provision that adds it still meets the obligation; finding it is reported as the option used.
 */
public record OptionDef(String id, String label, List<String> concepts) {

  public OptionDef {
    concepts = List.copyOf(concepts);
  }
}
