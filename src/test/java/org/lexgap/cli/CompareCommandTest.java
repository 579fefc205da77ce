package org.lexgap.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lexgap.cli.Run.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {

  static final String EXAMPLIA = "src/test/resources/compare/Examplia";
  static final String OTHERLAND = "src/test/resources/compare/Otherland";

  @TempDir Path tmp;

  @Test
  void foldersAreCountriesNamedAfterThem() throws Exception {
    Run r = run("compare", "--format", "json", EXAMPLIA, OTHERLAND);
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    JsonNode n = new ObjectMapper().readTree(r.out());
    assertThat(n.get("countries")).extracting(c -> c.get("name").asText()).containsExactly("Examplia", "Otherland");
    assertThat(n.get("countries").get(0).get("documents").get(0).get("path").asText())
        .isEqualTo(EXAMPLIA + "/cybercrime-act.txt");
    // Verdicts the fixtures make unambiguous: Examplia words interception like the treaty, Otherland has none.
    JsonNode art8 = article(n, "8");
    assertThat(art8.get("cells")).extracting(c -> c.get("status").asText()).containsExactly("met", "missing");
    assertThat(article(n, "7").get("cells")).extracting(c -> c.get("status").asText())
        .allMatch(s -> s.equals("met") || s.equals("partial"));
    assertThat(n.get("articles")).allSatisfy(a -> assertThat(a.get("cells")).hasSize(2));
    assertThat(n.get("commonGaps").get(0).get("missingIn")).hasSize(2);
  }

  private static JsonNode article(JsonNode n, String article) {
    for (JsonNode a : n.get("articles")) {
      if (a.get("article").asText().equals(article)) {
        return a;
      }
    }
    throw new AssertionError("no article " + article);
  }

  @Test
  void manifestCountriesWithOutputFileAndTitle() throws Exception {
    Path m = tmp.resolve("region.yaml");
    Path ex = Path.of(EXAMPLIA).toAbsolutePath();
    Files.writeString(m, "countries:\n"
        + "  - {name: Examplia, code: EX, documents: [" + ex.resolve("cybercrime-act.txt") + "]}\n"
        + "  - {name: Otherland, documents: [" + Path.of(OTHERLAND).toAbsolutePath() + "]}\n");
    Path out = tmp.resolve("out/compare.html");
    Run r = run("compare", m.toString(), "-o", out.toString(), "--title", "Region");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).isEmpty();
    String html = Files.readString(out, StandardCharsets.UTF_8);
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<h1 dir=\"auto\">Comparison: Region</h1>")
        .contains("Examplia</span> <span class=\"t\">(EX)</span>");
  }

  @Test
  void csvGoesToStandardOutput() {
    Run r = run("compare", "-f", "csv", EXAMPLIA, OTHERLAND);
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("article,chapter,obligations,titles,Examplia,Otherland,countries_met,");
    assertThat(r.out()).contains("\r\n8,II,UNCC-8,Illegal interception,met,missing,1,0,1\r\n");
  }

  @Test
  void manifestErrorsExitTwoWithLocations() throws Exception {
    Path m = tmp.resolve("bad.yaml");
    Files.writeString(m, "countries:\n  - name: A\n    documents: [nope.txt]\n    colour: red\n");
    Run r = run("compare", m.toString(), EXAMPLIA);
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo(
        m + ":3:17: 'nope.txt': no such file or folder (paths are relative to the manifest's folder)\n"
        + m + ":4:5: unknown key 'colour' (allowed: name, code, documents)\n");
  }

  @Test
  void usageErrorsExitTwo() throws Exception {
    Run fmt = run("compare", "-f", "sarif", EXAMPLIA);
    assertThat(fmt.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(fmt.err()).isEqualTo("lexgap: unknown format 'sarif' for compare (use html, csv, json)\n");

    Run file = run("compare", EXAMPLIA + "/cybercrime-act.txt");
    assertThat(file.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(file.err()).contains("not a folder or a manifest (.yaml)");

    Path twin = tmp.resolve("Examplia");
    Files.createDirectories(twin);
    Files.copy(Path.of(OTHERLAND, "computer-misuse-act.txt"), twin.resolve("act.txt"));
    Run dup = run("compare", EXAMPLIA, twin.toString());
    assertThat(dup.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(dup.err()).startsWith("lexgap: two countries are named 'Examplia' (" + EXAMPLIA + " and ");

    Run cl = run("compare", "--checklist", "no-such-checklist", EXAMPLIA);
    assertThat(cl.code()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void unreadableInputExitsThree() throws Exception {
    Run missing = run("compare", tmp.resolve("Atlantis").toString());
    assertThat(missing.code()).isEqualTo(ExitCodes.INPUT);
    assertThat(missing.err()).endsWith("Atlantis: no such folder or manifest\n");

    Path empty = tmp.resolve("Emptyland");
    Files.createDirectories(empty);
    Run none = run("compare", empty.toString(), EXAMPLIA);
    assertThat(none.code()).isEqualTo(ExitCodes.INPUT);
    assertThat(none.err()).contains("Emptyland: no statutes found");
  }

  @Test
  void helpNamesTheFormats() {
    Run r = run("compare", "--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("Usage: lexgap compare").contains("html, csv, json");
  }

  @Test
  void outputIsTheSameEveryRun() {
    Run a = run("compare", "-f", "html", EXAMPLIA, OTHERLAND);
    Run b = run("compare", "-f", "html", EXAMPLIA, OTHERLAND);
    assertThat(a.code()).isZero();
    assertThat(a.out()).isEqualTo(b.out());
  }
}
