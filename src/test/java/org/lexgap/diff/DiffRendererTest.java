package org.lexgap.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.lexgap.GoldenFiles;

class DiffRendererTest {

  static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "diff");

  static String render(DiffResult d, String format) throws Exception {
    StringWriter w = new StringWriter();
    DiffRenderer.render(d, format, w);
    return w.toString();
  }

  /** Same contract as the report goldens: regenerate only on purpose with -Dlexgap.updateGolden=true. */
  static void assertGolden(String name, String actual) throws Exception {
    GoldenFiles.assertMatches(GOLDEN.resolve(name), actual);
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "md", "json"})
  void matchesGoldenAndIsDeterministic(String format) throws Exception {
    DiffResult d = ReportDiff.compare(ReportDiffTest.before(), ReportDiffTest.after());
    String out = render(d, format);
    assertThat(render(ReportDiff.compare(ReportDiffTest.before(), ReportDiffTest.after()), format)).isEqualTo(out);
    assertThat(out).doesNotContain("\r").endsWith("\n");
    assertGolden("sample." + format, out);
  }

  @Test
  void textNamesTheChangesAndTheirEvidence() throws Exception {
    String out = render(ReportDiff.compare(ReportDiffTest.before(), ReportDiffTest.after()), "text");
    assertThat(out).contains("Regressed (1)\n  UNCC-24  Conditions and safeguards: met -> partial\n"
        + "      now missing: intent\n");
    assertThat(out).contains("UNCC-7  Illegal access: partial -> met\n      cited: 5 -> 5, 6\n"
        + "      no longer missing: intent\n");
    assertThat(out).contains("coverage 50.0% -> 62.5%");
  }

  @Test
  void jsonListsEveryObligationWithBothSides() throws Exception {
    JsonNode n = new ObjectMapper().readTree(render(
        ReportDiff.compare(ReportDiffTest.before(), ReportDiffTest.after()), "json"));
    assertThat(n.get("regression").asBoolean()).isTrue();
    assertThat(n.get("counts").get("improved").asInt()).isEqualTo(1);
    assertThat(n.get("obligations")).hasSize(4);
    JsonNode o = n.get("obligations").get(2);
    assertThat(o.get("obligation").asText()).isEqualTo("UNCC-24");
    assertThat(o.get("change").asText()).isEqualTo("regressed");
    assertThat(o.get("old").get("status").asText()).isEqualTo("met");
    assertThat(o.get("new").get("missingElements").get(0).asText()).isEqualTo("intent");
  }

  @Test
  void markdownEscapesCellText() {
    assertThat(DiffRenderer.md("a | <b>*x*</b> [l](u)\nz")).isEqualTo(
        "a \\| &lt;b&gt;\\*x\\*&lt;/b&gt; \\[l\\](u) z");
  }

  @Test
  void saysSoWhenNothingChanged() throws Exception {
    String out = render(ReportDiff.compare(ReportDiffTest.before(), ReportDiffTest.before()), "text");
    assertThat(out).endsWith("No obligation changed.\n").contains("0 regressed, 0 improved, 4 unchanged");
  }
}
