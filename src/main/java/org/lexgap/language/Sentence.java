package org.lexgap.language;

import java.util.List;

/** A sentence of a provision's text with its tokens; offsets are into the provision text. */
public record Sentence(String text, int start, int end, List<Token> tokens) {

  public Sentence {
    tokens = List.copyOf(tokens);
  }
}
