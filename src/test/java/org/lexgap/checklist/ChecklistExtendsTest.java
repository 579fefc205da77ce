package org.lexgap.checklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lexgap.checklist.ChecklistLoaderTest.errors;
import static org.lexgap.checklist.ChecklistLoaderTest.f;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChecklistExtendsTest {

  @Test
  void extensionInheritsOverridesReplacesAppendsAndDisables() throws Exception {
    LoadResult r = ChecklistLoader.loadWithWarnings(f("extension.yaml"));
    assertThat(r.warnings()).isEmpty();
    Checklist c = r.checklist();
    assertThat(c.id()).isEqualTo("mini-national");
    assertThat(c.title()).isEqualTo("Mini Convention as applied nationally");
    assertThat(c.version()).isEqualTo("1.1.0");
    assertThat(c.treaty()).as("inherited").isEqualTo("Mini Convention for Tests");
    assertThat(c.textVersion()).isEqualTo("TEST/1, annex");
    assertThat(c.language()).isEqualTo("en");
    assertThat(c.source()).isEqualTo(f("extension.yaml"));

    assertThat(c.concepts().keySet()).containsExactly("ict-system", "access", "without-right", "intent",
        "security-measure", "interference", "preserve", "judicial-review", "central-authority", "misuse");
    assertThat(c.concepts().get("access").terms()).containsExactly("access", "obtain entry");

    assertThat(c.obligations()).extracting(Obligation::id)
        .containsExactly("MINI-7", "MINI-9", "MINI-40-central-authority", "MINI-11");
    Obligation o9 = c.obligation("MINI-9").orElseThrow();
    assertThat(o9.title()).isEqualTo("Interference with data (national)");
    assertThat(o9.strength()).isEqualTo(Strength.OPTIONAL);
    assertThat(o9.elements()).hasSize(1);
    assertThat(c.obligation("MINI-25")).isEmpty();
  }

  @Test
  void errorsPointIntoTheFileWhereTheNodeIs() {
    String e = f("extension-broken.yaml");
    assertThat(errors("extension-broken.yaml")).containsExactly(
        e + ":3:9: 'treaty': string expected, found an integer (42) (put it in quotes: \"42\") (at treaty)",
        e + ":4:20: cannot disable 'MINI-99': no such obligation in " + f("mini.yaml")
            + "; did you mean 'MINI-9'? (at disable[1])",
        e + ":5:1: unknown key 'colour' in checklist (at colour)",
        e + ":7:9: obligation id 'MINI-7' does not match article 8: the number after the prefix must be the"
            + " article number (at obligations[0].id)",
        e + ":17:20: undefined concept 'acces'; did you mean 'access'? (at obligations[0].elements[0].concepts[0])");

    assertThat(errors("extends-broken-base.yaml")).containsExactly(
        f("extends-broken-base.yaml") + ":14:20: undefined concept 'c' (at obligations[0].elements[0].concepts[0])",
        f("base-broken.yaml") + ":22:20: undefined concept 'b' (at obligations[0].elements[0].concepts[0])");
  }

  @Test
  void cyclesAndMissingBasesAreErrors() {
    assertThat(errors("cycle-a.yaml")).containsExactly(f("cycle-b.yaml") + ":2:10: extends cycle: "
        + f("cycle-a.yaml") + " -> " + f("cycle-b.yaml") + " -> " + f("cycle-a.yaml") + " (at extends)");
    assertThat(errors("self.yaml")).containsExactly(
        f("self.yaml") + ":2:10: extends cycle: " + f("self.yaml") + " -> " + f("self.yaml") + " (at extends)");
    assertThat(errors("extends-missing.yaml")).containsExactly(f("extends-missing.yaml")
        + ":2:10: cannot find the base checklist 'no-such-base.yaml': not an embedded checklist"
        + " (budapest-convention, un-cybercrime-convention) and no file " + f("no-such-base.yaml") + " (at extends)");
  }

  @Test
  void disableWithoutExtendsAndNonStringExtends(@TempDir Path dir) throws Exception {
    String mini = Files.readString(Path.of(f("mini.yaml")));
    Path noBase = dir.resolve("disable.yaml");
    Files.writeString(noBase, "disable: [MINI-7]\n" + mini);
    assertThat(ChecklistLoader.validate(noBase).errors()).extracting(ChecklistError::toString)
        .containsExactly(noBase + ":1:1: 'disable' is only valid together with 'extends' (at disable)");

    Path badExtends = dir.resolve("bad-extends.yaml");
    Files.writeString(badExtends, "id: x\nextends: [a, b]\n");
    assertThat(ChecklistLoader.validate(badExtends).errors()).extracting(ChecklistError::toString)
        .containsExactly(badExtends + ":2:10: 'extends': string expected, found a list (at extends)");
  }

  @Test
  void extensionMayDefineDuplicatesOnlyOnce(@TempDir Path dir) throws Exception {
    Files.copy(Path.of(f("mini.yaml")), dir.resolve("mini.yaml"));
    Path ext = dir.resolve("ext.yaml");
    Files.writeString(ext, """
        id: twice
        extends: mini.yaml
        concepts:
          - id: access
            label: One
            terms: [a]
          - id: access
            label: Two
            terms: [b]
        """);
    assertThat(ChecklistLoader.validate(ext).errors()).extracting(ChecklistError::toString)
        .containsExactly(ext + ":7:9: duplicate concept id 'access' (first defined at line 4) (at concepts[1].id)");
  }
}
