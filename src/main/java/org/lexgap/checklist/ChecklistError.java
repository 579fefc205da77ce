package org.lexgap.checklist;

/**
 * One problem in a checklist file, located the way a compiler would: {@code file:line:column: message (at
 * path)}. Line and column are 1-based; 0 when unknown (then printed as {@code file: message}).
 */
public record ChecklistError(String file, int line, int column, String message, String path) {

  @Override
  public String toString() {
    String where = line > 0 ? file + ":" + line + ":" + column + ": " : file + ": ";
    return path == null || path.isEmpty() ? where + message : where + message + " (at " + path + ")";
  }
}
