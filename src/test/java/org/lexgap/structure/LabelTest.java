package org.lexgap.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LabelTest {

  private static Label first(String inner, Label.Type type) {
    return Label.readings(inner).stream().filter(l -> l.type() == type).findFirst().orElseThrow();
  }

  @Test
  void readingsOfAmbiguousLabels() {
    assertThat(Label.readings("i")).extracting(Label::type).containsExactly(Label.Type.ROMAN, Label.Type.LETTER);
    assertThat(Label.readings("ii")).extracting(Label::type)
        .containsExactly(Label.Type.ROMAN, Label.Type.LETTER, Label.Type.DOUBLE);
    assertThat(Label.readings("d")).extracting(Label::type).containsExactly(Label.Type.LETTER);
    assertThat(Label.readings("1A")).singleElement().satisfies(l -> {
      assertThat(l.type()).isEqualTo(Label.Type.NUMBER);
      assertThat(l.value()).isEqualTo(1);
      assertThat(l.suffix()).isEqualTo("A");
    });
    assertThat(Label.readings("iiii")).extracting(Label::type).doesNotContain(Label.Type.ROMAN);
    assertThat(Label.readings("0")).isEmpty();
    assertThat(Label.readings("section")).isEmpty();
  }

  @Test
  void sequence() {
    assertThat(first("2", Label.Type.NUMBER).follows(first("1", Label.Type.NUMBER))).isTrue();
    assertThat(first("1A", Label.Type.NUMBER).follows(first("1", Label.Type.NUMBER))).isTrue();
    assertThat(first("2", Label.Type.NUMBER).follows(first("1A", Label.Type.NUMBER))).isTrue();
    assertThat(first("3", Label.Type.NUMBER).follows(first("1", Label.Type.NUMBER))).isFalse();
    assertThat(first("iiia", Label.Type.ROMAN).follows(first("iii", Label.Type.ROMAN))).isTrue();
    assertThat(first("iv", Label.Type.ROMAN).follows(first("iiia", Label.Type.ROMAN))).isTrue();
    assertThat(first("aa", Label.Type.LETTER).follows(first("a", Label.Type.LETTER))).isTrue();
    assertThat(first("b", Label.Type.LETTER).follows(first("aa", Label.Type.LETTER))).isTrue();
    assertThat(first("bb", Label.Type.DOUBLE).follows(first("aa", Label.Type.DOUBLE))).isTrue();
    assertThat(first("x", Label.Type.ROMAN).follows(first("ix", Label.Type.ROMAN))).isTrue();
    assertThat(first("i", Label.Type.LETTER).follows(first("h", Label.Type.LETTER))).isTrue();
    assertThat(first("i", Label.Type.ROMAN).isFirst()).isTrue();
    assertThat(first("v", Label.Type.ROMAN).isFirst()).isFalse();
  }
}
