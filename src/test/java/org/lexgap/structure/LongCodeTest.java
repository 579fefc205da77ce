package org.lexgap.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lexgap.structure.Docs.parse;

import org.junit.jupiter.api.Test;

/** Long codes number sections past 999; a bare year-like number elsewhere is still not a section. */
class LongCodeTest {

  @Test
  void sectionThousandFollowsSectionNineHundredNinetyNine() {
    StringBuilder t = new StringBuilder("THE LONG CODE\n");
    for (int n = 990; n <= 1003; n++) {
      t.append(n).append(". Heading ").append(n).append(".\n(1) A person who does a thing commits an offence.\n");
    }
    StructuredDocument d = parse(t.toString());
    assertThat(d.sections()).extracting(Provision::num).containsExactly("990", "991", "992", "993", "994", "995",
        "996", "997", "998", "999", "1000", "1001", "1002", "1003");
  }

  @Test
  void aYearAtTheStartOfALineIsNotASection() {
    StructuredDocument d = parse("THE ACT\n1. Short title.\nThis Act may be cited as the Act of\n2015 (Act No. 14 of"
        + " 2015).\n2. Interpretation.\nIn this Act, words have their meaning.\n");
    assertThat(d.sections()).extracting(Provision::num).containsExactly("1", "2");
  }
}
