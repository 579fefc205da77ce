package org.lexgap.compare;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class CompareRenderersTest {

  static String render(CompareRenderer r, Comparison c, String title) throws IOException {
    StringWriter w = new StringWriter();
    r.render(c, title, w);
    return w.toString();
  }

  @Test
  void formatsAreHtmlCsvJson() {
    assertThat(CompareRenderer.names()).containsExactly("html", "csv", "json");
    assertThat(CompareRenderer.byName("HTML")).isPresent();
    assertThat(CompareRenderer.byName("sarif")).isEmpty();
  }

  @Test
  void goldenHtml() throws IOException {
    Golden.assertMatches("sample.html", render(new CompareHtmlRenderer(), CompareFixtures.sample(), "Region"));
  }

  @Test
  void goldenCsv() throws IOException {
    Golden.assertMatches("sample.csv", render(new CompareCsvRenderer(), CompareFixtures.sample(), null));
  }

  @Test
  void goldenJson() throws IOException {
    Golden.assertMatches("sample.json", render(new CompareJsonRenderer(), CompareFixtures.sample(), "Region"));
  }

  @Test
  void htmlHeatMapHasAWordAndAColourInEveryCell() throws IOException {
    Document d = Jsoup.parse(render(new CompareHtmlRenderer(), CompareFixtures.sample(), null));
    Element matrix = d.selectFirst("table.matrix");
    assertThat(matrix).isNotNull();
    assertThat(matrix.select("thead th")).extracting(Element::text)
        .containsExactly("Article", "Alpha (AL)", "Beta", "Gamma (GA)");
    List<Element> cells = matrix.select("td.cell");
    assertThat(cells).hasSize(5 * 3);
    for (Element cell : cells) {
      String status = cell.className().replace("cell s-", "");
      assertThat(cell.text()).isEqualTo(status.equals("not-assessable") ? "n/a" : status);
    }
    // Row Art. 19: Alpha missing, Beta missing, Gamma partial
    Element art19 = matrix.select("tbody tr").stream()
        .filter(tr -> tr.selectFirst("th span.art") != null && tr.selectFirst("th span.art").text().equals("Art. 19"))
        .findFirst().orElseThrow();
    assertThat(art19.select("td.cell")).extracting(Element::text).containsExactly("missing", "missing", "partial");
    assertThat(art19.selectFirst("th").attr("title")).isEqualTo("Participation; Attempt");
    assertThat(d.select("#coverage tbody tr")).hasSize(3);
    assertThat(d.select("#common-gaps tbody tr")).hasSize(5);
    assertThat(d.selectFirst("title").text()).isEqualTo("Comparison of 3 countries \u2014 Mini convention");
    assertThat(d.selectFirst(".warn").text()).contains("1 place");
  }

  @Test
  void htmlIsSelfContainedAndEscapesEverything() throws IOException {
    String html = render(new CompareHtmlRenderer(), CompareFixtures.hostile(), CompareFixtures.SCRIPT);
    Document d = HtmlSafety.assertSafe(html);
    assertThat(d.selectFirst("h1").text()).isEqualTo("Comparison: " + CompareFixtures.SCRIPT);
    assertThat(d.select("table.matrix thead th span[dir=auto]")).extracting(Element::text)
        .contains(CompareFixtures.SCRIPT, CompareFixtures.ARABIC + " " + CompareFixtures.ATTR.strip());
    assertThat(html).contains("default-src 'none'");
  }

  @Test
  void csvDefusesFormulasAndQuotes() throws IOException {
    String csv = render(new CompareCsvRenderer(), CompareFixtures.hostile(), null);
    String header = csv.substring(0, csv.indexOf("\r\n"));
    assertThat(header).isEqualTo("article,chapter,obligations,titles," + CompareFixtures.SCRIPT + ","
        + "\"" + CompareFixtures.ARABIC + " \"\" onmouseover=alert(1) x=\"\"\","
        + "\"'=HYPERLINK(\"\"http://evil.example\"\")\",countries_met,countries_partial,countries_missing");
    assertThat(csv.split("\r\n")).hasSize(1 + 5);
    assertThat(csv).doesNotContain("\n,").endsWith("\r\n");
  }

  @Test
  void jsonIsValidAndAlignedWithTheCountries() throws IOException {
    String json = render(new CompareJsonRenderer(), CompareFixtures.hostile(), null);
    JsonNode n = new ObjectMapper().readTree(new StringReader(json));
    assertThat(n.get("formatVersion").asText()).isEqualTo(Comparison.FORMAT_VERSION);
    assertThat(n.has("title")).isFalse();
    assertThat(n.get("countries")).hasSize(3);
    assertThat(n.get("countries").get(0).get("name").asText()).isEqualTo(CompareFixtures.SCRIPT);
    assertThat(n.get("countries").get(2).has("code")).isFalse();
    for (JsonNode a : n.get("articles")) {
      assertThat(a.get("cells")).hasSize(3);
      assertThat(a.get("cells").get(1).get("country").asText()).startsWith(CompareFixtures.ARABIC);
    }
    assertThat(json).endsWith("}\n").doesNotContain("\r");
  }
}
