package org.lexgap.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lexgap.structure.Docs.find;
import static org.lexgap.structure.Docs.refs;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lexgap.read.BlockKind;
import org.lexgap.read.Location;
import org.lexgap.read.RawDocument;
import org.lexgap.read.StructureHint;
import org.lexgap.read.TextBlock;

class HintMapperTest {

  private static TextBlock block(String text, String kind, String num, String heading, int depth, String eId) {
    StructureHint hint = kind == null ? null : new StructureHint(kind, num, heading, depth, eId);
    return new TextBlock(text, BlockKind.PARAGRAPH, 0, Location.ofEid("a.xml", eId, null), hint);
  }

  @Test
  void hintsBecomeTheTreeAndDefinitions() {
    RawDocument doc = new RawDocument("a.xml", "akn", 0, List.of(
        block("Cybercrimes Act, 2015", null, null, null, 0, "preface"),
        block("", "part", "I", "Preliminary", 0, "part_I"),
        block("", "section", "3.", "Interpretation", 1, "part_I__sec_3"),
        block("In this Act—", null, null, null, 0, "part_I__sec_3__intro"),
        block("“computer system” means a device;", "definition", null, null, 2, "sec_3__def_computer_system"),
        block("“device” includes a program;", "definition", null, null, 2, "sec_3__def_device"),
        block("", "part", "II", "Offences", 0, "part_II"),
        block("", "section", "4", "Illegal access", 1, "part_II__sec_4"),
        block("A person shall not access a computer system.", "subsection", "(1)", null, 2,
            "part_II__sec_4__subsec_1"),
        block("by technical means;", "paragraph", "(a)", null, 3, "part_II__sec_4__subsec_1__para_a"),
        block("A person who contravenes subsection (1) commits an offence.", "subsection", "(2)", null, 2,
            "part_II__sec_4__subsec_2")), List.of());
    StructuredDocument d = new StructureParser().parse(doc);
    assertThat(d.title()).isEqualTo("Cybercrimes Act, 2015");
    assertThat(refs(d)).containsExactly("Part I", "s. 3", "Part II", "s. 4", "s. 4(1)", "s. 4(1)(a)", "s. 4(2)");
    Provision s4 = find(d, "s. 4");
    assertThat(s4.heading()).isEqualTo("Illegal access");
    assertThat(s4.parentRef()).isEqualTo("Part II");
    assertThat(find(d, "s. 4(1)(a)").kind()).isEqualTo(ProvisionKind.PARAGRAPH);
    assertThat(find(d, "s. 4(1)(a)").section()).isEqualTo("4");
    assertThat(find(d, "s. 4(1)(a)").start().eId()).isEqualTo("part_II__sec_4__subsec_1__para_a");
    assertThat(find(d, "s. 3").num()).isEqualTo("3");
    assertThat(d.definitions()).hasSize(2);
    Definition cs = d.definitions().get(0);
    assertThat(cs.terms()).containsExactly("computer system");
    assertThat(cs.text()).isEqualTo("a device;");
    assertThat(cs.ref()).isEqualTo("s. 3");
    assertThat(cs.scope()).isEqualTo("Act");
    assertThat(d.definitions().get(1).extending()).isTrue();
  }

  @Test
  void withoutDefinitionHintsTheTextIsSearched() {
    RawDocument doc = new RawDocument("b.xml", "akn", 0, List.of(
        block("", "article", "Article 2", "Definitions", 0, "art_2"),
        block("For the purposes of this Law, “computer data” means any representation of facts.", null, null,
            null, 0, "art_2__p1")), List.of());
    StructuredDocument d = new StructureParser().parse(doc);
    assertThat(refs(d)).containsExactly("Art. 2");
    assertThat(find(d, "Art. 2").kind()).isEqualTo(ProvisionKind.ARTICLE);
    assertThat(d.definitions()).singleElement().satisfies(def -> {
      assertThat(def.terms()).containsExactly("computer data");
      assertThat(def.ref()).isEqualTo("Art. 2");
    });
  }
}
