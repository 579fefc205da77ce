package org.lexgap.eval;

/**
 * One problem in a gold file, located like a compiler error: {@code file:line:column: message (at path)}.
 * Line and column are 1-based; 0 when unknown.
 */
public record GoldError(String file, int line, int column, String message, String path) {

  @Override
  public String toString() {
    String where = file + ":" + line + ":" + column + ": ";
    return path == null || path.isEmpty() ? where + message : where + message + " (at " + path + ")";
  }
}
