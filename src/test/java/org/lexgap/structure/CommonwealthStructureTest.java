package org.lexgap.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lexgap.structure.Docs.find;
import static org.lexgap.structure.Docs.parse;
import static org.lexgap.structure.Docs.refs;
import static org.lexgap.structure.Docs.sectionNums;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lexgap.read.BlockKind;
import org.lexgap.read.Location;
import org.lexgap.read.RawDocument;
import org.lexgap.read.TextBlock;

class CommonwealthStructureTest {

  @Test
  void partsSectionsSubsectionsParagraphsSubparagraphs() {
    StructuredDocument d = parse("""
        THE COMPUTER CRIMES ACT, 2020

        PART I—PRELIMINARY
        1. Short title
        This Act may be cited as the Computer Crimes Act, 2020.

        PART II – Provisions relating to offences
        2. Unauthorised access.—(1) A person who—
        (a) accesses a computer system; or
        (b) intercepts—
        (i) a transmission; or
        (ii) an emission,
        commits an offence.
        (2) A person convicted under subsection (1) is liable to a fine.
        """);
    assertThat(d.title()).isEqualTo("THE COMPUTER CRIMES ACT, 2020");
    assertThat(refs(d)).containsExactly("Part I", "s. 1", "Part II", "s. 2", "s. 2(1)", "s. 2(1)(a)",
        "s. 2(1)(b)", "s. 2(1)(b)(i)", "s. 2(1)(b)(ii)", "s. 2(2)");
    Provision part2 = find(d, "Part II");
    assertThat(part2.kind()).isEqualTo(ProvisionKind.PART);
    assertThat(part2.num()).isEqualTo("II");
    assertThat(part2.heading()).isEqualTo("Provisions relating to offences");
    assertThat(part2.section()).isNull();
    assertThat(find(d, "Part I").heading()).isEqualTo("PRELIMINARY");
    Provision s2 = find(d, "s. 2");
    assertThat(s2.heading()).isEqualTo("Unauthorised access");
    assertThat(s2.parentRef()).isEqualTo("Part II");
    assertThat(s2.start().line()).isEqualTo(8);
    Provision sub = find(d, "s. 2(1)(b)(ii)");
    assertThat(sub.kind()).isEqualTo(ProvisionKind.SUBPARAGRAPH);
    assertThat(sub.num()).isEqualTo("ii");
    assertThat(sub.section()).isEqualTo("2");
    assertThat(sub.parentRef()).isEqualTo("s. 2(1)(b)");
    // the wrapped tail of the list stays with the last item, in order
    assertThat(sub.text()).isEqualTo("an emission, commits an offence.");
    assertThat(sub.end().line()).isEqualTo(13);
    assertThat(find(d, "s. 2(1)").kind()).isEqualTo(ProvisionKind.SUBSECTION);
    assertThat(find(d, "s. 2(1)(a)").kind()).isEqualTo(ProvisionKind.PARAGRAPH);
    assertThat(find(d, "s. 2(2)").text()).isEqualTo("A person convicted under subsection (1) is liable to a fine.");
  }

  @Test
  void headingForms() {
    StructuredDocument d = parse("""
        1. Short title
        This Act may be cited as the Test Act.
        2.—(1) This Act binds the State.
        Interpretation
        3. (1) In this Act, "computer" means a device.
        4.
        Offences
        (1) A person commits an offence.
        5. Application.—
        This Act applies everywhere.
        6. Jurisdiction (1) The High Court has jurisdiction.
        7. Prosecution No prosecution shall be instituted under this Act except on an information
        filed by the Director.
        8. All crimes defined and penalized by the Penal Code, if committed by means of a computer, shall be
        covered by this Act.
        """);
    assertThat(sectionNums(d)).containsExactly("1", "2", "3", "4", "5", "6", "7", "8");
    assertThat(find(d, "s. 1").heading()).isEqualTo("Short title");
    assertThat(find(d, "s. 1").text()).isEqualTo("This Act may be cited as the Test Act.");
    assertThat(find(d, "s. 2").heading()).isNull();
    assertThat(find(d, "s. 2(1)").text()).isEqualTo("This Act binds the State.");
    // a marginal note printed on the line before the section number
    assertThat(find(d, "s. 3").heading()).isEqualTo("Interpretation");
    assertThat(find(d, "s. 2(1)").text()).doesNotContain("Interpretation");
    assertThat(find(d, "s. 4").heading()).isEqualTo("Offences");
    assertThat(find(d, "s. 5").heading()).isEqualTo("Application");
    assertThat(find(d, "s. 5").text()).isEqualTo("This Act applies everywhere.");
    assertThat(find(d, "s. 6").heading()).isEqualTo("Jurisdiction");
    assertThat(find(d, "s. 6(1)").text()).isEqualTo("The High Court has jurisdiction.");
    assertThat(find(d, "s. 7").heading()).isEqualTo("Prosecution");
    assertThat(find(d, "s. 7").text()).isEqualTo("No prosecution shall be instituted under this Act except"
        + " on an information filed by the Director.");
    assertThat(find(d, "s. 8").heading()).isNull();
    assertThat(find(d, "s. 8").text()).startsWith("All crimes defined and penalized by the Penal Code");
  }

  @Test
  void insertedSectionsAndSubsections() {
    StructuredDocument d = parse("""
        5. Offence
        (1) First.
        (1A) Inserted.
        (2) Second.
        5A. Inserted section
        Text.
        5B. Another
        Text.
        6. Next
        Text.
        """);
    assertThat(sectionNums(d)).containsExactly("5", "5A", "5B", "6");
    assertThat(refs(d)).contains("s. 5(1)", "s. 5(1A)", "s. 5(2)", "s. 5A");
    assertThat(find(d, "s. 5(1A)").kind()).isEqualTo(ProvisionKind.SUBSECTION);
  }

  @Test
  void insertedParagraphAndDoubledLetterList() {
    StructuredDocument d = parse("""
        1. Powers
        (1) The Minister may—
        (a) make rules;
        (aa) issue guidelines;
        (b) publish notices.
        (2) The following are exempt:
        (i) the use of:
        (aa) a device; or
        (bb) a password;
        (ii) the possession of an item.
        """);
    assertThat(refs(d)).containsExactly("s. 1", "s. 1(1)", "s. 1(1)(a)", "s. 1(1)(aa)", "s. 1(1)(b)",
        "s. 1(2)", "s. 1(2)(i)", "s. 1(2)(i)(aa)", "s. 1(2)(i)(bb)", "s. 1(2)(ii)");
  }

  @Test
  void romanOrLetterFromContext() {
    StructuredDocument d = parse("""
        3. Definitions
        In this Act—
        (a) "access" means entry;
        (b) "act" includes omission;
        (c) "author" means a person;
        (d) "code" means the Code;
        (e) "court" means a court;
        (f) "child" means a minor;
        (g) "computer" means a device;
        (h) "without right" refers to either:
        (i) conduct without authority; or
        (ii) conduct not covered by law;
        (i) "cyber" means online;
        (j) "data" means facts.
        4. List
        (a) one;
        (b) two;
        (c) three;
        (d) four;
        (e) five;
        (f) six;
        (g) seven;
        (h) eight;
        (i) nine; and
        (j) ten.
        """);
    assertThat(refs(d)).containsExactly("s. 3", "s. 3(a)", "s. 3(b)", "s. 3(c)", "s. 3(d)", "s. 3(e)",
        "s. 3(f)", "s. 3(g)", "s. 3(h)", "s. 3(h)(i)", "s. 3(h)(ii)", "s. 3(i)",
        "s. 3(j)", "s. 4", "s. 4(a)", "s. 4(b)", "s. 4(c)", "s. 4(d)", "s. 4(e)", "s. 4(f)", "s. 4(g)",
        "s. 4(h)", "s. 4(i)", "s. 4(j)");
    assertThat(find(d, "s. 3(i)").kind()).isEqualTo(ProvisionKind.PARAGRAPH);
    assertThat(find(d, "s. 3(h)(i)").kind()).isEqualTo(ProvisionKind.SUBPARAGRAPH);
  }

  @Test
  void romanNumberedDefinitionsWithInsertions() {
    StructuredDocument d = parse("""
        2. Definitions.—
        (1) In this Act,—
        (i) “act” includes—
        (a) a series of acts; or
        (b) an omission;
        (ii) “access” means gaining control;
        1
        [(iia) “aspersion” means spreading false information;]
        1
        Ins. by Act No. II of 2025, s.2.
        (iii) “authority” means the Authority;
        (iv) “code” means the Code;
        (v) “court” means the Court;
        (ix) “device” includes a tool;
        (x) “data” includes content data;
        (2) Other words have their ordinary meaning.
        """);
    assertThat(refs(d)).containsExactly("s. 2", "s. 2(1)", "s. 2(1)(i)", "s. 2(1)(i)(a)", "s. 2(1)(i)(b)",
        "s. 2(1)(ii)", "s. 2(1)(iia)", "s. 2(1)(iii)", "s. 2(1)(iv)", "s. 2(1)(v)", "s. 2(2)");
    // (ix) does not follow (v): kept as text, and so is (x) after it
    assertThat(find(d, "s. 2(1)(v)").text()).contains("(ix) “device” includes a tool;");
    assertThat(find(d, "s. 2(1)(iia)").text()).isEqualTo("“aspersion” means spreading false information;]");
    assertThat(String.join(" ", refs(d))).doesNotContain("Ins.");
    assertThat(find(d, "s. 2(1)(ii)").text()).doesNotContain("Ins. by");
  }

  @Test
  void inlineLabelsAreSplit() {
    StructuredDocument d = parse("""
        7. Immaterial matters
        (1) It is immaterial that the access is not directed at— (a) any program; (b) any data; or (c) any computer.
        (2) (a) A person convicted is liable to a fine.
        (b) Where damage results, the fine is doubled.
        (3) For the purposes of paragraph (a) or (b) of subsection (1), this applies.
        """);
    assertThat(refs(d)).containsExactly("s. 7", "s. 7(1)", "s. 7(1)(a)", "s. 7(1)(b)", "s. 7(1)(c)", "s. 7(2)",
        "s. 7(2)(a)", "s. 7(2)(b)", "s. 7(3)");
    assertThat(find(d, "s. 7(1)").text()).isEqualTo("It is immaterial that the access is not directed at—");
    assertThat(find(d, "s. 7(1)(b)").text()).isEqualTo("any data; or");
    assertThat(find(d, "s. 7(2)").text()).isEmpty();
    assertThat(find(d, "s. 7(3)").text()).contains("paragraph (a) or (b) of subsection (1)");
  }

  @Test
  void falseSectionHeadsStayText() {
    StructuredDocument d = parse("""
        THE CYBERCRIMES ACT,
        2015 (ACT NO. 14 OF 2015)
        1. Short title
        This Act may be cited as the Cybercrimes Act.
        2. Offence
        (1) A person who contravenes subsection
        (1) commits an offence and is liable to imprisonment for
        10 years or a fine of
        3.5 million shillings.
        (2) The period of preservation is six
        (6) months, extendable for thirty
        (30) days.
        1[
        (3) The penalty shall be one
        (1) degree higher.
        40. Later section
        Text referring to section 3 of this Act and
        3. lines that begin with a number.
        41. Last
        Text.
        """);
    assertThat(sectionNums(d)).containsExactly("1", "2", "40", "41");
    assertThat(refs(d)).containsExactly("s. 1", "s. 2", "s. 2(1)", "s. 2(2)", "s. 2(3)", "s. 40", "s. 41");
    assertThat(find(d, "s. 2(1)").text()).isEqualTo("A person who contravenes subsection (1) commits an offence"
        + " and is liable to imprisonment for 10 years or a fine of 3.5 million shillings.");
    assertThat(find(d, "s. 2(2)").text()).isEqualTo(
        "The period of preservation is six (6) months, extendable for thirty (30) days.");
    assertThat(find(d, "s. 2(3)").text()).isEqualTo("The penalty shall be one (1) degree higher.");
    assertThat(find(d, "s. 40").text()).endsWith("and 3. lines that begin with a number.");
  }

  @Test
  void duplicatedSectionLineIsNotASecondSection() {
    StructuredDocument d = parse("""
        29. Separability Clause — If any provision is held invalid, the rest remains in force.
        Section 29. Separability Clause — If any provision is held invalid, the rest remains in force.
        30. Repealing Clause
        Inconsistent laws are repealed.
        Section 31. Effectivity — This Act takes effect fifteen days after publication.
        """);
    assertThat(sectionNums(d)).containsExactly("29", "30", "31");
    assertThat(find(d, "s. 29").heading()).isEqualTo("Separability Clause");
    assertThat(find(d, "s. 31").heading()).isEqualTo("Effectivity");
  }

  @Test
  void bracketedInsertionsAndFootnotes() {
    StructuredDocument d = parse("""
        22. Child pornography.—
        Whoever produces child pornography shall be punished.
        1
        [22A. Online grooming.— Whoever grooms a minor shall be punished.
        22B. Exploitation.—
        Whoever exploits a minor shall be punished.]
        1
        Ins. by Act No. II of 2025, s.7.
        1
        [26A, False information.—Whoever disseminates false information shall be punished.]
        (2E) Removal of members.— (1) The Government may remove a member.
        27. Recognition.—
        (1)
        Notwithstanding anything in any other law, offences are recognised.
        """);
    assertThat(sectionNums(d)).containsExactly("22", "22A", "22B", "26A", "27");
    assertThat(find(d, "s. 22A").heading()).isEqualTo("Online grooming");
    assertThat(find(d, "s. 22A").text()).isEqualTo("Whoever grooms a minor shall be punished.");
    assertThat(find(d, "s. 22B").text()).isEqualTo("Whoever exploits a minor shall be punished.]");
    assertThat(find(d, "s. 26A").heading()).isEqualTo("False information");
    // "(2E)" after 26A is not a successor section: it stays text
    assertThat(find(d, "s. 26A").text()).contains("(2E) Removal of members");
    assertThat(find(d, "s. 27(1)").text()).startsWith("Notwithstanding anything");
  }

  @Test
  void insertedSectionPrintedInBrackets() {
    StructuredDocument d = parse("""
        2D. Composition.—
        (1) The Authority consists of a Chairperson and members.
        (2E) Removal of Chairperson and members.— (1) The Government may remove a member.
        (2) A vacancy shall be filled within three months.
        (2F) Meetings.— The Chairperson presides.
        2G. Powers.— The Chairperson is the chief executive.
        """);
    assertThat(sectionNums(d)).containsExactly("2D", "2E", "2F", "2G");
    assertThat(refs(d)).contains("s. 2E(1)", "s. 2E(2)");
    assertThat(find(d, "s. 2E").heading()).isEqualTo("Removal of Chairperson and members");
  }

  @Test
  void schedulesAndRunningDivisionTitles() {
    StructuredDocument d = parse("""
        1. Interpretation
        In this Act "Minister" means the Minister for ICT; Part II – Offences
        PART II
        OFFENCES
        2. Offence
        A person commits an offence.
        FIRST SCHEDULE (section 2)
        1. Fines are in currency points.
        2. A currency point is 20,000 shillings.
        SCHEDULE 2 – Forms
        Form A.
        """);
    assertThat(sectionNums(d)).containsExactly("1", "2");
    assertThat(find(d, "s. 1").text()).isEqualTo("In this Act \"Minister\" means the Minister for ICT;");
    assertThat(find(d, "Part II").heading()).isEqualTo("OFFENCES");
    Provision first = find(d, "Schedule 1");
    assertThat(first.kind()).isEqualTo(ProvisionKind.SCHEDULE);
    assertThat(first.parentRef()).isNull();
    assertThat(first.text()).contains("1. Fines are in currency points.");
    assertThat(find(d, "Schedule 2").heading()).isEqualTo("Forms");
  }

  @Test
  void divisionHeadingPrintedTwiceIsOneDivision() {
    StructuredDocument d = parse("""
        7. Liability
        A prosecution is without prejudice to other liability.
        CHAPTER III PENALTIE
        CHAPTER III - PENALTIES
        8. Penalties
        Text.
        """);
    assertThat(refs(d)).containsExactly("s. 7", "Chapter III", "s. 8");
    assertThat(find(d, "Chapter III").heading()).isEqualTo("PENALTIES");
  }

  @Test
  void arrangementOfSectionsIsSkipped() {
    StructuredDocument d = parse("""
        Revised Laws of Mauritius
        COMPUTER MISUSE ACT
        ARRANGEMENT OF SECTIONS
        PART I - PRELIMINARY
        1. Short title
        2. Interpretation
        PART II - OFFENCES
        3. Unauthorised access
        COMPUTER MISUSE ACT
        PART I - PRELIMINARY
        1. Short title
        This Act may be cited as the Computer Misuse Act.
        2. Interpretation
        In this Act, "data" means information.
        PART II - OFFENCES
        3. Unauthorised access
        Any person who accesses a computer commits an offence.
        22. - 23. --
        """);
    assertThat(sectionNums(d)).containsExactly("1", "2", "3", "22", "23");
    assertThat(refs(d)).startsWith("Part I", "s. 1", "s. 2", "Part II", "s. 3");
    assertThat(find(d, "s. 1").text()).isEqualTo("This Act may be cited as the Computer Misuse Act.");
    assertThat(find(d, "s. 22").text()).isEmpty();
    assertThat(d.title()).isEqualTo("COMPUTER MISUSE ACT");
  }

  @Test
  void runningHeadersPageNumbersAndSoftHyphensAreRemoved() {
    StringBuilder sb = new StringBuilder("COMPUTER MISUSE ACT\n1. Short title\nThis Act may be cited.\n");
    for (int i = 2; i <= 6; i++) {
      sb.append(i).append(". Section ").append(i).append('\n')
          .append("(1) Text of section ").append(i).append(" runs on and\n")
          .append("[Issue 1]\n").append("C37 \u00AD ").append(i).append('\n').append("Revised Laws of Mauritius\n")
          .append("continues here after the page break.\n");
    }
    sb.append("PART III \u00AD MISCELLANEOUS\n7. Forfeiture\nThe court may order forfeiture.\n");
    StructuredDocument d = parse(sb.toString());
    assertThat(sectionNums(d)).containsExactly("1", "2", "3", "4", "5", "6", "7");
    assertThat(find(d, "s. 4(1)").text()).isEqualTo("Text of section 4 runs on and continues here after the page break.");
    assertThat(find(d, "Part III").heading()).isEqualTo("MISCELLANEOUS");
    for (Provision s : d.sections()) {
      assertThat(s.fullText()).doesNotContain("Issue").doesNotContain("C37").doesNotContain("Revised Laws");
    }
  }

  @Test
  void hyphenatedWordWrappedAcrossLinesIsRejoined() {
    StructuredDocument d = parse("""
        1. Use
        (1) Data may be used for de-
        tecting offences and for non-
        extendable periods.
        """);
    assertThat(find(d, "s. 1(1)").text()).isEqualTo("Data may be used for de-tecting offences and for non-extendable periods.");
  }

  @Test
  void restartedListInsideDefinitionsStaysWithTheEntry() {
    StructuredDocument d = parse("""
        3. Interpretation
        In this Act— “child pornography” means material that depicts:
        (a) a child;
        (b) a person appearing to be a child; or
        (c) an image of a child; “device” includes—
        (a) a program;
        (b) a component;
        (c) a storage component;
        (d) input devices; “publish” means to make available;
        4. Offence
        Text.
        """);
    assertThat(refs(d)).containsExactly("s. 3", "s. 3(a)", "s. 3(b)", "s. 3(c)", "s. 4");
    assertThat(find(d, "s. 3(c)").text()).contains("(d) input devices;");
  }

  @Test
  void titledLettersAreNotParagraphs() {
    StructuredDocument d = parse("""
        51. Regulations
        The Minister may make regulations.
        (a) – Amendment of the Penal Code
        52. Construction
        This Part is read as one with the Penal Code.
        """);
    assertThat(refs(d)).containsExactly("s. 51", "s. 52");
  }

  @Test
  void sectionsOutOfOrderAfterAHighNumberAreCrossReferences() {
    StructuredDocument d = parse("""
        10. Offence
        A person commits an offence under
        5. of the Penal Code.
        11. Penalty
        Text.
        """);
    assertThat(sectionNums(d)).containsExactly("10", "11");
  }

  @Test
  void treatyArticlesInAScheduleDoNotMakeTheActACode() {
    StructuredDocument d = parse("""
        1. Short title
        This Act may be cited as the Extradition (Amendment) Act.
        2. Treaty
        The Convention in the Schedule has the force of law.
        SCHEDULE
        Article 1
        Definitions apply.
        Article 2
        Offences are extraditable.
        Article 3
        Requests are in writing.
        """);
    assertThat(sectionNums(d)).containsExactly("1", "2");
    assertThat(find(d, "Schedule").text()).contains("Article 2 Offences are extraditable.");
  }

  @Test
  void undottedSectionNumbersOnlyInFormatHeadings() {
    List<TextBlock> blocks = List.of(
        new TextBlock("Computer Misuse Act 1990", BlockKind.HEADING, 1,
            Location.ofParagraph("a.html", 1), null),
        new TextBlock("1 Unauthorised access to computer material",
            BlockKind.HEADING, 2, Location.ofParagraph("a.html", 2), null),
        TextBlock.paragraph("(1) A person is guilty of an offence if he causes a computer to",
            Location.ofParagraph("a.html", 3)),
        TextBlock.paragraph("2 years is the maximum term.",
            Location.ofParagraph("a.html", 4)),
        new TextBlock("3 Unauthorised acts", BlockKind.HEADING, 2,
            Location.ofParagraph("a.html", 5), null));
    StructuredDocument d = new StructureParser().parse(
        new RawDocument("a.html", "html", 0, blocks, List.of()));
    assertThat(d.title()).isEqualTo("Computer Misuse Act 1990");
    assertThat(sectionNums(d)).containsExactly("1", "3");
    assertThat(find(d, "s. 1").heading()).isEqualTo("Unauthorised access to computer material");
    assertThat(find(d, "s. 1(1)").text()).endsWith("causes a computer to 2 years is the maximum term.");
    assertThat(find(d, "s. 1").start().paragraph()).isEqualTo(2);
  }
}
