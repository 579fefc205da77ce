package org.lexgap.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lexgap.cli.Run.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {

  @TempDir Path dir;

  private Path statute(String name) throws Exception {
    Path f = dir.resolve(name);
    Files.writeString(f, """
        THE TEST ACT
        PART I
        1. Interpretation
        In this Act, "computer" means a device.
        2. Offence
        (1) A person who accesses a computer without right commits an offence.
        """);
    return f;
  }

  @Test
  void textOutline() throws Exception {
    Path f = statute("act.txt");
    Run r = run("extract", f.toString());
    assertThat(r.code()).isEqualTo(0);
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).contains(f + " (text): THE TEST ACT", "2 sections/articles, 1 definition",
        "  Part I  [line 2]", "    s. 1  Interpretation  [line 3]", "    s. 2  Offence  [line 5]",
        "\"computer\"  s. 1  [line 3]");
  }

  @Test
  void json() throws Exception {
    Path f = statute("act.txt");
    Run r = run("extract", "--format", "json", f.toString());
    assertThat(r.code()).isEqualTo(0);
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertThat(root.get("formatVersion").asText()).isEqualTo("1.0");
    JsonNode doc = root.get("documents").get(0);
    assertThat(doc.get("path").asText()).isEqualTo(f.toString());
    assertThat(doc.get("format").asText()).isEqualTo("text");
    JsonNode s2 = doc.get("provisions").get(0).get("children").get(1);
    assertThat(s2.get("ref").asText()).isEqualTo("s. 2");
    assertThat(s2.get("children").get(0).get("ref").asText()).isEqualTo("s. 2(1)");
    assertThat(s2.has("page")).isFalse();
    JsonNode def = doc.get("definitions").get(0);
    assertThat(def.get("term").asText()).isEqualTo("computer");
    assertThat(def.get("scope").asText()).isEqualTo("Act");
    assertThat(doc.get("extractionIssues").size()).isZero();
  }

  @Test
  void folderExpandsToItsStatutesInOrder() throws Exception {
    statute("b.txt");
    statute("a.txt");
    Files.writeString(dir.resolve("notes.csv"), "x,y\n");
    Run r = run("extract", "--format", "json", dir.toString());
    assertThat(r.code()).isEqualTo(0);
    JsonNode docs = new ObjectMapper().readTree(r.out()).get("documents");
    assertThat(docs.size()).isEqualTo(2);
    assertThat(docs.get(0).get("path").asText()).endsWith("/a.txt");
    assertThat(docs.get(1).get("path").asText()).endsWith("/b.txt");
  }

  @Test
  void missingFileIsAnInputError() {
    Run r = run("extract", "no-such-statute.txt");
    assertThat(r.code()).isEqualTo(ExitCodes.INPUT);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().strip()).isEqualTo("lexgap: no-such-statute.txt: no such file");
  }

  @Test
  void folderWithoutStatutesIsAnInputError() throws Exception {
    Files.writeString(dir.resolve("data.csv"), "x\n");
    Run r = run("extract", dir.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.INPUT);
    assertThat(r.err()).startsWith("lexgap: " + dir + ": no statutes found (expected files ending in .docx,");
    assertThat(r.err().strip().lines()).hasSize(1);
  }

  @Test
  void unknownOutputFormatIsAUsageError() throws Exception {
    Run r = run("extract", "--format", "xml", statute("act.txt").toString());
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
  }
}
