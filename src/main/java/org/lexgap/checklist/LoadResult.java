package org.lexgap.checklist;

import java.util.List;

/**
 * A checklist that loaded, with the non-fatal warnings found on the way (unused concepts, obligations without
 * a required element, patterns that match the empty string ...), in file order.
 */
public record LoadResult(Checklist checklist, List<ChecklistError> warnings) {

  public LoadResult {
    warnings = List.copyOf(warnings);
  }
}
