package org.lexgap.eval;

import java.util.List;
import java.util.stream.Collectors;

/** Gold files that failed to parse or validate; carries every error found, not only the first. */
public class GoldException extends Exception {
  private static final long serialVersionUID = 1L;
  private final transient List<GoldError> errors;

  public GoldException(List<GoldError> errors) {
    super(errors.stream().map(GoldError::toString).collect(Collectors.joining("\n")));
    this.errors = List.copyOf(errors);
  }

  public List<GoldError> errors() {
    return errors;
  }
}
