package org.lexgap.analysis;

import java.util.List;

/**
 * A quoted sentence that supports a verdict.
 *
 * @param document the document's path as given
 * @param provision full reference of the provision the sentence is in ("s. 5(1)(a)")
 * @param section the enclosing top-level section/article number ("5"), what gold files compare
 * @param page PDF page, else null
 * @param line text line, else null
 * @param quote the sentence, verbatim
 * @param matches which words satisfied which element
 */
public record Evidence(
    String document,
    String provision,
    String section,
    Integer page,
    Integer line,
    String quote,
    List<ElementMatch> matches) {

  public Evidence {
    matches = List.copyOf(matches);
  }
}
