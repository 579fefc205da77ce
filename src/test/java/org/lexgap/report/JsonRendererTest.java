package org.lexgap.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.lexgap.analysis.Finding;
import org.lexgap.analysis.GapReport;
import org.lexgap.analysis.Status;
import org.lexgap.analysis.Summary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonRendererTest {

  private static String render(GapReport r) throws IOException {
    return RendererGoldenTest.render(new JsonRenderer(), r, RenderOptions.defaults());
  }

  private static JsonReport roundTrip(GapReport r) throws IOException {
    return JsonReportReader.read(new StringReader(render(r)), "report.json");
  }

  @Test
  void roundTripsFindingsDocumentsAndSummary() throws IOException {
    for (GapReport r : List.of(ReportFixtures.sample(), ReportFixtures.hostile(), ReportFixtures.empty())) {
      JsonReport back = roundTrip(r);
      assertThat(back.formatVersion()).isEqualTo(GapReport.FORMAT_VERSION);
      assertThat(back.documents()).isEqualTo(r.documents());
      assertThat(back.checklist()).isEqualTo(new JsonReport.ChecklistInfo(r.checklist().id(),
          r.checklist().title(), r.checklist().version(), r.checklist().textVersion()));
      assertThat(back.summary().byChapter().keySet()).containsExactlyInAnyOrderElementsOf(
          r.summary().byChapter().keySet());
      assertThat(back.summary()).usingRecursiveComparison().isEqualTo(r.summary());
      // Confidence is rounded to two places; everything else comes back exactly.
      List<Finding> expected = new ArrayList<>();
      for (Finding f : r.findings()) {
        expected.add(new Finding(f.obligation(), f.article(), f.paragraph(), f.title(), f.chapter(), f.kind(),
            f.strength(), f.status(), Math.round(f.confidence() * 100) / 100.0, f.missingElements(),
            f.satisfiedElements(), f.optionsUsed(), f.provisions(), f.evidence(), f.note(), f.recommendation(),
            f.budapest(), f.waiver()));
      }
      assertThat(back.findings()).isEqualTo(expected);
      // And the rebuilt report renders to the same JSON.
      assertThat(render(back.toGapReport())).isEqualTo(render(r));
    }
  }

  @Test
  void keyOrderRoundingAndOmittedNulls() throws IOException {
    String json = render(ReportFixtures.hostile());
    JsonNode root = new ObjectMapper().readTree(json);
    List<String> keys = new ArrayList<>();
    root.fieldNames().forEachRemaining(keys::add);
    assertThat(keys).containsExactly("formatVersion", "checklist", "documents", "findings", "summary");
    JsonNode f = root.get("findings").get(0);
    List<String> fkeys = new ArrayList<>();
    f.fieldNames().forEachRemaining(fkeys::add);
    assertThat(fkeys).containsExactly("obligation", "article", "paragraph", "title", "chapter", "kind",
        "strength", "status", "confidence", "missingElements", "satisfiedElements", "optionsUsed", "provisions",
        "note", "recommendation", "budapest", "waived", "waiver", "evidence");
    assertThat(f.get("confidence").decimalValue()).isEqualByComparingTo("0.33");
    assertThat(root.get("summary").get("coverage").decimalValue()).isEqualByComparingTo("0.25");
    JsonNode g = root.get("findings").get(1);
    assertThat(g.has("waiver")).isFalse();
    assertThat(g.get("waived").asBoolean()).isFalse();
    assertThat(root.get("documents").get(0).get("extractionIssues").get(1).has("page")).isFalse();
    assertThat(json).doesNotContain("null").endsWith("}\n").doesNotContain("\r");
  }

  @Test
  void nonFiniteConfidenceStillGivesValidJson() throws IOException {
    GapReport s = ReportFixtures.sample();
    Finding f = s.findings().get(0);
    Finding nan = new Finding(f.obligation(), f.article(), f.paragraph(), f.title(), f.chapter(), f.kind(),
        f.strength(), f.status(), Double.NaN, f.missingElements(), f.satisfiedElements(), f.optionsUsed(),
        f.provisions(), f.evidence(), f.note(), f.recommendation(), f.budapest(), f.waiver());
    GapReport r = new GapReport(s.checklist(), s.documents(), List.of(nan), s.summary());
    assertThat(new ObjectMapper().readTree(render(r)).get("findings").get(0).get("confidence").asDouble())
        .isZero();
  }

  @Test
  void readsFromFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("r.json");
    AtomicOutput.write(file, new JsonRenderer(), ReportFixtures.sample(), RenderOptions.defaults());
    assertThat(JsonReportReader.read(file).findings()).extracting(Finding::status).containsExactly(
        Status.PARTIAL, Status.MET, Status.MISSING, Status.NOT_ASSESSABLE, Status.MISSING, Status.MET);
  }

  @Test
  void badInputGivesOneLineMessagesNamingFileAndPath() throws IOException {
    String good = render(ReportFixtures.sample());
    assertThatThrownBy(() -> read("{not json")).hasMessageStartingWith("in.json: not valid JSON");
    assertThatThrownBy(() -> read("[]")).hasMessage("in.json: $: expected a lexgap JSON report (an object)");
    assertThatThrownBy(() -> read(good.replace("\"formatVersion\": \"1.0\"", "\"formatVersion\": \"2.0\"")))
        .hasMessage("in.json: $.formatVersion: unsupported format version 2.0 (this lexgap reads 1.x)");
    assertThatThrownBy(() -> read(good.replace("\"status\": \"met\"", "\"status\": \"ok\"")))
        .hasMessageStartingWith("in.json: $.findings[1].status: unknown status \"ok\"");
    assertThatThrownBy(() -> read(good.replace("\"page\": 3", "\"page\": \"3\"")))
        .hasMessage("in.json: $.findings[0].evidence[0].page: expected an integer");
    assertThatThrownBy(() -> read(good.replace("\"findings\": [", "\"findingz\": [")))
        .hasMessage("in.json: $.findings: expected an array");
    assertThatThrownBy(() -> read(good.replace("\"pages\": 14", "\"pages\": -1")))
        .hasMessage("in.json: $.documents[0].pages: expected a count >= 0");
    // A newer minor version with extra keys is still read.
    JsonReport newer = read(good.replace("\"formatVersion\": \"1.0\"", "\"formatVersion\": \"1.7\", \"extra\": 1"));
    assertThat(newer.findings()).hasSize(6);
    assertThat(newer.summary()).isInstanceOf(Summary.class);
  }

  private static JsonReport read(String json) throws IOException {
    return JsonReportReader.read(new StringReader(json), "in.json");
  }
}
