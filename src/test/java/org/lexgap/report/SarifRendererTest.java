package org.lexgap.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.lexgap.analysis.Finding;
import org.lexgap.analysis.GapReport;
import org.lexgap.analysis.Status;
import org.lexgap.config.Baseline;
import org.lexgap.config.BaselineComparison;
import org.lexgap.config.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SarifRendererTest {

  static JsonSchema schema;
  static final ObjectMapper JSON = new ObjectMapper();
  static final Path BASE = Path.of("/work/repo").toAbsolutePath();

  @BeforeAll
  static void loadSchema() throws Exception {
    try (InputStream in = SarifRendererTest.class.getResourceAsStream("/report/sarif-schema-2.1.0.json")) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
    }
  }

  static String render(SarifRenderer r, GapReport report, RenderOptions o) throws Exception {
    StringWriter w = new StringWriter();
    r.render(report, o, w);
    return w.toString();
  }

  static JsonNode valid(String sarif) throws Exception {
    JsonNode n = JSON.readTree(sarif);
    Set<ValidationMessage> errors = schema.validate(n);
    assertThat(errors).as("SARIF schema errors").isEmpty();
    return n;
  }

  static List<JsonNode> list(JsonNode array) {
    List<JsonNode> out = new ArrayList<>();
    array.forEach(out::add);
    return out;
  }

  @Test
  void goldenSampleIsValidSarif() throws Exception {
    String s = render(new SarifRenderer(BASE, null), ReportFixtures.sample(),
        RenderOptions.defaults().withToolVersion("0.1.0"));
    valid(s);
    assertThat(render(new SarifRenderer(BASE, null), ReportFixtures.sample(),
        RenderOptions.defaults().withToolVersion("0.1.0"))).isEqualTo(s);
    Golden.assertMatches("sample.sarif", s);
  }

  @Test
  void oneRulePerObligationAndResultsOnlyForGapsByDefault() throws Exception {
    JsonNode run = valid(render(new SarifRenderer(BASE, null), ReportFixtures.sample(), RenderOptions.defaults()))
        .get("runs").get(0);
    List<JsonNode> rules = list(run.get("tool").get("driver").get("rules"));
    assertThat(rules).extracting(r -> r.get("id").asText())
        .containsExactly("UNCC-7", "UNCC-8", "UNCC-16", "UNCC-24", "UNCC-25", "UNCC-28");
    JsonNode r7 = rules.get(0);
    assertThat(r7.get("name").asText()).isEqualTo("IllegalAccess");
    assertThat(r7.get("shortDescription").get("text").asText()).isEqualTo("Art. 7(1): Illegal access");
    assertThat(r7.get("helpUri").asText())
        .isEqualTo("https://github.com/lexgap/lexgap/blob/main/docs/obligations.md#uncc-7");
    assertThat(r7.get("help").get("text").asText()).contains("Recommendation: State that the access");
    assertThat(r7.get("help").get("markdown").asText()).contains("**Recommendation:**");
    assertThat(list(r7.get("properties").get("tags"))).extracting(JsonNode::asText)
        .containsExactly("chapter-II", "offence", "article-7", "mandatory-with-options");
    assertThat(r7.get("defaultConfiguration").get("level").asText()).isEqualTo("error");

    List<JsonNode> results = list(run.get("results"));
    assertThat(results).extracting(r -> r.get("ruleId").asText() + ":" + r.get("level").asText())
        .containsExactlyInAnyOrder("UNCC-7:warning", "UNCC-16:error", "UNCC-25:error");
  }

  @Test
  void locationsArePathsRelativeToTheBaseDirWithPagesAndSnippets() throws Exception {
    JsonNode run = valid(render(new SarifRenderer(BASE, null), ReportFixtures.sample(), RenderOptions.defaults()))
        .get("runs").get(0);
    JsonNode partial = find(run, "UNCC-7");
    JsonNode loc = partial.get("locations").get(0).get("physicalLocation");
    assertThat(loc.get("artifactLocation").get("uri").asText()).isEqualTo("statutes/cybercrime-act-2021.pdf");
    assertThat(loc.get("artifactLocation").get("uriBaseId").asText()).isEqualTo("%SRCROOT%");
    assertThat(loc.get("region").get("startLine").asInt()).isEqualTo(1);
    assertThat(loc.get("region").get("startColumn").asInt()).isEqualTo(1);
    assertThat(loc.get("region").get("snippet").get("text").asText()).startsWith("A person who intentionally");
    assertThat(partial.get("properties").get("page").asInt()).isEqualTo(3);
    assertThat(partial.get("partialFingerprints").get("lexgapFingerprint/v1").asText())
        .isEqualTo(Baseline.fingerprint("UNCC-7", Status.PARTIAL));
    assertThat(partial.get("message").get("text").asText())
        .startsWith("Partial: section 5 implements UNCC-7 Illegal access (Art. 7(1)) only in part.");

    // a missing obligation with no evidence sits on line 1 of the first document
    JsonNode missing = find(run, "UNCC-16");
    assertThat(missing.get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri")
        .asText()).isEqualTo("statutes/cybercrime-act-2021.pdf");
    assertThat(missing.get("message").get("text").asText()).startsWith("Missing: no provision implements UNCC-16");
  }

  @Test
  void nonAsciiAndOutsidePathsAreEncoded() {
    SarifRenderer r = new SarifRenderer(BASE, null);
    assertThat(r.uri("statutes/code-pénal.txt")).isEqualTo("statutes/code-p%C3%A9nal.txt");
    assertThat(r.uri("/work/repo/bills/a b.md")).isEqualTo("bills/a%20b.md");
    assertThat(r.uri("./bills/../bills/x.md")).isEqualTo("bills/x.md");
    assertThat(r.uri("/elsewhere/x.md")).isEqualTo("file:///elsewhere/x.md");
  }

  @Test
  void textEvidenceGivesItsLineAndExtraEvidenceBecomesRelatedLocations() throws Exception {
    JsonNode run = valid(render(new SarifRenderer(BASE, null), ReportFixtures.sample(),
        RenderOptions.defaults().withSarifIncludeMet(true))).get("runs").get(0);
    JsonNode met = find(run, "UNCC-28");
    assertThat(met.get("kind").asText()).isEqualTo("pass");
    assertThat(met.get("level").asText()).isEqualTo("none");
    assertThat(met.get("locations").get(0).get("physicalLocation").get("region").get("startLine").asInt())
        .isEqualTo(88);
    assertThat(met.get("relatedLocations").get(0).get("physicalLocation").get("region").get("startLine")
        .asInt()).isEqualTo(91);
    assertThat(find(run, "UNCC-24").get("kind").asText()).isEqualTo("notApplicable");
    assertThat(run.get("results")).hasSize(6);
  }

  @Test
  void waivedGapsCarryAnExternalSuppression() throws Exception {
    JsonNode run = valid(render(new SarifRenderer(BASE, null), ReportFixtures.sample(), RenderOptions.defaults()))
        .get("runs").get(0);
    JsonNode s = find(run, "UNCC-25").get("suppressions");
    assertThat(s).hasSize(1);
    assertThat(s.get(0).get("kind").asText()).isEqualTo("external");
    assertThat(s.get(0).get("justification").asText())
        .isEqualTo("Covered by the Telecommunications Regulation 2023, reg. 14. (implemented in regulation) "
            + "(until 2026-12-31)");
    assertThat(find(run, "UNCC-7").has("suppressions")).isFalse();
  }

  @Test
  void baselineStatesIncludingAbsentResults() throws Exception {
    // baseline: UNCC-7 partial, UNCC-8 missing, UNCC-24 partial
    Baseline base = new Baseline("1", "uncc-test", "1.0", List.of(
        new Baseline.Gap("UNCC-7", Status.PARTIAL, Baseline.fingerprint("UNCC-7", Status.PARTIAL)),
        new Baseline.Gap("UNCC-24", Status.PARTIAL, Baseline.fingerprint("UNCC-24", Status.PARTIAL))));
    GapReport now = Fixtures.sample(); // 7 partial, 8 missing, 24 met
    BaselineComparison cmp = Baseline.compare(base, now);
    JsonNode run = valid(render(new SarifRenderer(BASE, cmp), now, RenderOptions.defaults())).get("runs").get(0);
    assertThat(find(run, "UNCC-7").get("baselineState").asText()).isEqualTo("unchanged");
    assertThat(find(run, "UNCC-8").get("baselineState").asText()).isEqualTo("new");
    JsonNode absent = find(run, "UNCC-24");
    assertThat(absent.get("baselineState").asText()).isEqualTo("absent");
    assertThat(absent.get("kind").asText()).isEqualTo("pass");
    assertThat(absent.get("level").asText()).isEqualTo("none");
    assertThat(run.get("results")).hasSize(3);
  }

  @Test
  void hostileAndEmptyReportsStayValid() throws Exception {
    valid(render(new SarifRenderer(BASE, null), ReportFixtures.hostile(), RenderOptions.defaults()));
    JsonNode empty = valid(render(new SarifRenderer(BASE, null), ReportFixtures.empty(), RenderOptions.defaults()));
    assertThat(empty.get("runs").get(0).get("results")).isEmpty();
  }

  @Test
  void aReportReadBackFromJsonStillHasRules() throws Exception {
    StringWriter w = new StringWriter();
    new JsonRenderer().render(ReportFixtures.sample(), RenderOptions.defaults(), w);
    GapReport back = JsonReportReader.read(new java.io.StringReader(w.toString()), "r.json").toGapReport();
    JsonNode run = valid(render(new SarifRenderer(BASE, null), back, RenderOptions.defaults())).get("runs").get(0);
    assertThat(run.get("tool").get("driver").get("rules")).hasSize(6);
  }

  @Test
  void isRegistered() {
    assertThat(Renderers.byName("sarif")).get().isInstanceOf(SarifRenderer.class);
  }

  @Test
  void pascalCaseNames() {
    assertThat(SarifRenderer.pascal("Non-consensual dissemination of intimate images"))
        .isEqualTo("NonConsensualDisseminationOfIntimateImages");
    assertThat(SarifRenderer.pascal("<>")).isEqualTo("Obligation");
  }

  static JsonNode find(JsonNode run, String ruleId) {
    for (JsonNode r : run.get("results")) {
      if (r.get("ruleId").asText().equals(ruleId)) {
        return r;
      }
    }
    throw new AssertionError("no result for " + ruleId);
  }

}
