package org.lexgap.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HtmlRendererTest {

  private static String render(org.lexgap.analysis.GapReport r) throws IOException {
    return RendererGoldenTest.render(new HtmlRenderer(), r, RendererGoldenTest.goldenOptions());
  }

  @Test
  void hostileStringsStayText() throws IOException {
    String html = render(ReportFixtures.hostile());
    assertThat(html).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<a href=\"javascript")
        .doesNotContain("<b>").doesNotContain("\" onmouseover");
    Document doc = Jsoup.parse(html);
    assertThat(doc.select("script, iframe, object, embed, link, img, base, form")).isEmpty();
    for (Element e : doc.getAllElements()) {
      for (Attribute a : e.attributes()) {
        assertThat(a.getKey()).as("attribute on <%s>", e.tagName()).doesNotStartWith("on");
        if (a.getKey().equals("href")) {
          assertThat(a.getValue()).startsWith("#").matches("#[A-Za-z0-9-]+");
        }
        assertThat(a.getKey()).isNotIn("src", "srcset", "action", "formaction", "xlink:href");
      }
    }
    // The attacks are shown, as text, where the report puts them.
    assertThat(doc.select("h1").text()).isEqualTo("Gap report: Republic of Examplia");
    assertThat(doc.select("section.issues li").first().text()).contains(ReportFixtures.SCRIPT)
        .contains(ReportFixtures.JS_LINK);
    assertThat(doc.select("section.finding").first().attr("data-obligation"))
        .isEqualTo("UNCC-" + ReportFixtures.SCRIPT);
    assertThat(doc.select("section.finding h3").first().text()).contains(ReportFixtures.ATTR.strip());
    assertThat(doc.select("blockquote").first().text()).contains(ReportFixtures.SCRIPT, ReportFixtures.FORMULA);
    assertThat(doc.select("mark").eachText()).contains("عمداً", "onmouseover", "javascript");
  }

  @Test
  void quotesAndRightToLeftTextCarryDirAuto() throws IOException {
    Document doc = Jsoup.parse(render(ReportFixtures.hostile()));
    assertThat(doc.select("blockquote")).isNotEmpty().allSatisfy(q -> assertThat(q.attr("dir")).isEqualTo("auto"));
    Element arabic = doc.select("blockquote").first();
    assertThat(arabic.text()).startsWith(ReportFixtures.ARABIC);
  }

  @Test
  void selfContainedWithContentSecurityPolicy() throws IOException {
    String html = render(ReportFixtures.sample());
    Document doc = Jsoup.parse(html);
    assertThat(doc.select("meta[http-equiv=Content-Security-Policy]").attr("content"))
        .isEqualTo("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
    assertThat(doc.select("script, link, img, iframe")).isEmpty();
    assertThat(doc.select("style").html()).doesNotContain("@import").doesNotContain("url(")
        .contains("@media print").contains("size: A4");
    // No attribute holds a URL other than the SVG namespace (never fetched) and fragment links.
    for (Element e : doc.getAllElements()) {
      for (Attribute a : e.attributes()) {
        if (!a.getKey().equals("xmlns") && !e.hasAttr("http-equiv")) {
          assertThat(a.getValue()).as(a.getKey()).doesNotContain("//").doesNotContain("data:");
        }
      }
    }
  }

  @Test
  void statusReadsWithoutColour() throws IOException {
    Document doc = Jsoup.parse(render(ReportFixtures.sample()));
    assertThat(doc.select("table.matrix td.cell[class~=s-]").eachText())
        .containsExactly("Partial", "Met", "Missing", "Not assessable", "Missing (waived)", "Met");
    assertThat(doc.select("section.finding .badge").eachText())
        .containsExactly("Partial", "Met", "Missing", "Not assessable", "Missing (waived)", "Met");
    assertThat(doc.select("svg[role=img] > title").text()).isNotBlank();
    assertThat(doc.select("svg > desc").text()).contains("Chapter II: 1 met, 1 partial, 1 missing");
    // Each matrix link lands on a finding.
    for (Element a : doc.select("table.matrix a[href]")) {
      assertThat(doc.getElementById(a.attr("href").substring(1))).isNotNull();
    }
  }

  @Test
  void extractionIssuesComeBeforeTheFindings() throws IOException {
    String html = render(ReportFixtures.sample());
    assertThat(html.indexOf("class=\"issues\"")).isPositive().isLessThan(html.indexOf("id=\"coverage\""));
    assertThat(Jsoup.parse(html).select("section.issues li").eachText()).containsExactly(
        "statutes/cybercrime-act-2021.pdf, page 7: no text layer (scanned image?)",
        "statutes/cybercrime-act-2021.pdf, page 8: no text layer (scanned image?)");
  }

  @Test
  void satisfyingWordsAreMarked() throws IOException {
    Document doc = Jsoup.parse(render(ReportFixtures.sample()));
    assertThat(doc.select("#ob-1-UNCC-7 blockquote mark").eachText())
        .containsExactly("intentionally", "accesses", "infringing security measures");
  }

  @Test
  void escapeCoversAttributesAndControls() {
    assertThat(Html.esc("<a href='x' title=\"y\">&\u0000\u001b[31m</a>"))
        .isEqualTo("&lt;a href=&#39;x&#39; title=&quot;y&quot;&gt;&amp;[31m&lt;/a&gt;");
    assertThat(Html.esc(null)).isEmpty();
    assertThat(Html.id("ob-", 3, "UNCC-7 <script>\"")).isEqualTo("ob-3-UNCC-7script");
    assertThat(Html.id("ob-", 4, "\u0639\u0631\u0628")).isEqualTo("ob-4");
  }
}
