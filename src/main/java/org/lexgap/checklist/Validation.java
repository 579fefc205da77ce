package org.lexgap.checklist;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of checking a checklist without throwing: every error and warning, and the checklist itself when
 * there were no errors.
 *
 * @param source what was checked: a file path as given, or "embedded:NAME"
 */
public record Validation(
    String source, Optional<Checklist> checklist, List<ChecklistError> errors, List<ChecklistError> warnings) {

  public Validation {
    errors = List.copyOf(errors);
    warnings = List.copyOf(warnings);
  }

  public boolean valid() {
    return errors.isEmpty();
  }
}
