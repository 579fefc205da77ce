package org.lexgap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectConfigTest {

  @TempDir Path dir;

  private Path write(String name, String yaml) throws Exception {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, yaml, StandardCharsets.UTF_8);
    return p;
  }

  private ConfigException error(String yaml) throws Exception {
    Path p = write(".lexgap.yaml", yaml);
    try {
      ProjectConfig.load(p);
    } catch (ConfigException e) {
      return e;
    }
    throw new AssertionError("expected a ConfigException for:\n" + yaml);
  }

  @Test
  void readsEveryKeyAndResolvesPathsAgainstTheConfigFolder() throws Exception {
    Path p = write("proj/.lexgap.yaml", """
        documents:
          - bill/draft.md
          - ../laws
        checklist: rules/custom.yaml
        fail-on: partial
        format: SARIF
        output: out/report.sarif
        baseline: .lexgap-baseline.json
        waivers:
          - obligation: UNCC-40
            reason: Mutual legal assistance is governed by the MLA Act.
            implemented-in: Mutual Assistance in Criminal Matters Act 2003, s. 3
            expires: 2026-12-31
          - obligation: UNCC-7
            reason: "Covered by the Penal Code"
        """);
    ProjectConfig c = ProjectConfig.load(p);
    Path base = dir.resolve("proj").toAbsolutePath().normalize();
    assertThat(c.file()).isEqualTo(p.toAbsolutePath().normalize());
    assertThat(c.documents()).containsExactly(base.resolve("bill/draft.md"), dir.toAbsolutePath().normalize()
        .resolve("laws"));
    assertThat(c.checklist()).isEqualTo(base.resolve("rules/custom.yaml").toString());
    assertThat(c.failOn()).isEqualTo("partial");
    assertThat(c.format()).isEqualTo("sarif");
    assertThat(c.output()).isEqualTo(base.resolve("out/report.sarif"));
    assertThat(c.baseline()).isEqualTo(base.resolve(".lexgap-baseline.json"));
    assertThat(c.waivers()).hasSize(2);
    WaiverSpec w = c.waivers().get(0);
    assertThat(w.obligation()).isEqualTo("UNCC-40");
    assertThat(w.implementedIn()).isEqualTo("Mutual Assistance in Criminal Matters Act 2003, s. 3");
    assertThat(w.expires()).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(w.origin()).isEqualTo(p + ":10:5");
    assertThat(c.waivers().get(1).expires()).isNull();
    assertThat(c.waivers().get(1).reason()).isEqualTo("Covered by the Penal Code");
  }

  @Test
  void aChecklistNameStaysAName() throws Exception {
    ProjectConfig c = ProjectConfig.load(write(".lexgap.yaml", "checklist: un-cybercrime-convention\n"));
    assertThat(c.checklist()).isEqualTo("un-cybercrime-convention");
    assertThat(c.documents()).isEmpty();
    assertThat(c.failOn()).isNull();
    assertThat(c.baseline()).isNull();
  }

  @Test
  void anEmptyFileIsAnEmptyConfiguration() throws Exception {
    ProjectConfig c = ProjectConfig.load(write(".lexgap.yaml", "# nothing yet\n"));
    assertThat(c.waivers()).isEmpty();
    assertThat(c.format()).isNull();
  }

  @Test
  void reportsEveryErrorWithFileLineColumnAndPath() throws Exception {
    ConfigException e = error("""
        documents: bill.md
        fail-on: sometimes
        waivers:
          - obligation: UNCC-7
            reason: ""
          - reason: no obligation named
          - obligation: UNCC-8
            reason: ok
            expires: 2026-02-30
        """);
    String f = dir.resolve(".lexgap.yaml").toString();
    assertThat(e.errors()).containsExactly(
        f + ":1:12: expected a list of files or folders, found a string (write ['bill.md']) (at documents)",
        f + ":2:10: 'sometimes' is not one of missing, partial, never (at fail-on)",
        f + ":5:13: expected the reason the gap is accepted, found an empty string (at waivers[0].reason)",
        f + ":6:5: a waiver needs 'obligation' (the id of the obligation it waives) (at waivers[1])",
        f + ":9:14: '2026-02-30' is not a date in the form yyyy-mm-dd (at waivers[2].expires)");
    assertThat(e.getMessage()).isEqualTo(String.join("\n", e.errors()));
  }

  @Test
  void unknownKeysAreRejectedWithASuggestion() throws Exception {
    ConfigException e = error("""
        failon: missing
        wiavers:
          - obligation: UNCC-7
            reasn: typo
        colour: red
        """);
    assertThat(e.errors()).hasSize(3);
    assertThat(e.errors().get(0)).endsWith(":1:1: unknown key 'failon' (did you mean 'fail-on'?); known keys: "
        + "documents, checklist, fail-on, format, output, waivers, baseline");
    assertThat(e.errors().get(1)).contains(":2:1: unknown key 'wiavers' (did you mean 'waivers'?)");
    assertThat(e.errors().get(2)).contains(":5:1: unknown key 'colour';");
  }

  @Test
  void unknownWaiverKeysAndMissingReasonAreReported() throws Exception {
    ConfigException e = error("""
        waivers:
          - obligation: UNCC-7
            reasn: typo
        """);
    assertThat(e.errors()).hasSize(2);
    assertThat(e.errors().get(0)).contains(":3:5: unknown key 'reasn' (did you mean 'reason'?)")
        .endsWith("(at waivers[0])");
    assertThat(e.errors().get(1)).contains(":2:5: a waiver needs 'reason'");
  }

  @Test
  void formatTypoIsSuggested() throws Exception {
    assertThat(error("format: sarf\n").errors().get(0))
        .endsWith(":1:9: 'sarf' is not one of text, md, json, csv, html, sarif, junit, github "
            + "(did you mean 'sarif'?) (at format)");
  }

  @Test
  void duplicateKeysAndDuplicateWaiversAreErrors() throws Exception {
    ConfigException e = error("""
        format: md
        format: json
        waivers:
          - {obligation: UNCC-7, reason: a}
          - {obligation: UNCC-7, reason: b}
        """);
    assertThat(e.errors()).hasSize(2);
    assertThat(e.errors().get(0)).contains(":2:1: duplicate key 'format' (first at line 1)");
    assertThat(e.errors().get(1)).contains(":5:5: a second waiver for UNCC-7 (the first is at line 4)");
  }

  @Test
  void anchorsAndAliasesAreRefused() throws Exception {
    ConfigException e = error("""
        documents: &docs
          - a.md
        output: *docs
        """);
    assertThat(e.errors()).anyMatch(s -> s.contains(":1:12: YAML anchors (&name) are not allowed"));
    assertThat(e.errors()).anyMatch(s -> s.contains(":3:9: YAML aliases (*name) are not allowed"));
  }

  @Test
  void syntaxErrorsAreOneLineWithLocation() throws Exception {
    ConfigException e = error("documents: [a.md\nformat: md\n");
    assertThat(e.errors()).hasSize(1);
    assertThat(e.errors().get(0)).startsWith(dir.resolve(".lexgap.yaml") + ":").contains("invalid YAML")
        .doesNotContain("\n");
  }

  @Test
  void theTopLevelMustBeAMapping() throws Exception {
    assertThat(error("- a.md\n").errors().get(0)).contains(":1:1: expected a mapping of settings");
  }

  @Test
  void deepNestingAndOversizedFilesAreRefused() throws Exception {
    String deep = "documents: " + "[".repeat(40) + "]".repeat(40) + "\n";
    assertThat(error(deep).getMessage()).contains("nested");
    Path big = write(".lexgap.yaml", "# " + "x".repeat((int) ProjectConfig.MAX_BYTES) + "\n");
    assertThatThrownBy(() -> ProjectConfig.load(big)).isInstanceOf(ConfigException.class)
        .hasMessageContaining("more than the limit");
  }

  @Test
  void aMissingFileIsAConfigError() {
    assertThatThrownBy(() -> ProjectConfig.load(dir.resolve("nope.yaml"))).isInstanceOf(ConfigException.class)
        .hasMessageEndingWith("nope.yaml: no such file");
  }

  @Test
  void discoveryWalksUpAndStopsAtTheFirstFile() throws Exception {
    write(".lexgap.yaml", "format: json\n");
    write("a/.lexgap.yaml", "format: md\n");
    Path deep = Files.createDirectories(dir.resolve("a/b/c"));
    assertThat(ProjectConfig.discover(deep)).get().extracting(ProjectConfig::format).isEqualTo("md");
    Path other = Files.createDirectories(dir.resolve("x/y"));
    assertThat(ProjectConfig.discover(other)).get().extracting(ProjectConfig::format).isEqualTo("json");
  }

  @Test
  void discoveryReportsAnInvalidFile() throws Exception {
    write(".lexgap.yaml", "format: pdf\n");
    assertThatThrownBy(() -> ProjectConfig.discover(dir)).isInstanceOf(ConfigException.class)
        .hasMessageContaining("'pdf' is not one of");
  }
}
