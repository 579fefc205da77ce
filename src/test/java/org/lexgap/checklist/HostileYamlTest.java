package org.lexgap.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Inputs meant to exhaust memory or time are refused quickly with one clear error. */
@Timeout(20)
class HostileYamlTest {

  @TempDir Path dir;

  private List<String> errors(String name, String content) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return ChecklistLoader.validate(p).errors().stream().map(ChecklistError::toString).toList();
  }

  @Test
  void billionLaughsIsRefusedAtTheFirstAnchor() throws Exception {
    StringBuilder y = new StringBuilder("id: lol\n");
    y.append("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    char prev = 'a';
    for (char c = 'b'; c <= 'i'; c++, prev++) {
      y.append(c).append(": &").append(c).append(" [");
      for (int i = 0; i < 9; i++) {
        y.append(i == 0 ? "" : ",").append('*').append(prev);
      }
      y.append("]\n");
    }
    Path p = dir.resolve("lol.yaml");
    assertThat(errors("lol.yaml", y.toString()))
        .containsExactly(p + ":2:4: YAML anchors ('&a') are not allowed in a checklist (at a)");
  }

  @Test
  void aliasesAreRefusedEvenWithoutAnchorsInView() throws Exception {
    Path p = dir.resolve("alias.yaml");
    assertThat(errors("alias.yaml", "id: x\ntitle: *undefined\n"))
        .hasSize(1)
        .first().asString().startsWith(p + ":2:");
    assertThat(errors("anchor-scalar.yaml", "id: &x one\n"))
        .containsExactly(dir.resolve("anchor-scalar.yaml")
            + ":1:5: YAML anchors ('&x') are not allowed in a checklist (at id)");
    assertThat(errors("tagged-anchor.yaml", "id: !!str &y one\n"))
        .containsExactly(dir.resolve("tagged-anchor.yaml")
            + ":1:5: YAML anchors ('&y') are not allowed in a checklist (at id)");
  }

  @Test
  void oversizedDocumentIsRefusedBeforeParsing() throws Exception {
    Path p = dir.resolve("big.yaml");
    byte[] big = new byte[(int) YamlTree.MAX_BYTES + 1];
    java.util.Arrays.fill(big, (byte) '#');
    Files.write(p, big);
    assertThat(ChecklistLoader.validate(p).errors()).extracting(ChecklistError::toString)
        .containsExactly(p + ": file is 5242881 bytes; a checklist may be at most 5242880 bytes");
  }

  @Test
  void deepNestingIsRefused() throws Exception {
    Path p = dir.resolve("deep.yaml");
    String flow = "id: deep\nx: " + "[".repeat(60) + "]".repeat(60) + "\n";
    assertThat(errors("deep.yaml", flow))
        .containsExactly(p + ":2:53: nesting deeper than 50 levels (at x" + "[0]".repeat(49) + ")");

    StringBuilder block = new StringBuilder("id: deep\n");
    for (int i = 0; i < 60; i++) {
      block.append("  ".repeat(i)).append("k").append(i).append(":\n");
    }
    block.append("  ".repeat(60)).append("v: 1\n");
    List<String> errs = errors("deep-block.yaml", block.toString());
    assertThat(errs).hasSize(1);
    assertThat(errs.get(0)).contains("nesting deeper than 50 levels");
  }

  @Test
  void hugeKeysAndStringsAreRefused() throws Exception {
    Path p = dir.resolve("long-string.yaml");
    assertThat(errors("long-string.yaml", "id: x\ntitle: \"" + "a".repeat(200_000) + "\"\n"))
        .containsExactly(p + ":2:8: string of 200000 characters; at most 100000 allowed (at title)");

    Path k = dir.resolve("long-key.yaml");
    assertThat(errors("long-key.yaml", "id: x\n? " + "k".repeat(5000) + "\n: v\n"))
        .containsExactly(k + ":2:3: key of 5000 characters; at most 200 allowed");
  }

  @Test
  void multipleDocumentsAndNonMappingsAreRefused() throws Exception {
    Path p = dir.resolve("two.yaml");
    assertThat(errors("two.yaml", "id: a\n---\nid: b\n"))
        .containsExactly(p + ":3:1: more than one YAML document ('---'); a checklist is one document");
    Path l = dir.resolve("list.yaml");
    assertThat(errors("list.yaml", "- a\n- b\n"))
        .containsExactly(l + ":1:1: a checklist must be a YAML mapping (key: value lines), found a list");
  }

  @Test
  void emptyAndBinaryFiles() throws Exception {
    Path e = dir.resolve("empty.yaml");
    assertThat(errors("empty.yaml", "# only a comment\n")).containsExactly(e + ": empty checklist: expected a"
        + " YAML mapping with id, title, treaty, text-version, version, language, concepts and obligations");
    Path b = dir.resolve("binary.yaml");
    Files.write(b, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2});
    assertThat(ChecklistLoader.validate(b).errors()).extracting(ChecklistError::toString)
        .containsExactly(b + ": not valid UTF-8 text");
  }

  @Test
  void pathologicalPatternIsHarmlessUnderRe2j() throws Exception {
    // (a+)+$ is catastrophic for backtracking engines; RE2/J compiles and runs it in linear time.
    Path mini = Path.of(ChecklistLoaderTest.f("mini.yaml"));
    String y = Files.readString(mini).replace("terms: [central authority]",
        "terms: [central authority]\n    patterns: ['(a+)+$']");
    Path p = dir.resolve("redos.yaml");
    Files.writeString(p, y);
    Checklist c = ChecklistLoader.loadFile(p);
    assertThat(c.concepts().get("central-authority").patterns()).containsExactly("(a+)+$");
    assertThat(com.google.re2j.Pattern.compile("(a+)+$").matcher("a".repeat(100_000) + "!").find()).isFalse();
  }
}
