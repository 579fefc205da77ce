package org.lexgap.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.lexgap.analysis.GapReport;
import org.lexgap.analysis.Status;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JunitRendererTest {

  static String render(GapReport r, RenderOptions o) throws Exception {
    StringWriter w = new StringWriter();
    new JunitRenderer().render(r, o, w);
    return w.toString();
  }

  static Document parse(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void suitesPerChapterCasesPerObligationAndCorrectCounts() throws Exception {
    Document d = parse(render(ReportFixtures.sample(), RenderOptions.defaults().withFailOn(Status.PARTIAL)));
    Element root = d.getDocumentElement();
    assertThat(root.getTagName()).isEqualTo("testsuites");
    assertThat(root.getAttribute("tests")).isEqualTo("6");
    assertThat(root.getAttribute("failures")).isEqualTo("2"); // UNCC-7 partial, UNCC-16 missing
    assertThat(root.getAttribute("skipped")).isEqualTo("2"); // UNCC-24 not assessable, UNCC-25 waived
    NodeList suites = d.getElementsByTagName("testsuite");
    assertThat(suites.getLength()).isEqualTo(2);
    Element ii = (Element) suites.item(0);
    assertThat(ii.getAttribute("name")).isEqualTo("UNCC.Chapter II");
    assertThat(ii.getAttribute("tests")).isEqualTo("3");
    assertThat(ii.getAttribute("failures")).isEqualTo("2");
    Element first = (Element) ii.getElementsByTagName("testcase").item(0);
    assertThat(first.getAttribute("classname")).isEqualTo("UNCC.Chapter II");
    assertThat(first.getAttribute("name")).isEqualTo("UNCC-7 Illegal access");
    Element failure = (Element) first.getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("type")).isEqualTo("partial");
    assertThat(failure.getTextContent()).contains("Missing: without right").contains("p. 3");
    Element iv = (Element) suites.item(1);
    assertThat(iv.getAttribute("skipped")).isEqualTo("2");
    assertThat(iv.getAttribute("failures")).isEqualTo("0");
  }

  @Test
  void failOnMissingLetsPartialPassWithANote() throws Exception {
    Document d = parse(render(ReportFixtures.sample(), RenderOptions.defaults().withFailOn(Status.MISSING)));
    assertThat(d.getDocumentElement().getAttribute("failures")).isEqualTo("1");
    Element first = (Element) d.getElementsByTagName("testcase").item(0);
    assertThat(first.getElementsByTagName("failure").getLength()).isZero();
    assertThat(first.getElementsByTagName("system-out").item(0).getTextContent()).contains("partial");
    Document never = parse(render(ReportFixtures.sample(), RenderOptions.defaults()));
    assertThat(never.getDocumentElement().getAttribute("failures")).isEqualTo("0");
  }

  @Test
  void hostileTextIsEscapedAndStaysWellFormed() throws Exception {
    String xml = render(ReportFixtures.hostile(), RenderOptions.defaults().withFailOn(Status.PARTIAL));
    Document d = parse(xml);
    assertThat(xml).doesNotContain("<script>").doesNotContain("\t");
    NodeList cases = d.getElementsByTagName("testcase");
    assertThat(cases.getLength()).isEqualTo(2);
    assertThat(((Element) cases.item(1)).getAttribute("name")).contains("<script>");
    assertThat(d.getDocumentElement().getAttribute("skipped")).isEqualTo("1"); // the waived one
    assertThat(JunitRenderer.attr("a\u0001b\uFFFEc")).isEqualTo("abc");
  }

  @Test
  void emptyReportIsValid() throws Exception {
    Document d = parse(render(ReportFixtures.empty(), RenderOptions.defaults()));
    assertThat(d.getDocumentElement().getAttribute("tests")).isEqualTo("0");
  }
}
