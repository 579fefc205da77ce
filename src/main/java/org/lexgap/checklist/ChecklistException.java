package org.lexgap.checklist;

import java.util.List;
import java.util.stream.Collectors;

/** A checklist that failed to load or validate; carries every error found, not only the first. */
public class ChecklistException extends Exception {
  private static final long serialVersionUID = 1L;
  private final transient List<ChecklistError> errors;

  public ChecklistException(List<ChecklistError> errors) {
    super(errors.stream().map(ChecklistError::toString).collect(Collectors.joining("\n")));
    this.errors = List.copyOf(errors);
  }

  public List<ChecklistError> errors() {
    return errors;
  }
}
