package org.lexgap.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexgap.read.ReadException;

class ManifestTest {

  @TempDir Path dir;

  @BeforeEach
  void statutes() throws IOException {
    Files.createDirectories(dir.resolve("tz"));
    Files.writeString(dir.resolve("tz/act.txt"), "1. Short title.\n");
    Files.writeString(dir.resolve("ug.txt"), "1. Short title.\n");
    Files.writeString(dir.resolve("no.txt"), "1. Short title.\n");
  }

  private Path manifest(String yaml) throws IOException {
    Path m = dir.resolve("countries.yaml");
    Files.writeString(m, yaml, StandardCharsets.UTF_8);
    return m;
  }

  /** The errors of an invalid manifest, as printed, with the temp dir shortened to "M". */
  private List<String> errors(String yaml) throws IOException {
    Path m = manifest(yaml);
    try {
      Manifest.load(m);
    } catch (ManifestException e) {
      return e.errors().stream().map(x -> x.toString().replace(m.toString(), "M")).toList();
    } catch (ReadException e) {
      throw new AssertionError(e);
    }
    throw new AssertionError("manifest was accepted");
  }

  @Test
  void readsSeveralCountriesInOrderWithPathsRelativeToTheManifest() throws Exception {
    Path m = manifest("""
        countries:
          - name: Tanzania
            code: TZ
            documents: [tz/act.txt]
          - name: " Uganda "
            documents:
              - ug.txt
              - tz
          - name: Norway
            code: NO
            documents: [no.txt]
        """);
    List<Country> cs = Manifest.load(m);
    assertThat(cs).extracting(Country::name).containsExactly("Tanzania", "Uganda", "Norway");
    assertThat(cs.get(0).code()).isEqualTo("TZ");
    assertThat(cs.get(0).inputs()).containsExactly(dir.resolve("tz/act.txt"));
    assertThat(cs.get(1).code()).isNull();
    assertThat(cs.get(1).inputs()).containsExactly(dir.resolve("ug.txt"), dir.resolve("tz"));
    // YAML 1.1 would make NO a boolean; a manifest takes it as written.
    assertThat(cs.get(2).code()).isEqualTo("NO");
    assertThat(cs.get(0).origin()).isEqualTo(m.toString().replace('\\', '/') + ":2:5");
  }

  @Test
  void relativeManifestKeepsRelativeDocumentPaths() throws Exception {
    Path cwd = Path.of("").toAbsolutePath();
    Path m = manifest("countries: [{name: T, documents: [tz/act.txt]}]\n");
    Path rel = cwd.relativize(m);
    assertThat(Manifest.load(rel).get(0).inputs()).containsExactly(rel.getParent().resolve("tz/act.txt"));
  }

  @Test
  void reportsEveryProblemAtItsLineAndColumn() throws Exception {
    assertThat(errors("""
        countries:
          - name: Tanzania
            documents: [tz/act.txt, missing.txt]
            langauge: en
          - code: "T Z"
            documents: []
          - name: tanzania
            documents: [ug.txt]
          - name: Kenya
            name: Kenya2
            documents: ug.txt
        extra: 1
        """)).containsExactly(
        "M:3:29: 'missing.txt': no such file or folder (paths are relative to the manifest's folder)",
        "M:4:5: unknown key 'langauge' (allowed: name, code, documents)",
        "M:5:5: missing 'name:'",
        "M:5:11: code 'T Z' must be up to 10 letters, digits or hyphens (e.g. TZ)",
        "M:6:16: 'documents' must be a non-empty list of paths, found an empty list",
        "M:7:11: country 'tanzania' is listed twice (first at line 2)",
        "M:10:5: duplicate key 'name' (first at line 9)",
        "M:11:16: 'documents' must be a non-empty list of paths, found a value",
        "M:12:1: unknown key 'extra' (allowed: countries)");
  }

  @Test
  void rejectsWrongShapes() throws Exception {
    assertThat(errors("")).containsExactly("M:1:1: empty manifest: expected a 'countries:' list");
    assertThat(errors("- a\n")).containsExactly("M:1:1: expected a mapping with a 'countries:' list, found a list");
    assertThat(errors("title: x\n")).containsExactly(
        "M:1:1: unknown key 'title' (allowed: countries)",
        "M:1:1: missing 'countries:' (the list of countries to compare)");
    assertThat(errors("countries: {}\n")).containsExactly("M:1:12: 'countries' must be a non-empty list, found a mapping");
    assertThat(errors("countries: [x]\n"))
        .containsExactly("M:1:13: a country must be a mapping with name and documents, found a value");
    assertThat(errors("countries: [{name: ~, documents: [[a]]}]\n")).containsExactly(
        "M:1:20: 'name' must be text, found nothing",
        "M:1:35: a document must be a path, found a list");
  }

  @Test
  void refusesSyntaxErrorsAnchorsAndSeveralDocuments() throws Exception {
    assertThat(errors("countries:\n  - name: [unclosed\n")).singleElement().asString()
        .startsWith("M:3:1: YAML syntax error:");
    assertThat(errors("countries:\n  - &a {name: A, documents: [ug.txt]}\n  - *a\n")).containsExactly(
        "M:2:5: YAML anchors and aliases are not allowed in a manifest");
    assertThat(errors("countries: [{name: A, documents: [ug.txt]}]\n---\nx: 1\n")).containsExactly(
        "M:3:1: more than one YAML document ('---'); a manifest is one document");
  }

  @Test
  void refusesInvalidUtf8AndHugeFiles() throws Exception {
    Path m = dir.resolve("bad.yaml");
    Files.write(m, new byte[] {'c', ':', ' ', (byte) 0xff, '\n'});
    assertThatThrownBy(() -> Manifest.load(m)).isInstanceOf(ManifestException.class)
        .hasMessageEndingWith("bad.yaml: not valid UTF-8 text");
    Path big = dir.resolve("big.yaml");
    Files.write(big, new byte[Manifest.MAX_BYTES + 1]);
    assertThatThrownBy(() -> Manifest.load(big)).isInstanceOf(ManifestException.class)
        .hasMessageContaining("larger than");
  }

  @Test
  void aMissingManifestIsUnreadableInput() {
    assertThatThrownBy(() -> Manifest.load(dir.resolve("nope.yaml"))).isInstanceOf(ReadException.class)
        .hasMessageEndingWith("nope.yaml: no such file");
  }

  @Test
  void recognisesManifestsByExtension() {
    assertThat(Manifest.isManifest(Path.of("a/countries.YAML"))).isTrue();
    assertThat(Manifest.isManifest(Path.of("c.yml"))).isTrue();
    assertThat(Manifest.isManifest(Path.of("kenya"))).isFalse();
  }
}
