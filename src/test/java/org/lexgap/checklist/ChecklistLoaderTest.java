package org.lexgap.checklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChecklistLoaderTest {

  static final Path DIR = Path.of("src/test/resources/checklist");

  static String f(String name) {
    return DIR.resolve(name).toString();
  }

  static List<String> errors(String name) {
    return ChecklistLoader.validate(DIR.resolve(name)).errors().stream().map(ChecklistError::toString).toList();
  }

  @Test
  void loadsTheMiniChecklistWithDefaultsAndNoWarnings() throws Exception {
    LoadResult r = ChecklistLoader.loadWithWarnings(f("mini.yaml"));
    assertThat(r.warnings()).isEmpty();
    Checklist c = r.checklist();
    assertThat(c.id()).isEqualTo("mini-convention");
    assertThat(c.title()).isEqualTo("Mini Convention — test obligations on national law");
    assertThat(c.treaty()).isEqualTo("Mini Convention for Tests");
    assertThat(c.textVersion()).isEqualTo("TEST/1, annex");
    assertThat(c.version()).isEqualTo("1.0.0");
    assertThat(c.language()).isEqualTo("en");
    assertThat(c.source()).isEqualTo(f("mini.yaml"));
    assertThat(c.concepts()).hasSize(9);
    assertThat(c.concepts().keySet()).startsWith("ict-system", "access", "without-right");
    assertThat(c.concepts().get("interference").patterns())
        .containsExactly("render(?:s|ed|ing)? [a-z ]{0,30}(?:useless|ineffective|meaningless)");
    assertThat(c.concepts().get("ict-system").terms()).contains("computer system");
    assertThat(c.obligations()).extracting(Obligation::id)
        .containsExactly("MINI-7", "MINI-9", "MINI-25", "MINI-40-central-authority");

    Obligation o7 = c.obligation("MINI-7").orElseThrow();
    assertThat(o7.article()).isEqualTo("7");
    assertThat(o7.paragraph()).isEqualTo("1");
    assertThat(o7.kind()).isEqualTo(Kind.OFFENCE);
    assertThat(o7.strength()).isEqualTo(Strength.MANDATORY_WITH_OPTIONS);
    assertThat(o7.anchors()).as("default: concepts of the first element").containsExactly("access");
    assertThat(o7.penaltyRequired()).as("default for offences").isTrue();
    assertThat(o7.elements()).hasSize(4).allMatch(Element::required);
    assertThat(o7.options()).containsExactly(
        new OptionDef("security-measures", "By infringing security measures", List.of("security-measure")));
    assertThat(o7.reservations()).hasSize(1);
    assertThat(o7.implementedIn()).containsExactly("cybercrime-act", "penal-code");
    assertThat(o7.budapest()).isEqualTo("2");
    assertThat(o7.assessable()).isTrue();
    assertThat(o7.assessableNote()).isEmpty();

    Obligation o9 = c.obligation("MINI-9").orElseThrow();
    assertThat(o9.paragraph()).isEmpty();
    assertThat(o9.anchors()).containsExactly("interference");
    assertThat(o9.requiredElements()).extracting(Element::id).containsExactly("conduct", "without-right");

    Obligation o25 = c.obligation("MINI-25").orElseThrow();
    assertThat(o25.kind()).isEqualTo(Kind.POWER);
    assertThat(o25.penaltyRequired()).as("default for non-offences").isFalse();
    assertThat(o25.budapest()).isEqualTo("16-17");

    Obligation o40 = c.obligation("MINI-40-central-authority").orElseThrow();
    assertThat(o40.article()).isEqualTo("40");
    assertThat(o40.assessable()).isFalse();
    assertThat(o40.assessableNote()).startsWith("Usually designated");
  }

  @Test
  void loadFileAndLoadByPathAgree() throws Exception {
    assertThat(ChecklistLoader.loadFile(DIR.resolve("mini.yaml")))
        .isEqualTo(ChecklistLoader.load(f("mini.yaml")));
  }

  @Test
  void reportsEveryErrorWithLineColumnAndPath() {
    String b = f("broken.yaml");
    assertThat(errors("broken.yaml")).containsExactly(
        b + ":5:10: 'version': string expected, found a number (1.0) (put it in quotes: \"1.0\") (at version)",
        b + ":11:9: duplicate concept id 'access' (first defined at line 8) (at concepts[1].id)",
        b + ":14:9: invalid id 'Bad_Id': use lower-case letters, digits and '-', starting with a letter or digit"
            + " (at concepts[2].id)",
        b + ":16:16: invalid pattern: missing closing ) in '(unclosed' (at concepts[2].patterns[0])",
        b + ":17:5: a concept needs at least one of 'terms' or 'patterns' (at concepts[3])",
        b + ":24:11: invalid kind 'offense': expected one of offence, power, safeguard, jurisdiction, cooperation,"
            + " general; did you mean 'offence'? (at obligations[0].kind)",
        b + ":27:5: unknown key 'elemnts' in obligation; did you mean 'elements'? (at obligations[0].elemnts)",
        b + ":31:20: undefined concept 'acess'; did you mean 'access'? (at obligations[0].elements[0].concepts[0])",
        b + ":32:13: duplicate element id 'conduct' in this obligation (first at line 29)"
            + " (at obligations[0].elements[1].id)",
        b + ":37:15: 'budapest': string expected, found an integer (2) (put it in quotes: \"2\")"
            + " (at obligations[0].budapest)",
        b + ":39:14: 'article': integer expected, found a string (remove the quotes) (at obligations[1].article)",
        b + ":41:14: 'chapter': string expected, found an integer (2) (put it in quotes: \"2\")"
            + " (at obligations[1].chapter)",
        b + ":43:15: invalid strength 'always': expected one of mandatory, optional, mandatory-with-options"
            + " (at obligations[1].strength)",
        b + ":48:9: 'concepts' must not be empty (at obligations[1].elements[0].concepts)",
        b + ":49:22: invalid implemented-in 'cyber-law': expected one of cybercrime-act, penal-code,"
            + " criminal-procedure-code, aml-law, mla-law, extradition-law, data-protection-law, constitution,"
            + " regulation (at obligations[1].implemented-in[0])",
        b + ":52:5: 'assessable: false' needs an 'assessable-note' saying why (at obligations[1].assessable)",
        b + ":56:5: duplicate key 'title' (first at line 55) (at obligations[2].title)",
        b + ":61:15: 'elements': list expected, found a mapping (at obligations[2].elements)",
        b + ":62:21: 'implemented-in': list expected, found a string (write [penal-code] or a '- ' item per line)"
            + " (at obligations[2].implemented-in)",
        b + ":65:5: missing required field 'title' (at obligations[3])",
        b + ":65:9: obligation id 'T-10' does not match article 11: the number after the prefix must be the"
            + " article number (at obligations[3].id)");
  }

  @Test
  void exceptionCarriesEveryError() {
    assertThatThrownBy(() -> ChecklistLoader.load(f("broken.yaml")))
        .isInstanceOfSatisfying(ChecklistException.class, e -> {
          assertThat(e.errors()).hasSize(21);
          assertThat(e.getMessage().lines()).hasSize(21);
          assertThat(e.errors().get(0).line()).isEqualTo(5);
          assertThat(e.errors().get(0).column()).isEqualTo(10);
          assertThat(e.errors().get(0).path()).isEqualTo("version");
        });
  }

  @Test
  void syntaxErrorIsOneErrorAtTheParsersPosition() {
    assertThat(errors("syntax-error.yaml")).containsExactly(f("syntax-error.yaml")
        + ":6:7: YAML syntax error: expected ',' or ']', but got : (while parsing a flow sequence at line 5,"
        + " column 12)");
  }

  @Test
  void missingFileAndUnknownNames() {
    assertThat(ChecklistLoader.validate("no/such/checklist.yaml").errors()).extracting(ChecklistError::toString)
        .containsExactly("no/such/checklist.yaml: no such file, and not an embedded checklist"
            + " (budapest-convention, un-cybercrime-convention)");
    assertThat(ChecklistLoader.validate(DIR).errors()).extracting(ChecklistError::message)
        .containsExactly("is a directory, not a checklist file");
    assertThatThrownBy(() -> ChecklistLoader.loadEmbedded("made-up"))
        .isInstanceOf(ChecklistException.class)
        .hasMessage("embedded:made-up: no embedded checklist 'made-up'; embedded checklists:"
            + " budapest-convention, un-cybercrime-convention");
  }

  @Test
  void warnsAboutUnusedConceptsRequiredlessObligationsAndEmptyMatches() throws Exception {
    LoadResult r = ChecklistLoader.loadWithWarnings(f("warnings.yaml"));
    String w = f("warnings.yaml");
    assertThat(r.warnings()).extracting(ChecklistError::toString).containsExactly(
        w + ":12:9: concept 'unused' is never used by any obligation (at concepts[1].id)",
        w + ":17:21: term 'Access' is listed twice (at concepts[2].terms[1])",
        w + ":18:16: pattern matches the empty string, so it matches every sentence (at concepts[2].patterns[0])",
        w + ":20:9: obligation has no required element: any provision that mentions its anchors would count as"
            + " met (at obligations[0].id)",
        w + ":36:5: 'assessable-note' is ignored because 'assessable' is true (at obligations[0].assessable-note)");
    assertThat(r.checklist().obligations()).hasSize(1);
  }

  @Test
  void embeddedLoadingReadsClasspathResources() {
    Validation v = ChecklistLoader.validateResource("mini", "/org/lexgap/checklist/embedded-mini.yaml");
    assertThat(v.errors()).isEmpty();
    assertThat(v.checklist().orElseThrow().source()).isEqualTo("embedded:mini");
    assertThat(v.checklist().orElseThrow().obligations()).hasSize(1);

    Validation missing = ChecklistLoader.validateResource("gone", "/org/lexgap/checklist/not-there.yaml");
    assertThat(missing.errors()).extracting(ChecklistError::toString)
        .containsExactly("embedded:gone: embedded checklist 'gone' is missing from this build");
  }

  @Test
  void theDocumentedExampleIsValidAndClean(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    String doc = java.nio.file.Files.readString(Path.of("docs/checklist-format.md"));
    int start = doc.indexOf("```yaml\n") + "```yaml\n".length();
    Path p = dir.resolve("example.yaml");
    java.nio.file.Files.writeString(p, doc.substring(start, doc.indexOf("```", start)));
    Validation v = ChecklistLoader.validate(p);
    assertThat(v.errors()).isEmpty();
    assertThat(v.warnings()).isEmpty();
    Obligation o = v.checklist().orElseThrow().obligation("UNCC-7").orElseThrow();
    assertThat(o.reservations().get(0)).startsWith("A State Party may require").doesNotContain("\n");
  }

  @Test
  void embeddedNames() {
    assertThat(Checklists.embeddedNames()).containsExactly("budapest-convention", "un-cybercrime-convention");
    assertThat(ChecklistLoader.DEFAULT).isEqualTo("un-cybercrime-convention");
    assertThat(Checklists.isEmbedded(ChecklistLoader.DEFAULT)).isTrue();
  }
}
