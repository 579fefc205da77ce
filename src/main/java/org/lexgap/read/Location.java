package org.lexgap.read;

/**
 * Where a piece of text came from. Only the coordinates that make sense for the format are set:
 * page (PDF, 1-based), line (text/Markdown, 1-based), paragraph (DOCX/HTML, 1-based block index),
 * eId (Akoma Ntoso). Unset coordinates are null.
 */
public record Location(String file, Integer page, Integer line, Integer paragraph, String eId) {

  public static Location ofLine(String file, int line) {
    return new Location(file, null, line, null, null);
  }

  public static Location ofPage(String file, int page, Integer line) {
    return new Location(file, page, line, null, null);
  }

  public static Location ofParagraph(String file, int paragraph) {
    return new Location(file, null, null, paragraph, null);
  }

  public static Location ofEid(String file, String eId, Integer paragraph) {
    return new Location(file, null, null, paragraph, eId);
  }
}
