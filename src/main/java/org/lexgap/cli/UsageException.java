package org.lexgap.cli;

/** A usage or configuration error detected after option parsing: exit code 2, one line, no stack trace. */
public class UsageException extends Exception {
  private static final long serialVersionUID = 1L;

  public UsageException(String message) {
    super(message);
  }
}
