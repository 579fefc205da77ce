package org.lexgap.language;

/**
 * A word as analysed: {@code text} as printed, {@code lower} lower-cased, {@code lemma} the OpenNLP dictionary
 * form, {@code stem} a Porter stem of the spelling-normalised word, offsets into the analysed string.
 *
 * <p>Matching uses lemma or stem: the context-free ME lemmatizer gets some forms wrong ("accesses" -> "acces"),
 * and the stem bridges derivations and British/American spellings that the lemma keeps apart.
 */
public record Token(String text, String lower, String lemma, String stem, int start, int end) {

  /** Whether this token matches a term word (another token, analysed the same way). */
  public boolean matches(Token term) {
    return stem.equals(term.stem) || lemma.equals(term.lemma);
  }
}
