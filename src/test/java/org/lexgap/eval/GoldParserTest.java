package org.lexgap.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldParserTest {

  @TempDir Path dir;

  private static final String HEAD = """
      country: XX
      title: Test Act
      documents:
        - act.txt
      treaty: un-cybercrime-convention
      articles:
      """;

  @BeforeEach
  void statute() throws IOException {
    Files.writeString(dir.resolve("act.txt"), "1. An Act.\n");
  }

  private GoldFile parse(String yaml) throws Exception {
    Path f = dir.resolve("t.gold.yaml");
    Files.writeString(f, yaml);
    return GoldParser.parse(f, "t.gold.yaml");
  }

  private List<String> errors(String yaml) {
    GoldException e = catchThrowableOfType(GoldException.class, () -> parse(yaml));
    assertThat(e).as("expected gold errors").isNotNull();
    return e.errors().stream().map(GoldError::toString).toList();
  }

  @Test
  void parsesAValidFile() throws Exception {
    GoldFile g = parse(HEAD + """
          "9":  {status: partial, provisions: ["s. 16(1)", "5a"], note: "no suppression"}
          "7":  {status: met, provisions: ["14"]}
          "16": {status: missing}
        """);
    assertThat(g.country()).isEqualTo("XX");
    assertThat(g.title()).isEqualTo("Test Act");
    assertThat(g.treaty()).isEqualTo("un-cybercrime-convention");
    assertThat(g.documentNames()).containsExactly("act.txt");
    assertThat(g.documents()).containsExactly(dir.resolve("act.txt").normalize());
    // sorted by article number, provisions normalised
    assertThat(g.articles()).containsExactly(
        new GoldEntry("7", ArticleStatus.MET, List.of("14"), null),
        new GoldEntry("9", ArticleStatus.PARTIAL, List.of("16", "5A"), "no suppression"),
        new GoldEntry("16", ArticleStatus.MISSING, List.of(), null));
  }

  @Test
  void invalidStatusIsLocatedAtItsValue() {
    assertThat(errors(HEAD + """
          "7":  {status: met, provisions: ["14"]}
          "9":  {status: done}
        """)).containsExactly(
        "t.gold.yaml:8:18: invalid status 'done' (expected met, partial or missing) (at articles.\"9\".status)");
  }

  @Test
  void reportsEveryErrorWithItsLocation() {
    assertThat(errors("""
        country: Uganda
        title: 12
        documents:
          - act.txt
          - nowhere.txt
        colour: blue
        articles:
          "7": {status: missing, provisions: ["3"]}
          "8": {status: met}
          "x": {status: met, provisions: ["1"]}
          "9": {status: met, provisions: [14]}
          "10": {status: met, provisions: ["1"], extra: 1}
        """)).containsExactly(
        "t.gold.yaml:1:1: missing required key 'treaty'",
        "t.gold.yaml:1:10: expected an ISO 3166 alpha-2 code such as \"UG\", found 'Uganda' (at country)",
        "t.gold.yaml:2:8: expected a string, found a number (quote it: \"12\") (at title)",
        "t.gold.yaml:5:5: document not found: nowhere.txt (looked for " + dir.resolve("nowhere.txt")
            + ") (at documents[1])",
        "t.gold.yaml:6:1: unknown key 'colour' (expected one of: country, title, documents, treaty, articles)"
            + " (at colour)",
        "t.gold.yaml:8:26: a missing article cites no provisions (at articles.\"7\".provisions)",
        "t.gold.yaml:9:8: missing required key 'provisions' (a met article names the provisions that"
            + " implement it) (at articles.\"8\")",
        "t.gold.yaml:10:3: article key must be a Convention article number such as \"7\", found 'x'"
            + " (at articles.x)",
        "t.gold.yaml:11:35: expected a string, found a number (quote it: \"14\") (at articles.\"9\".provisions[0])",
        "t.gold.yaml:12:42: unknown key 'extra' (expected one of: status, provisions, note)"
            + " (at articles.\"10\".extra)");
  }

  @Test
  void duplicateKeysAreErrors() {
    assertThat(errors(HEAD + """
          "7": {status: met, provisions: ["14", "s. 14(2)"]}
          "7": {status: missing}
        """)).containsExactly(
        "t.gold.yaml:7:41: provision listed twice: 's. 14(2)' (at articles.\"7\".provisions[1])",
        "t.gold.yaml:8:3: duplicate key '7' (at articles.\"7\")");
  }

  @Test
  void missingRequiredKeysAreReportedAtTheMapping() {
    assertThat(errors(HEAD + """
          "7": {provisions: ["1"], note: "x"}
        """)).containsExactly("t.gold.yaml:7:8: missing required key 'status' (at articles.\"7\")");
    assertThat(errors("country: XX\n")).containsExactly(
        "t.gold.yaml:1:1: missing required key 'title'",
        "t.gold.yaml:1:1: missing required key 'documents'",
        "t.gold.yaml:1:1: missing required key 'treaty'",
        "t.gold.yaml:1:1: missing required key 'articles'");
  }

  @Test
  void wrongShapes() {
    assertThat(errors("- a\n- b\n")).containsExactly(
        "t.gold.yaml:1:1: expected a mapping with keys country, title, documents, treaty, articles, found a list");
    assertThat(errors(HEAD.replace("  - act.txt\n", "") + "  \"7\": met\n")).containsExactly(
        "t.gold.yaml:3:11: expected a list of document paths, found nothing (at documents)",
        "t.gold.yaml:6:8: expected a mapping {status: ..., provisions: [...], note: ...}, found a string"
            + " (at articles.\"7\")");
  }

  @Test
  void yamlBooleansAndNumbersMustBeQuoted() {
    assertThat(errors(HEAD.replace("country: XX", "country: NO") + "  \"7\": {status: missing}\n"))
        .containsExactly("t.gold.yaml:1:10: expected a string, found a boolean (quote it: \"NO\") (at country)");
  }

  @Test
  void anchorsAndAliasesAreRefused() {
    assertThat(errors(HEAD + """
          "7": &m {status: met, provisions: ["1"]}
          "8": *m
        """)).contains(
        "t.gold.yaml:7:8: anchors and aliases are not allowed in gold files (at articles.\"7\")",
        "t.gold.yaml:8:8: anchors and aliases are not allowed in gold files (at articles.\"8\")");
  }

  @Test
  void deepNestingIsRefused() {
    String deep = "[".repeat(20) + "]".repeat(20);
    assertThat(errors(HEAD + "  \"7\": {status: met, provisions: " + deep + "}\n"))
        .anySatisfy(e -> assertThat(e).contains("nested too deeply"));
  }

  @Test
  void syntaxErrorsAreLocated() {
    assertThat(errors(HEAD + "  \"7\": {status: met\n")).singleElement()
        .satisfies(e -> assertThat(e).startsWith("t.gold.yaml:8:1: YAML syntax error: "));
  }

  @Test
  void oneDocumentPerFile() {
    assertThat(errors(HEAD + "  \"7\": {status: missing}\n---\ncountry: YY\n"))
        .containsExactly("t.gold.yaml:9:1: more than one YAML document (one gold file holds one document)");
  }

  @Test
  void fileProblems() throws IOException {
    assertThatThrownBy(() -> GoldParser.parse(dir.resolve("none.yaml"), "none.yaml"))
        .isInstanceOf(GoldException.class).hasMessage("none.yaml:0:0: no such file");
    Path big = dir.resolve("big.yaml");
    Files.writeString(big, "# " + "x".repeat(LocatedYaml.MAX_CHARS) + "\n");
    assertThatThrownBy(() -> GoldParser.parse(big, "big.yaml"))
        .hasMessage("big.yaml:0:0: too large for a gold file (over 1 MiB)");
    assertThat(errors("")).containsExactly("t.gold.yaml:1:1: empty file");
  }

  @Test
  void parseAllCollectsErrorsOfEveryFile() throws IOException {
    Path a = dir.resolve("a.gold.yaml");
    Path b = dir.resolve("b.gold.yaml");
    Files.writeString(a, "country: XX\n");
    Files.writeString(b, "country: Y\n");
    GoldException e = catchThrowableOfType(GoldException.class, () -> GoldParser.parseAll(List.of(a, b)));
    assertThat(e.errors()).extracting(GoldError::file).contains(a.toString(), b.toString());
    assertThat(e.errors()).hasSize(9);
  }
}
