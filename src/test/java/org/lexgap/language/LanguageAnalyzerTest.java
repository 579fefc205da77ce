package org.lexgap.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LanguageAnalyzerTest {
  private final LanguageAnalyzer nlp = LanguageAnalyzer.shared();

  @Test
  void inflectionsShareALemma() {
    List<Token> t = nlp.tokens("A person who accessed or accesses a computer system commits an offence.");
    assertThat(t).extracting(Token::lemma).contains("access", "commit", "offence", "person");
    assertThat(t.stream().filter(x -> x.lower().startsWith("access")).map(Token::stem))
        .containsOnly("access");
  }

  @Test
  void britishAndAmericanSpellingsMeet() {
    Token gb = nlp.tokens("unauthorised").get(0);
    Token us = nlp.tokens("unauthorized").get(0);
    assertThat(gb.matches(us)).isTrue();
    assertThat(nlp.tokens("authorisation").get(0).stem()).isEqualTo(nlp.tokens("authorization").get(0).stem());
  }

  @Test
  void doesNotSplitAfterStatutoryAbbreviations() {
    List<Sentence> s = nlp.sentences(
        "An offence under s. 5 of Cap. 16 is punishable under Art. 12 of Act No. 4 of 2015. A second one.");
    assertThat(s).hasSize(2);
    assertThat(s.get(0).text()).endsWith("of 2015.");
  }

  @Test
  void neverSplitsAcrossLinesTheStructureKeptApart() {
    List<Sentence> s = nlp.sentences("(1) first line without stop\n(2) second line");
    assertThat(s).extracting(Sentence::text).containsExactly("(1) first line without stop", "(2) second line");
    assertThat(s.get(1).start()).isEqualTo(28);
  }

  @Test
  void dashesGluedToWordsAreSplitOff() {
    List<Token> t = nlp.tokens("A person shall not intentionally and unlawfully—(a) access");
    assertThat(t).extracting(Token::lower).contains("unlawfully", "—");
  }

  @Test
  void possessivesAreSplitOffTheWord() {
    List<Token> t = nlp.tokens("submit the subscriber’s information and the provider's records");
    assertThat(t).extracting(Token::lower).contains("subscriber", "’s", "provider", "'s");
  }
}
