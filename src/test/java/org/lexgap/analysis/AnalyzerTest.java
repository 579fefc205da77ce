package org.lexgap.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lexgap.checklist.Checklist;
import org.lexgap.checklist.Concept;
import org.lexgap.checklist.Element;
import org.lexgap.checklist.Kind;
import org.lexgap.checklist.Obligation;
import org.lexgap.checklist.Strength;
import org.lexgap.read.Location;
import org.lexgap.structure.Definition;
import org.lexgap.structure.Provision;
import org.lexgap.structure.ProvisionKind;
import org.lexgap.structure.StructuredDocument;

/** The matching mechanism on a tiny hand-built checklist, independent of the shipped rules. */
class AnalyzerTest {

  static Concept c(String id, String... terms) {
    return new Concept(id, id, List.of(terms), List.of());
  }

  static Element e(String id, boolean required, String... concepts) {
    return new Element(id, id.replace('-', ' '), required, List.of(concepts));
  }

  static Obligation offence(String id, String article, List<String> anchors, Element... elements) {
    return new Obligation(id, article, "", "t" + article, "II", Kind.OFFENCE, Strength.MANDATORY, "s",
        anchors, true, List.of(elements), List.of(), List.of(), List.of("cybercrime-act"), "Add it.", "2",
        true, null);
  }

  static Checklist checklist(Obligation... obligations) {
    Map<String, Concept> concepts = new LinkedHashMap<>();
    for (Concept x : List.of(c("access", "access", "gain entry"), c("ict", "computer system", "computer"),
        c("without-right", "without authority", "unlawfully", "without ... authorisation"),
        c("intent", "intentionally", "knowingly"), c("delete", "delete", "erase"), c("alter", "alter"),
        c("suppress", "suppress", "render ... useless"), c("data", "data"))) {
      concepts.put(x.id(), x);
    }
    return new Checklist("t", "t", "t", "1", "v", "en", "test", concepts, List.of(obligations));
  }

  static Provision section(String num, String heading, String... subsections) {
    List<Provision> kids = new ArrayList<>();
    int i = 1;
    for (String t : subsections) {
      kids.add(new Provision("s. " + num + "(" + i + ")", Integer.toString(i), ProvisionKind.SUBSECTION, num,
          null, t, Location.ofLine("a.txt", i), Location.ofLine("a.txt", i), "s. " + num, List.of()));
      i++;
    }
    return new Provision("s. " + num, num, ProvisionKind.SECTION, num, heading, "",
        Location.ofLine("a.txt", 1), Location.ofLine("a.txt", 1), null, kids);
  }

  static StructuredDocument doc(List<Definition> defs, Provision... sections) {
    return new StructuredDocument("a.txt", "text", 0, "Act", List.of(sections), defs, List.of());
  }

  final Obligation access = offence("X-7", "7", List.of("access"), e("conduct", true, "access"),
      e("object", true, "ict"), e("without-right", true, "without-right"), e("intent", false, "intent"));
  final Obligation data = offence("X-9", "9", List.of("delete", "alter", "suppress"),
      e("deletion", true, "delete"), e("alteration", true, "alter"), e("suppression", true, "suppress"),
      e("without-right", true, "without-right"));

  Finding only(GapReport r, String id) {
    return r.findings().stream().filter(f -> f.obligation().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void allElementsAndAPenaltyInOneSectionIsMet() {
    GapReport r = new Analyzer(checklist(access)).analyse(List.of(doc(List.of(),
        section("4", "Illegal access",
            "A person who intentionally and without authority accesses a computer system commits an offence"
                + " and is liable on conviction to imprisonment for a term not exceeding two years."))));
    Finding f = only(r, "X-7");
    assertThat(f.status()).isEqualTo(Status.MET);
    assertThat(f.provisions()).containsExactly("4");
    assertThat(f.evidence()).isNotEmpty();
    assertThat(f.evidence().get(0).provision()).isEqualTo("s. 4(1)");
    assertThat(f.evidence().get(0).matches()).extracting(ElementMatch::words)
        .anySatisfy(w -> assertThat(w).contains("accesses"));
  }

  @Test
  void aMissingLimbIsPartialAndNamed() {
    GapReport r = new Analyzer(checklist(data)).analyse(List.of(doc(List.of(),
        section("7", "Data interference",
            "A person who unlawfully deletes or alters data commits an offence.",
            "A person convicted under subsection (1) is liable to imprisonment for five years."))));
    Finding f = only(r, "X-9");
    assertThat(f.status()).isEqualTo(Status.PARTIAL);
    assertThat(f.missingElements()).containsExactly("suppression");
  }

  @Test
  void anOffenceWithoutAnyPenaltyIsNotMet() {
    GapReport r = new Analyzer(checklist(access)).analyse(List.of(doc(List.of(),
        section("4", null, "A person who knowingly and without authority accesses a computer system commits"
            + " an offence."))));
    Finding f = only(r, "X-7");
    assertThat(f.status()).isEqualTo(Status.PARTIAL);
    assertThat(f.missingElements()).containsExactly("a penalty attached to the offence");
  }

  @Test
  void aGeneralPenaltySectionCoversTheOffence() {
    GapReport r = new Analyzer(checklist(access)).analyse(List.of(doc(List.of(),
        section("4", null, "A person who without authority accesses a computer system commits an offence."),
        section("30", "General penalty", "A person who commits an offence under this Act for which no"
            + " specific penalty is provided is liable on conviction to a fine."))));
    assertThat(only(r, "X-7").status()).isEqualTo(Status.MET);
    assertThat(only(r, "X-7").provisions()).containsExactly("4");
  }

  @Test
  void aPenaltySectionThatNamesTheOffenceCoversIt() {
    GapReport r = new Analyzer(checklist(access)).analyse(List.of(doc(List.of(),
        section("4", null, "A person who without authority accesses a computer system commits an offence."),
        section("20", "Penalties", "A person who commits an offence under section 4 is liable on conviction"
            + " to imprisonment for three years."))));
    assertThat(only(r, "X-7").status()).isEqualTo(Status.MET);
  }

  @Test
  void exceptionsInterpretationAndRepealedSectionsAreNotEvidence() {
    GapReport r = new Analyzer(checklist(access)).analyse(List.of(doc(List.of(),
        section("2", "Interpretation", "In this Act, unless the context otherwise requires, \"access\""
            + " means gaining entry to a computer system without authority."),
        section("5", null, "Nothing in this section makes it an offence to access a computer system without"
            + " authority.", "A person who does so is liable on conviction to a fine."),
        section("6", null, "[Repealed by Act 3 of 2020.]"))));
    Finding f = only(r, "X-7");
    assertThat(f.status()).isEqualTo(Status.MISSING);
    assertThat(f.note()).isEqualTo("not found in these documents");
    assertThat(f.missingElements()).contains("conduct", "object");
  }

  @Test
  void aDefinedTermCarriesTheConceptsOfItsDefinition() {
    Definition hinder = new Definition(List.of("hinder"), "includes deleting, altering or suppressing data",
        "s. 2", "Act", true, Location.ofLine("a.txt", 1));
    GapReport r = new Analyzer(checklist(data)).analyse(List.of(doc(List.of(hinder),
        section("7", null, "A person who unlawfully hinders any data commits an offence and is liable on"
            + " conviction to a fine."))));
    Finding f = only(r, "X-9");
    assertThat(f.status()).isEqualTo(Status.MET);
    assertThat(f.evidence().get(0).matches()).extracting(ElementMatch::words)
        .anySatisfy(w -> assertThat(w).contains("hinders"));
  }

  @Test
  void gapsInTermsBridgeAFewWordsOnly() {
    GapReport near = new Analyzer(checklist(access)).analyse(List.of(doc(List.of(),
        section("4", null, "A person who without lawful authorisation accesses a computer system is liable"
            + " on conviction to a fine."))));
    assertThat(only(near, "X-7").status()).isEqualTo(Status.MET);
    GapReport far = new Analyzer(checklist(access)).analyse(List.of(doc(List.of(),
        section("4", null, "A person who without the consent of the owner of the system which holds it"
            + " obtains authorisation and accesses a computer system is liable on conviction to a fine."))));
    assertThat(only(far, "X-7").missingElements()).containsExactly("without right");
  }

  @Test
  void outputIsDeterministic() {
    Checklist cl = checklist(access, data);
    StructuredDocument d = doc(List.of(), section("4", "Illegal access",
        "A person who intentionally and without authority accesses or deletes data in a computer system"
            + " commits an offence and is liable on conviction to a fine."));
    assertThat(new Analyzer(cl).analyse(List.of(d))).isEqualTo(new Analyzer(cl).analyse(List.of(d)));
  }
}
