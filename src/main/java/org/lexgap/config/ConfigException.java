package org.lexgap.config;

import java.util.List;

/**
 * A project configuration, waiver or baseline file that cannot be used. Carries every problem found, each a
 * line {@code file:line:column: message (at path)}; the message is those lines joined by newlines. The command
 * line maps it to exit code 2.
 */
public class ConfigException extends Exception {
  private static final long serialVersionUID = 1L;
  private final List<String> errors;

  public ConfigException(List<String> errors) {
    super(String.join("\n", errors));
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("a ConfigException needs at least one error");
    }
    this.errors = List.copyOf(errors);
  }

  public ConfigException(String error) {
    this(List.of(error));
  }

  /** One line per problem, in file order. */
  public List<String> errors() {
    return errors;
  }
}
