package org.lexgap.read;

/** A document that cannot be read. The message is one line that names the file and the problem. */
public class ReadException extends Exception {
  private static final long serialVersionUID = 1L;

  public ReadException(String message) {
    super(message);
  }

  public ReadException(String message, Throwable cause) {
    super(message, cause);
  }
}
