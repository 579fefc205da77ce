package org.lexgap.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AknReaderTest {

  @TempDir Path dir;

  private final AknReader reader = new AknReader();

  static Path resource(String name) throws Exception {
    return Path.of(AknReaderTest.class.getResource("/read/" + name).toURI());
  }

  @Test
  void akn30HierarchyWithHintsDefinitionsAndNotes() throws Exception {
    RawDocument doc = reader.read(resource("act-akn30.xml"), "act.xml");

    assertThat(doc.format()).isEqualTo("akn");
    assertThat(doc.issues()).isEmpty();
    assertThat(doc.blocks()).extracting(TextBlock::text, TextBlock::kind, TextBlock::hint).containsExactly(
        tuple("Computer Misuse Act, 2021", BlockKind.HEADING, null),
        tuple("An Act to provide for offences relating to computer systems.", BlockKind.PARAGRAPH, null),
        tuple("ENACTED by the Parliament of Ruritania.", BlockKind.PARAGRAPH, null),
        tuple("PART I Preliminary", BlockKind.HEADING,
            new StructureHint("part", "PART I", "Preliminary", 0, "part_1")),
        tuple("In this Act, \"computer system\" means any device that processes data. Other terms have their"
            + " ordinary meaning.", BlockKind.PARAGRAPH,
            new StructureHint("section", "1.", "Interpretation", 1, "sec_1")),
        tuple("In this Act, \"computer system\" means any device that processes data.", BlockKind.PARAGRAPH,
            new StructureHint("definition", "computer system", null, 2, "sec_1__def_computer")),
        tuple("Amended by Act 3 of 2023.", BlockKind.PARAGRAPH, null),
        tuple("PART II Offences", BlockKind.HEADING, new StructureHint("part", "PART II", "Offences", 0, "part_2")),
        tuple("2. Illegal access", BlockKind.HEADING,
            new StructureHint("section", "2.", "Illegal access", 1, "sec_2")),
        tuple("A person who intentionally and without right accesses a computer system\u2014 commits an offence.",
            BlockKind.PARAGRAPH, new StructureHint("subsection", "(1)", null, 2, "sec_2__subsec_1")),
        tuple("by infringing security measures; or", BlockKind.PARAGRAPH,
            new StructureHint("paragraph", "(a)", null, 3, "sec_2__subsec_1__para_a")),
        tuple("with intent to obtain computer data,", BlockKind.PARAGRAPH,
            new StructureHint("paragraph", "(b)", null, 3, "sec_2__subsec_1__para_b")),
        tuple("The penalty is\u2014", BlockKind.PARAGRAPH,
            new StructureHint("subsection", "(2)", null, 2, "sec_2__subsec_2")),
        tuple("a fine; or", BlockKind.PARAGRAPH,
            new StructureHint("item", "(i)", null, 3, "sec_2__subsec_2__list_1__item_i")),
        tuple("imprisonment.", BlockKind.PARAGRAPH,
            new StructureHint("item", "(ii)", null, 3, "sec_2__subsec_2__list_1__item_ii")));
    TextBlock section1 = doc.blocks().get(4);
    assertThat(section1.location()).isEqualTo(Location.ofEid("act.xml", "sec_1", 5));
    assertThat(doc.blocks().get(0).level()).isEqualTo(1);
  }

  @Test
  void akn20UsesIdAttributes() throws Exception {
    RawDocument doc = reader.read(resource("act-akn20.xml"), "act20.xml");
    assertThat(doc.blocks()).extracting(TextBlock::text, TextBlock::hint).containsExactly(
        tuple("Electronic Transactions Act", null),
        tuple("CHAPTER 1 General", new StructureHint("chapter", "CHAPTER 1", "General", 0, "chp_1")),
        tuple("Article 1 Definitions", new StructureHint("article", "Article 1", "Definitions", 1, "art_1")),
        tuple("For the purposes of this Act, \"data\" means any representation of facts.",
            new StructureHint("paragraph", "1.", null, 2, "art_1__para_1")),
        tuple("For the purposes of this Act, \"data\" means any representation of facts.",
            new StructureHint("definition", "data", null, 3, "art_1__para_1")));
  }

  @Test
  void doctypeAndExternalEntitiesAreRefused() throws Exception {
    assertThatThrownBy(() -> reader.read(resource("xxe-akn.xml"), "xxe.xml"))
        .isInstanceOf(ReadException.class)
        .hasMessage("xxe.xml: XML with a DOCTYPE declaration is refused (DTDs and entities are disabled for"
            + " safety)");
  }

  @Test
  void notAknAndMalformedXml() throws Exception {
    Path other = Files.writeString(dir.resolve("other.xml"), "<?xml version=\"1.0\"?><law><p>x</p></law>");
    assertThatThrownBy(() -> reader.read(other, "other.xml"))
        .isInstanceOf(ReadException.class)
        .hasMessage("other.xml: not an Akoma Ntoso document (root element is <law>)");
    Path broken = Files.writeString(dir.resolve("broken.xml"), "<akomaNtoso><act>\n<body></act>");
    assertThatThrownBy(() -> reader.read(broken, "broken.xml"))
        .isInstanceOf(ReadException.class)
        .hasMessageStartingWith("broken.xml: not well-formed XML (line 2: ")
        .hasMessageNotContaining("\n");
  }

  @Test
  void absurdNestingIsRefusedByTheParserLimit() throws Exception {
    String deep = "<hcontainer>".repeat(3000) + "x" + "</hcontainer>".repeat(3000);
    Path f = Files.writeString(dir.resolve("deep.xml"), "<akomaNtoso xmlns=\"" + AknReader.NS_30
        + "\"><act><body>" + deep + "</body></act></akomaNtoso>");
    assertThatThrownBy(() -> reader.read(f, "deep.xml"))
        .isInstanceOf(ReadException.class)
        .hasMessageStartingWith("deep.xml: XML refused by a parser safety limit (");
  }

  @Test
  void sniffsTheRootElement() throws Exception {
    assertThat(reader.sniff(Files.readAllBytes(resource("act-akn30.xml")))).isTrue();
    assertThat(reader.sniff(Files.readAllBytes(resource("xxe-akn.xml")))).isTrue();
    assertThat(reader.sniff("<?xml version='1.0'?><!-- c --><akn:akomaNtoso xmlns:akn='x'/>".getBytes())).isTrue();
    assertThat(reader.sniff("<html><body>akomaNtoso</body></html>".getBytes())).isFalse();
  }
}
