package org.lexgap.compare;

import java.util.List;
import java.util.stream.Collectors;

/** A manifest that is not valid YAML or not a valid manifest; carries every error found, not only the first. */
public class ManifestException extends Exception {
  private static final long serialVersionUID = 1L;
  private final transient List<ManifestError> errors;

  public ManifestException(List<ManifestError> errors) {
    super(errors.stream().map(ManifestError::toString).collect(Collectors.joining("\n")));
    this.errors = List.copyOf(errors);
  }

  public List<ManifestError> errors() {
    return errors;
  }
}
