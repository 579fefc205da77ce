package org.lexgap.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexgap.cli.Main;

/**
 * Hostile statute text through the whole pipeline (read, structure, analysis, HTML) of {@code check} and
 * {@code compare}: the HTML must stay inert, and right-to-left text must survive with its direction left to
 * the browser.
 */
class PipelineHtmlSafetyTest {

  static final String ARABIC = "يعاقب كل من دخل عمداً إلى نظام معلوماتي دون وجه حق";

  /** Headings and text full of markup, quotes and javascript: links, around offences the analysis will find. */
  static final String STATUTE = """
      THE "HOSTILE" ACT <script>alert(1)</script>

      1. Short title <script>alert('title')</script>
      This Act may be cited as the <img src=x onerror=alert(1)> Act. See <a href="javascript:alert(1)">javascript:alert(1)</a>.

      2. Unauthorised access <script>alert(2)</script> الدخول غير المشروع
      A person who intentionally and without right accesses a computer system commits an offence <script>alert(3)</script> and is liable to imprisonment; %s "quoted" 'single' javascript:alert(4).

      3. Illegal interception " onmouseover="alert(5)
      A person who intentionally and without right intercepts by technical means non-public transmissions of computer data commits an offence " onmouseover="alert(5)" and is liable to imprisonment.
      """.formatted(ARABIC);

  @TempDir Path tmp;
  Path statute;

  @BeforeEach
  void write() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("javascript:alert(1)"));
    statute = dir.resolve("قانون <b>x&amp; 'q'.txt");
    Files.writeString(statute, STATUTE, StandardCharsets.UTF_8);
  }

  private static String run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    assertThat(code).as(err.toString()).isZero();
    return out.toString();
  }

  @Test
  void checkHtmlIsInertAndKeepsArabic() {
    String html = run("check", "--format", "html", "--title", "<script>alert(6)</script>", statute.toString());
    Document d = HtmlSafety.assertSafe(html);
    // The attacks arrived as text, so the test would notice if escaping were skipped.
    assertThat(d.select("blockquote")).extracting(Element::text)
        .anySatisfy(q -> assertThat(q).contains("<script>alert(3)</script>").contains(ARABIC)
            .contains("\"quoted\" 'single' javascript:alert(4)"));
    assertThat(d.selectFirst("h1").text()).isEqualTo("Gap report: <script>alert(6)</script>");
    assertThat(d.select("td")).extracting(Element::text).contains(statute.toString());
    assertRightToLeftIsAuto(d, 2);
  }

  @Test
  void compareHtmlIsInertAndKeepsArabic() throws Exception {
    Path manifest = tmp.resolve("m.yaml");
    Files.writeString(manifest, "countries:\n"
        + "  - name: \"<script>alert(7)</script>\"\n    documents: [\"" + statute + "\"]\n"
        + "  - name: 'مصر \" onmouseover=\"alert(8)'\n    code: EG\n    documents: [\"" + statute + "\"]\n",
        StandardCharsets.UTF_8);
    String html = run("compare", "--title", "\"><script>alert(9)</script>", manifest.toString(),
        statute.getParent().toString());
    Document d = HtmlSafety.assertSafe(html);
    assertThat(d.select("table.matrix thead th")).extracting(Element::text).containsExactly("Article",
        "<script>alert(7)</script>", "مصر \" onmouseover=\"alert(8) (EG)", "javascript:alert(1)");
    assertThat(d.selectFirst("h1").text()).isEqualTo("Comparison: \"><script>alert(9)</script>");
    assertThat(d.select("#documents td[dir=auto]")).extracting(Element::text).contains(statute.toString());
    assertRightToLeftIsAuto(d, 3);
  }

  /**
   * Every text with Arabic letters sits in an element whose nearest {@code dir} says "auto", and there are at
   * least {@code min} such texts.
   */
  private static void assertRightToLeftIsAuto(Document d, int min) {
    List<String> found = new ArrayList<>();
    List<String> wrong = new ArrayList<>();
    d.body().traverse((NodeVisitor) (Node node, int depth) -> {
      if (node instanceof TextNode t && t.text().codePoints().anyMatch(c -> c >= 0x0600 && c <= 0x06ff)) {
        found.add(t.text());
        Element e = (Element) t.parent();
        while (e != null && !e.hasAttr("dir")) {
          e = e.parent();
        }
        if (e == null || !e.attr("dir").equals("auto")) {
          wrong.add(t.text());
        }
      }
    });
    assertThat(found).as("right-to-left texts").hasSizeGreaterThanOrEqualTo(min);
    assertThat(wrong).as("right-to-left texts without dir=auto").isEmpty();
  }
}
