package org.lexgap.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lexgap.structure.Docs.definition;
import static org.lexgap.structure.Docs.find;
import static org.lexgap.structure.Docs.sectionNums;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.lexgap.read.ReadException;
import org.lexgap.read.Readers;

/**
 * The real statutes in ../shared/corpus. The expected section lists were written down by reading each
 * statute, not by running the parser. Skipped when the shared folder is absent.
 */
class CorpusStructureTest {

  private static StructuredDocument load(String name) throws ReadException {
    String shared = System.getProperty("lexgap.shared");
    Assumptions.assumeTrue(shared != null, "lexgap.shared not set");
    Path file = Path.of(shared, "corpus", "text", name + ".txt");
    Assumptions.assumeTrue(Files.isRegularFile(file), file + " absent");
    return new StructureParser().parse(Readers.read(file, name + ".txt", null));
  }

  private static List<String> range(int from, int to) {
    return IntStream.rangeClosed(from, to).mapToObj(Integer::toString).toList();
  }

  @Test
  void tanzania() throws ReadException {
    StructuredDocument d = load("tz-cybercrimes-act-2015");
    assertThat(d.title()).isEqualTo("THE CYBERCRIMES ACT, 2015 (ACT NO. 14 OF 2015)");
    assertThat(sectionNums(d)).containsExactlyElementsOf(range(1, 59));
    assertThat(d.provisions()).extracting(Provision::ref)
        .containsExactly("Part I", "Part II", "Part III", "Part IV", "Part V", "Part VI", "Part VII");
    assertThat(find(d, "s. 4").heading()).isEqualTo("Illegal access");
    assertThat(find(d, "s. 4").parentRef()).isEqualTo("Part II");
    assertThat(find(d, "s. 6(1)(a)(iii)").text()).startsWith("a non-public computer system");
    assertThat(find(d, "s. 4(2)").text()).contains("contravenes subsection (1) commits an offence");
    Definition cs = definition(d, "computer system");
    assertThat(cs.ref()).isEqualTo("s. 3");
    assertThat(cs.scope()).isEqualTo("Act");
    assertThat(cs.extending()).isFalse();
    assertThat(cs.text()).startsWith("a device or combination of devices").endsWith("and other functions");
    assertThat(definition(d, "device").extending()).isTrue();
    assertThat(definition(d, "device").text()).endsWith("(d) input and output devices");
    assertThat(definition(d, "service provider").text()).doesNotContain("Part II");
    Definition traffic = definition(d, "traffic data");
    assertThat(traffic.ref()).isEqualTo("s. 34(2)");
    assertThat(traffic.scope()).isEqualTo("s. 34");
    assertThat(d.definitions()).hasSizeGreaterThanOrEqualTo(27);
  }

  @Test
  void uganda() throws ReadException {
    StructuredDocument d = load("ug-computer-misuse-act-2011");
    assertThat(sectionNums(d)).containsExactlyElementsOf(range(1, 35));
    assertThat(find(d, "s. 11").heading()).isEqualTo("Unauthorised access");
    assertThat(find(d, "s. 31(5)(c)(ii)").kind()).isEqualTo(ProvisionKind.SUBPARAGRAPH);
    Definition computer = definition(d, "computer");
    assertThat(computer.ref()).isEqualTo("s. 1");
    assertThat(computer.scope()).isEqualTo("Act");
    assertThat(computer.text()).startsWith("an electronic, magnetic, optical");
    assertThat(definition(d, "electronic device").terms())
        .containsExactly("electronic device", "acoustic device", "other device");
    assertThat(definition(d, "program").terms()).containsExactly("program", "computer program");
    assertThat(definition(d, "currency point").text()).startsWith("has the value assigned");
    assertThat(definition(d, "social media").scope()).isEqualTo("s. 29");
  }

  @Test
  void philippines() throws ReadException {
    StructuredDocument d = load("ph-cybercrime-prevention-act-2012");
    assertThat(sectionNums(d)).containsExactlyElementsOf(range(1, 31));
    assertThat(find(d, "s. 29").heading()).isEqualTo("Separability Clause");
    assertThat(find(d, "s. 4(a)(5)(i)(bb)").kind()).isEqualTo(ProvisionKind.SUBPARAGRAPH);
    assertThat(find(d, "s. 4(c)(3)(iii)(cc)").section()).isEqualTo("4");
    assertThat(find(d, "s. 3(i)").text()).startsWith("Cyber refers to");
    assertThat(find(d, "s. 13").text()).contains("six (6) months");
    assertThat(find(d, "s. 12").children()).extracting(Provision::num).containsExactly("1", "2", "3");
    Definition cs = definition(d, "Computer system");
    assertThat(cs.ref()).isEqualTo("s. 3(g)");
    assertThat(cs.scope()).isEqualTo("Act");
    assertThat(d.definitions()).hasSize(16);
  }

  @Test
  void pakistan() throws ReadException {
    StructuredDocument d = load("pk-prevention-electronic-crimes-act-2016");
    List<String> expected = new ArrayList<>(List.of("1", "2"));
    for (char c = 'A'; c <= 'X'; c++) {
      expected.add("2" + c); // 2E-2K, 2S, 2T and 2W are printed "(2E) Heading.__" in this copy
    }
    expected.addAll(range(3, 22));
    expected.addAll(List.of("22A", "22B", "22C", "23", "24", "24A", "25", "26", "26A", "27", "28", "29", "30",
        "30A", "30B", "30C", "30D"));
    expected.addAll(range(31, 43));
    expected.addAll(List.of("43A", "44", "45", "45A", "46", "47", "48", "49", "50", "50A", "51", "51A"));
    expected.addAll(range(52, 55));
    assertThat(sectionNums(d)).containsExactlyElementsOf(expected);
    assertThat(find(d, "s. 22A").heading()).isEqualTo("Online grooming, solicitation and cyber enticement");
    assertThat(find(d, "s. 2").heading()).isEqualTo("Definitions");
    assertThat(find(d, "Chapter 1A").kind()).isEqualTo(ProvisionKind.CHAPTER);
    Definition is = definition(d, "information system");
    assertThat(is.ref()).isEqualTo("s. 2(1)(xx)");
    assertThat(is.scope()).isEqualTo("Act");
    assertThat(is.text()).startsWith("an electronic system for creating, generating, sending");
    assertThat(definition(d, "aspersion").ref()).isEqualTo("s. 2(1)(iiia)");
    assertThat(definition(d, "device").extending()).isTrue();
    for (Provision s : d.sections()) {
      assertThat(s.fullText()).as(s.ref()).doesNotContain("Ins. by Act").doesNotContain("Subs. by Act");
    }
  }

  @Test
  void mauritius() throws ReadException {
    StructuredDocument d = load("mu-computer-misuse-cybercrime-act-2003");
    // sections 22 and 23 are printed as the blank range "22. - 23. --"
    assertThat(sectionNums(d)).containsExactlyElementsOf(range(1, 23));
    assertThat(d.title()).startsWith("COMPUTER MISUSE AND CYBERCRIME ACT");
    assertThat(d.provisions()).extracting(Provision::ref).containsExactly("Part I", "Part II", "Part III", "Part IV");
    assertThat(find(d, "s. 19").heading()).isEqualTo("Jurisdiction");
    assertThat(find(d, "s. 3(4)(c)").text()).isEqualTo("a program or data held in any particular computer system.");
    assertThat(find(d, "s. 5(2)(b)").text()).startsWith("Where, as a result");
    for (Provision s : d.sections()) {
      assertThat(s.fullText()).as(s.ref()).doesNotContain("[Issue 1]").doesNotContain("Revised Laws")
          .doesNotContain("C37").doesNotContain("\u00AD");
    }
    Definition cs = definition(d, "computer system");
    assertThat(cs.ref()).isEqualTo("s. 2");
    assertThat(cs.text()).endsWith("communication control and other functions");
  }

  @Test
  void frenchExtracts() throws ReadException {
    StructuredDocument d = load("fr-code-penal-cyber-extraits");
    assertThat(sectionNums(d)).containsExactly("113-2", "113-2-1", "113-6", "113-7", "121-2", "121-4", "121-5",
        "121-6", "121-7", "226-1", "226-2", "226-2-1", "226-4-1", "226-15", "227-22-1", "227-23", "313-1",
        "323-1", "323-2", "323-3", "323-3-1", "323-3-2", "323-4", "323-4-1", "323-4-2", "323-5", "323-6",
        "323-7", "323-8", "324-1", "324-2", "441-1");
    assertThat(d.sections()).allMatch(p -> p.kind() == ProvisionKind.ARTICLE);
    assertThat(find(d, "Art. 323-1").children()).extracting(Provision::ref)
        .containsExactly("Art. 323-1 al. 1", "Art. 323-1 al. 2", "Art. 323-1 al. 3");
    assertThat(find(d, "Art. 323-1 al. 2").text()).startsWith("Lorsqu'il en est résulté");
    assertThat(find(d, "Art. 121-4").children()).extracting(Provision::ref)
        .containsExactly("Art. 121-4 al. 1", "Art. 121-4, 1°", "Art. 121-4, 2°");
    assertThat(find(d, "Art. 323-3-2").children()).extracting(Provision::num).containsExactly("I", "II", "III", "IV");
  }

  @Test
  void frenchFullCode() throws ReadException {
    StructuredDocument d = load("fr-code-penal-full");
    // `grep -c '^Article ' fr-code-penal-full.txt` gives 1297: every one is a head, none a cross-reference
    List<String> nums = sectionNums(d);
    assertThat(nums).hasSize(1297);
    assertThat(new HashSet<>(nums)).hasSize(1297);
    assertThat(nums).startsWith("111-1", "111-2").contains("323-1", "R131-1", "D712-9", "224-1A");
  }
}
