package org.lexgap.compare;

/**
 * One problem in a manifest, located the way a compiler would: {@code file:line:column: message}. Line and
 * column are 1-based; 0 when unknown (then printed as {@code file: message}).
 */
public record ManifestError(String file, int line, int column, String message) {

  @Override
  public String toString() {
    return line > 0 ? file + ":" + line + ":" + column + ": " + message : file + ": " + message;
  }
}
