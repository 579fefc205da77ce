package org.lexgap.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReaderTest {

  @TempDir Path dir;

  private final HtmlReader reader = new HtmlReader();

  private RawDocument read(String html) throws Exception {
    Path f = Files.writeString(dir.resolve("page.html"), html, StandardCharsets.UTF_8);
    return reader.read(f, "page.html");
  }

  @Test
  void dropsPageFurnitureAndKeepsMainContentBlocks() throws Exception {
    RawDocument doc = read("""
        <!DOCTYPE html><html><head><title>Site title</title><style>p{}</style></head><body>
        <header><h1>Ministry website</h1></header>
        <nav><ul><li>Home</li><li>Laws</li></ul></nav>
        <div class="breadcrumb">Home &gt; Laws</div>
        <main>
          <h1>Cybercrimes Act</h1>
          <div class="cookie-banner">We use cookies</div>
          <h2>Part II &ndash; Offences</h2>
          <p>5. <b>Unauthorised access.</b> A person who&nbsp;accesses a computer system commits an offence.</p>
          <ol><li>intentionally; and</li><li>without right.</li></ol>
          <ol><li>(a) already labelled</li></ol>
          <div class="status-unavailable">Direct div text.<p>Nested paragraph.</p>Trailing text.</div>
          <table><tr><th>Offence</th><td>Penalty</td></tr></table>
          <dl><dt>computer</dt><dd>any device</dd></dl>
          <pre>line one
        line two</pre>
          <p>Line A<br>Line B</p>
          <script>var x = 1;</script>
          <form><input value="search"><button>Go</button></form>
        </main>
        <aside>Related laws</aside>
        <footer>Copyright</footer>
        </body></html>""");

    assertThat(doc.blocks()).extracting(TextBlock::text).containsExactly(
        "Cybercrimes Act",
        "Part II \u2013 Offences",
        "5. Unauthorised access. A person who accesses a computer system commits an offence.",
        "1. intentionally; and",
        "2. without right.",
        "(a) already labelled",
        "Direct div text.",
        "Nested paragraph.",
        "Trailing text.",
        "Offence",
        "Penalty",
        "computer",
        "any device",
        "line one",
        "line two",
        "Line A",
        "Line B");
    TextBlock h1 = doc.blocks().get(0);
    assertThat(h1.kind()).isEqualTo(BlockKind.HEADING);
    assertThat(h1.level()).isEqualTo(1);
    assertThat(doc.blocks().get(1).level()).isEqualTo(2);
    assertThat(doc.blocks().get(3).kind()).isEqualTo(BlockKind.LIST_ITEM);
    assertThat(doc.blocks().get(9).kind()).isEqualTo(BlockKind.TABLE_CELL);
    assertThat(doc.blocks().get(2).location()).isEqualTo(Location.ofParagraph("page.html", 3));
  }

  @Test
  void withoutMainTheBodyIsReadAndNestedListsHaveLevels() throws Exception {
    RawDocument doc = read("""
        <html><body><div id="site-nav">Menu</div><div id="menu-top">Top</div>
        <p>Intro</p><ul><li>outer<ul><li>inner</li></ul></li></ul>
        <div id="sidebar">Side</div><div class="footer-links">Links</div></body></html>""");
    assertThat(doc.blocks()).extracting(TextBlock::text).containsExactly("Intro", "outer", "inner");
    assertThat(doc.blocks().get(1).level()).isZero();
    assertThat(doc.blocks().get(2).level()).isEqualTo(1);
  }

  @Test
  void windows1252WithoutDeclarationIsDecoded() throws Exception {
    byte[] bytes = "<html><body><p>\u201Cd\u00E9lit\u201D</p></body></html>".getBytes("windows-1252");
    Path f = Files.write(dir.resolve("legacy.htm"), bytes);
    assertThat(reader.read(f, "legacy.htm").blocks().get(0).text()).isEqualTo("\u201Cd\u00E9lit\u201D");
  }

  @Test
  void pageWithOnlyFurnitureIsEmpty() {
    assertThatThrownBy(() -> read("<html><body><nav>Home</nav><footer>(c)</footer></body></html>"))
        .isInstanceOf(ReadException.class)
        .hasMessage("page.html: empty document (no text)");
  }
}
