package org.lexgap.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexgap.read.PdfFixtures.Page;
import org.lexgap.read.PdfFixtures.Text;

class PdfReaderTest {

  @TempDir Path dir;

  private final PdfReader reader = new PdfReader();

  private static List<String> texts(RawDocument doc) {
    return doc.blocks().stream().map(TextBlock::text).toList();
  }

  /** A page of the single-column act: running header, body lines, footer with a page number. */
  private static Page actPage(int n, int of, List<String> body) {
    List<Text> t = new ArrayList<>();
    t.add(new Text(50, 800, "Computer Misuse and Cybercrimes Act, 2021"));
    t.add(new Text(290, 786, Integer.toString(n))); // bare page number under the header
    t.addAll(PdfFixtures.column(50, 750, body));
    t.add(new Text(50, 40, "Laws of Ruritania - Revised Edition " + (2020 + n % 2)));
    t.add(new Text(480, 40, "Page " + n + " of " + of));
    return Page.text(t);
  }

  @Test
  void singleColumnRemovesRunningHeadersFootersAndPageNumbersAndRejoinsHyphenatedWords() throws Exception {
    Path pdf = PdfFixtures.write(dir.resolve("act.pdf"), List.of(
        actPage(1, 4, List.of("PART I - PRELIMINARY", "1. Short title", "This Act may be cited as the Act.")),
        actPage(2, 4, List.of("2. Interpretation", "In this Act, cyber-security means the protection",
            "of computer systems.")),
        actPage(3, 4, List.of("3. Unauthorised access", "(1) A person who causes a computer system to perform",
            "a function with intent to secure unauth-", "orised access to any program commits an offence.",
            "(2) Measures for cyber-", "security are first-", "Class measures, non-", "extendable.")),
        actPage(4, 4, List.of("4. Penalties", "A person convicted is liable to a fine."))));

    RawDocument doc = reader.read(pdf, "act.pdf");

    assertThat(doc.format()).isEqualTo("pdf");
    assertThat(doc.pages()).isEqualTo(4);
    assertThat(doc.issues()).isEmpty();
    List<String> texts = texts(doc);
    assertThat(texts).noneMatch(s -> s.contains("Cybercrimes Act, 2021") || s.contains("Revised Edition")
        || s.startsWith("Page ") || s.matches("\\d+"));
    assertThat(texts).contains("a function with intent to secure unauthorised",
        "access to any program commits an offence.");
    // "cyber-security" is spelled with a hyphen elsewhere in the text, so the line-end hyphen stays
    assertThat(texts).contains("(2) Measures for cyber-security", "are first-", "Class measures, non-extendable.");
    assertThat(texts.get(0)).isEqualTo("PART I - PRELIMINARY");
    TextBlock first = doc.blocks().get(0);
    assertThat(first.location()).isEqualTo(Location.ofPage("act.pdf", 1, 3));
    TextBlock unauth = doc.blocks().stream().filter(b -> b.text().endsWith("unauthorised")).findFirst()
        .orElseThrow();
    assertThat(unauth.location().page()).isEqualTo(3);
    assertThat(unauth.location().line()).isEqualTo(5);
    assertThat(doc.blocks()).allMatch(b -> b.kind() == BlockKind.PARAGRAPH);
  }

  @Test
  void twoColumnPageIsReadLeftColumnThenRightColumn() throws Exception {
    List<String> left = new ArrayList<>();
    List<String> right = new ArrayList<>();
    for (int i = 1; i <= 12; i++) {
      left.add("Left column line " + i + " of the gazette text here");
      right.add("Right column line " + i + " of the gazette text here");
    }
    List<Text> t = new ArrayList<>();
    t.add(new Text(150, 800, "OFFICIAL GAZETTE OF RURITANIA - SUPPLEMENT NO. 4 TO THE ACTS"));
    t.addAll(PdfFixtures.column(50, 760, left));
    t.addAll(PdfFixtures.column(320, 760, right));
    Path pdf = PdfFixtures.write(dir.resolve("gazette.pdf"), List.of(Page.text(t)));

    List<String> texts = texts(reader.read(pdf, "gazette.pdf"));

    List<String> expected = new ArrayList<>();
    expected.add("OFFICIAL GAZETTE OF RURITANIA - SUPPLEMENT NO. 4 TO THE ACTS");
    expected.addAll(left);
    expected.addAll(right);
    assertThat(texts).containsExactlyElementsOf(expected);
  }

  @Test
  void singleColumnPageWithShortLinesIsNotSplitIntoColumns() throws Exception {
    List<String> lines = new ArrayList<>();
    for (int i = 1; i <= 12; i++) {
      lines.add(i % 2 == 0 ? "(" + i + ") A short line." : "(" + i + ") A long line of running text that goes across"
          + " the whole width of the page body.");
    }
    Path pdf = PdfFixtures.write(dir.resolve("single.pdf"), List.of(Page.text(PdfFixtures.column(50, 760, lines))));
    assertThat(texts(reader.read(pdf, "single.pdf"))).containsExactlyElementsOf(lines);
  }

  @Test
  void pageWithoutTextIsReportedAsAnIssue() throws Exception {
    Path pdf = PdfFixtures.write(dir.resolve("mixed.pdf"), List.of(
        Page.text(PdfFixtures.column(50, 760, List.of("1. First section text."))),
        Page.scanned(),
        Page.text(PdfFixtures.column(50, 760, List.of("2. Second section text.")))));

    RawDocument doc = reader.read(pdf, "mixed.pdf");

    assertThat(texts(doc)).containsExactly("1. First section text.", "2. Second section text.");
    assertThat(doc.issues()).containsExactly(new ExtractionIssue(2, "no text on page 2"));
    assertThat(doc.blocks().get(1).location().page()).isEqualTo(3);
  }

  @Test
  void allPagesWithoutTextIsAnError() throws Exception {
    Path pdf = PdfFixtures.write(dir.resolve("scan.pdf"), List.of(Page.scanned(), Page.scanned(), Page.scanned()));
    assertThatThrownBy(() -> reader.read(pdf, "scans/scan.pdf"))
        .isInstanceOf(ReadException.class)
        .hasMessage("scans/scan.pdf: no text layer on pages 1-3 (scanned images?); OCR it first");
  }

  @Test
  void encryptedPdfIsAnError() throws Exception {
    Path pdf = PdfFixtures.write(dir.resolve("secret.pdf"),
        List.of(Page.text(PdfFixtures.column(50, 760, List.of("Secret text.")))), "user-pw");
    assertThatThrownBy(() -> reader.read(pdf, "secret.pdf"))
        .isInstanceOf(ReadException.class)
        .hasMessage("secret.pdf: PDF is encrypted/password-protected; decrypt it first");
  }

  @Test
  void corruptPdfIsAnError() throws Exception {
    Path pdf = Files.write(dir.resolve("broken.pdf"), "%PDF-1.7\n1 0 obj << /Type /Catalog garbage".getBytes());
    assertThatThrownBy(() -> reader.read(pdf, "broken.pdf"))
        .isInstanceOf(ReadException.class)
        .hasMessageStartingWith("broken.pdf: not a valid PDF (")
        .hasMessageNotContaining("\n");
  }

  @Test
  void pageNumberPatterns() {
    assertThat(PdfCleanup.isPageNumber("12")).isTrue();
    assertThat(PdfCleanup.isPageNumber("- 12 -")).isTrue();
    assertThat(PdfCleanup.isPageNumber("Page 3 of 40")).isTrue();
    assertThat(PdfCleanup.isPageNumber("xiv")).isTrue();
    assertThat(PdfCleanup.isPageNumber("civil")).isFalse();
    assertThat(PdfCleanup.isPageNumber("12. Offences")).isFalse();
  }
}
