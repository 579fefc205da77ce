package org.lexgap.analysis;

import java.util.List;

/** Which words of a quoted sentence satisfied which element (or option) of the obligation. */
public record ElementMatch(String element, String concept, List<String> words) {

  public ElementMatch {
    words = List.copyOf(words);
  }
}
