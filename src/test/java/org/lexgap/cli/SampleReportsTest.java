package org.lexgap.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lexgap.cli.Run.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.lexgap.GoldenFiles;

/**
 * The bundled samples are written to have known gaps (samples/README.md, samples/expected/*.gold.yaml): the
 * report must find exactly those, in every format the samples come in, and the published reports are
 * reviewed golden files (regenerate only on purpose with -Dlexgap.updateGolden=true).
 */
class SampleReportsTest {

  static final Path GOLDEN = Path.of("src/test/resources/golden/samples");

  @ParameterizedTest
  @ValueSource(strings = {"cybercrimes-act-2025", "code-penal-numerique"})
  void findsExactlyTheGapsTheSampleWasWrittenToHave(String sample) {
    Run r = run("eval", "samples/expected/" + sample + ".gold.yaml", "--min-accuracy", "1", "--min-f1", "1");
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).contains("accuracy 1.000");
    assertThat(r.code()).as(r.out()).isZero();
  }

  @ParameterizedTest
  @CsvSource({"cybercrimes-act-2025, md", "cybercrimes-act-2025, json", "code-penal-numerique, md",
      "code-penal-numerique, json", "cybercrimes-act-2025, html", "code-penal-numerique, html"})
  void publishedReportMatchesTheReviewedGolden(String sample, String format) throws Exception {
    Run r = run("check", "samples/" + sample + ".txt", "--format", format);
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    GoldenFiles.assertMatches(GOLDEN.resolve(sample + "." + format), r.out());
  }

  /** The same statute as text, PDF and Word gets the same verdict on every obligation. */
  @ParameterizedTest
  @ValueSource(strings = {"cybercrimes-act-2025", "code-penal-numerique"})
  void textPdfAndDocxGetTheSameVerdicts(String sample) throws Exception {
    Map<String, String> txt = statuses("samples/" + sample + ".txt");
    assertThat(statuses("samples/" + sample + ".pdf")).isEqualTo(txt);
    assertThat(statuses("samples/" + sample + ".docx")).isEqualTo(txt);
  }

  /**
   * `lexgap extract samples/ACT.pdf --format json` lists every section of the sample, with the refs the text
   * version has, each on a real page, in page order.
   */
  @ParameterizedTest
  @ValueSource(strings = {"cybercrimes-act-2025", "code-penal-numerique"})
  void extractListsEverySectionOfThePdfWithRefsAndPages(String sample) throws Exception {
    JsonNode txt = extract("samples/" + sample + ".txt");
    JsonNode pdf = extract("samples/" + sample + ".pdf");
    java.util.List<JsonNode> txtSections = sections(txt.get("provisions"), new java.util.ArrayList<>());
    java.util.List<JsonNode> pdfSections = sections(pdf.get("provisions"), new java.util.ArrayList<>());
    assertThat(pdfSections).extracting(n -> n.get("ref").asText())
        .containsExactlyElementsOf(txtSections.stream().map(n -> n.get("ref").asText()).toList());
    int pages = pdf.get("pages").asInt();
    int previous = 1;
    for (JsonNode n : pdfSections) {
      int page = n.get("page").asInt();
      assertThat(page).as(n.get("ref").asText()).isBetween(previous, pages);
      previous = page;
    }
    assertThat(pdf.get("extractionIssues")).isEmpty();
  }

  private static JsonNode extract(String file) throws Exception {
    Run r = run("extract", file, "--format", "json");
    assertThat(r.code()).as(r.err()).isZero();
    return new ObjectMapper().readTree(r.out()).get("documents").get(0);
  }

  private static java.util.List<JsonNode> sections(JsonNode provisions, java.util.List<JsonNode> out) {
    for (JsonNode p : provisions) {
      String kind = p.get("kind").asText();
      if (kind.equals("section") || kind.equals("article")) {
        out.add(p);
      } else if (p.has("children")) {
        sections(p.get("children"), out);
      }
    }
    return out;
  }

  private static Map<String, String> statuses(String file) throws Exception {
    Run r = run("check", file, "--format", "json");
    assertThat(r.code()).as(r.err()).isZero();
    Map<String, String> out = new LinkedHashMap<>();
    for (JsonNode f : new ObjectMapper().readTree(r.out()).get("findings")) {
      out.put(f.get("obligation").asText(), f.get("status").asText() + " " + f.get("provisions"));
    }
    return out;
  }
}
