package org.lexgap.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lexgap.structure.Docs.definition;
import static org.lexgap.structure.Docs.parse;

import java.util.List;
import org.junit.jupiter.api.Test;

class DefinitionFinderTest {

  @Test
  void quotedTermsWithMeansAndIncludes() {
    StructuredDocument d = parse("""
        2. Interpretation
        In this Act, unless the context otherwise requires—
        "computer system" means a device or a group of devices;
        “data” or “computer data” means any representation of facts;
        ‘function’ includes logic, control and storage;
        “ access ” in relation to any computer system , means entry to the system;
        «service provider» means any public or private entity; and
        """);
    Definition cs = definition(d, "computer system");
    assertThat(cs.text()).isEqualTo("a device or a group of devices");
    assertThat(cs.ref()).isEqualTo("s. 2");
    assertThat(cs.scope()).isEqualTo("Act");
    assertThat(cs.extending()).isFalse();
    assertThat(cs.location().line()).isEqualTo(1);
    Definition data = definition(d, "data");
    assertThat(data.terms()).containsExactly("data", "computer data");
    Definition function = definition(d, "function");
    assertThat(function.extending()).isTrue();
    assertThat(function.text()).isEqualTo("logic, control and storage");
    assertThat(definition(d, "access").text()).isEqualTo("entry to the system");
    assertThat(definition(d, "service provider").text()).isEqualTo("any public or private entity");
    assertThat(d.definitions()).hasSize(5);
  }

  @Test
  void definitionsRunTogetherOnOneLineWithListsInside() {
    StructuredDocument d = parse("""
        3. Interpretation
        In this Act— “ child ” means a person below eighteen years; “ child pornography ” means material that depicts:
        (a) a child engaged in sexual conduct;
        (b) a person appearing to be a child; or
        (c) an image of a child; “ computer system ” means a device; “ device ” includes—
        (a) a computer program;
        (b) a component; “ Minister ” means the Minister responsible for ICT; Part II – Offences
        PART II
        4. Offence
        Text.
        """);
    assertThat(d.definitions()).extracting(x -> x.terms().get(0))
        .containsExactly("child", "child pornography", "computer system", "device", "Minister");
    assertThat(definition(d, "child").text()).isEqualTo("a person below eighteen years");
    assertThat(definition(d, "child pornography").text()).isEqualTo("material that depicts: (a) a child engaged"
        + " in sexual conduct; (b) a person appearing to be a child; or (c) an image of a child");
    assertThat(definition(d, "computer system").ref()).isEqualTo("s. 3");
    assertThat(definition(d, "device").text()).isEqualTo("(a) a computer program; (b) a component");
    assertThat(definition(d, "device").extending()).isTrue();
    assertThat(definition(d, "Minister").text()).isEqualTo("the Minister responsible for ICT");
  }

  @Test
  void numberedDefinitionsKeepTheirItemRef() {
    StructuredDocument d = parse("""
        2. Definitions.—
        (1) In this Act,—
        (i) “act” includes—
        (a) a series of acts; or
        (b) an omission;
        (ii) “information system” means an electronic system for processing information;
        (2) Other expressions have the meaning in the Penal Code.
        """);
    Definition is = definition(d, "information system");
    assertThat(is.ref()).isEqualTo("s. 2(1)(ii)");
    assertThat(is.scope()).isEqualTo("Act");
    assertThat(is.text()).isEqualTo("an electronic system for processing information");
    assertThat(definition(d, "act").text()).isEqualTo("(a) a series of acts; or (b) an omission");
  }

  @Test
  void scopesOfSectionPartAndSubsection() {
    StructuredDocument d = parse("""
        PART III
        INVESTIGATIONS
        10. Interpretation of Part
        In this Part, "authorised officer" means a police officer.
        12. Child pornography
        (1) A person who publishes child pornography commits an offence.
        (2) In this section, "child" means a person under eighteen.
        (3) For the purposes of this subsection, “premises” includes land and vessels.
        13. Electronic fraud
        (1) A person who commits electronic fraud commits an offence.
        (2) For the purposes of this section, “electronic fraud” has the meaning given in the Penal Code.
        """);
    assertThat(definition(d, "authorised officer").scope()).isEqualTo("Part III");
    assertThat(definition(d, "authorised officer").ref()).isEqualTo("s. 10");
    Definition child = definition(d, "child");
    assertThat(child.scope()).isEqualTo("s. 12");
    assertThat(child.ref()).isEqualTo("s. 12(2)");
    assertThat(child.text()).isEqualTo("a person under eighteen.");
    assertThat(definition(d, "premises").scope()).isEqualTo("s. 12(3)");
    assertThat(definition(d, "premises").extending()).isTrue();
    assertThat(definition(d, "electronic fraud").text()).isEqualTo("has the meaning given in the Penal Code.");
    assertThat(definition(d, "electronic fraud").scope()).isEqualTo("s. 13");
  }

  @Test
  void unquotedAndColonStyleInInterpretationSections() {
    StructuredDocument d = parse("""
        3. Definition of Terms
        For purposes of this Act, the following terms are hereby defined as follows:
        (a) Access refers to the instruction of a computer system.
        (b) Traffic data or non-content data refers to any data other than content.
        4. Interpretation
        In this Act:
        computer data: any representation of facts in a form suitable for processing;
        computer system: any device that performs automated processing.
        5. Offence
        (a) Access to a computer is an offence.
        """);
    assertThat(definition(d, "Access").ref()).isEqualTo("s. 3(a)");
    assertThat(definition(d, "Access").text()).isEqualTo("the instruction of a computer system.");
    assertThat(definition(d, "Traffic data").terms()).containsExactly("Traffic data", "non-content data");
    assertThat(definition(d, "computer data").text()).isEqualTo("any representation of facts in a form suitable"
        + " for processing");
    assertThat(definition(d, "computer system").ref()).isEqualTo("s. 4");
    // outside an interpretation section an unquoted "X refers to" is ordinary text
    assertThat(d.definitions()).hasSize(4);
  }

  @Test
  void quotedWordsWithoutADefiningVerbAreNotDefinitions() {
    StructuredDocument d = parse("""
        52. Construction
        This Part shall be read as one with the Penal Code, hereinafter referred to as the “principal Act”.
        53. Amendment
        The principal Act is amended by inserting the word “device” after the word “document”.
        """);
    assertThat(d.definitions()).isEmpty();
  }

  @Test
  void definitionTermsAreTrimmedButKeepTheirCase() {
    StructuredDocument d = parse("""
        1. Interpretation
        In this Act “ Minister ”   means the Minister; “Court” means the High Court.
        """);
    assertThat(d.definitions()).extracting(Definition::terms)
        .containsExactly(List.of("Minister"), List.of("Court"));
  }
}
