package org.lexgap.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexgap.read.PdfFixtures.Page;

class ReadersTest {

  private static final String UNKNOWN =
      ": unknown format (expected PDF, DOCX, HTML, text, Markdown or Akoma Ntoso XML)";

  @TempDir Path dir;

  private String detected(String name, byte[] content) throws Exception {
    Path f = Files.write(dir.resolve(name), content);
    return Readers.detect(f, name).format();
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void registryHasEveryFormat() {
    assertThat(Readers.all()).extracting(DocumentReader::format)
        .containsExactly("pdf", "docx", "html", "text", "markdown", "akn");
    assertThat(Readers.byFormat("MARKDOWN")).containsInstanceOf(MarkdownReader.class);
  }

  @Test
  void contentWinsOverExtension() throws Exception {
    Path pdf = PdfFixtures.write(dir.resolve("law.txt"),
        List.of(Page.text(PdfFixtures.column(50, 760, List.of("Section 1.")))));
    assertThat(Readers.detect(pdf, "law.txt").format()).isEqualTo("pdf");
    Path docx = dir.resolve("law.bin");
    try (XWPFDocument d = new XWPFDocument(); OutputStream out = Files.newOutputStream(docx)) {
      d.createParagraph().createRun().setText("Section 1.");
      d.write(out);
    }
    assertThat(Readers.detect(docx, "law.bin").format()).isEqualTo("docx");
    assertThat(detected("a.txt", Files.readAllBytes(AknReaderTest.resource("act-akn30.xml")))).isEqualTo("akn");
    assertThat(detected("b.md", utf8("\uFEFF<!DOCTYPE html>\n<html><p>x</p></html>"))).isEqualTo("html");
    assertThat(detected("c.xml", utf8("<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"/>")))
        .isEqualTo("html");
  }

  @Test
  void extensionWhenContentIsInconclusive() throws Exception {
    assertThat(detected("a.txt", utf8("# Heading\ntext"))).isEqualTo("text");
    assertThat(detected("a.TEXT", utf8("text"))).isEqualTo("text");
    assertThat(detected("a.md", utf8("text"))).isEqualTo("markdown");
    assertThat(detected("a.markdown", utf8("text"))).isEqualTo("markdown");
    assertThat(detected("a.htm", utf8("<p>fragment</p>"))).isEqualTo("html");
    assertThat(detected("a.xml", utf8("<law/>"))).isEqualTo("akn");
    assertThat(detected("README", utf8("# Title\nbody"))).isEqualTo("markdown");
    assertThat(detected("STATUTE", utf8("Section 1. Title"))).isEqualTo("text");
  }

  @Test
  void unknownFormats() throws Exception {
    Path bin = Files.write(dir.resolve("image.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
    assertThatThrownBy(() -> Readers.read(bin, "image.png", null)).hasMessage("image.png" + UNKNOWN);
    Path rtf = Files.write(dir.resolve("law.rtf"), utf8("{\\rtf1\\ansi Section 1}"));
    assertThatThrownBy(() -> Readers.read(rtf, "law.rtf", null)).hasMessage("law.rtf" + UNKNOWN);
    Path noExtBinary = Files.write(dir.resolve("blob"), new byte[] {1, 0, 2, 0, 3});
    assertThatThrownBy(() -> Readers.read(noExtBinary, "blob", null)).hasMessage("blob" + UNKNOWN);
    Path zip = dir.resolve("law.docx");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      out.putNextEntry(new ZipEntry("content.xml"));
      out.write(utf8("<office:document/>"));
      out.closeEntry();
    }
    assertThatThrownBy(() -> Readers.read(zip, "law.docx", null)).hasMessage("law.docx" + UNKNOWN);
  }

  @Test
  void hintOverridesDetection() throws Exception {
    Path f = Files.write(dir.resolve("page.txt"), utf8("<html><body><h1>Act</h1><p>Text</p></body></html>"));
    RawDocument sniffed = Readers.read(f, "page.txt", null);
    assertThat(sniffed.format()).isEqualTo("html");
    assertThat(sniffed.blocks()).extracting(TextBlock::text).containsExactly("Act", "Text");
    RawDocument asText = Readers.read(f, "page.txt", "text");
    assertThat(asText.format()).isEqualTo("text");
    assertThat(asText.blocks()).extracting(TextBlock::text)
        .containsExactly("<html><body><h1>Act</h1><p>Text</p></body></html>");

    Path law = Files.write(dir.resolve("law.xyz"), utf8("# Act\nText"));
    assertThat(Readers.read(law, "law.xyz", "Markdown").blocks().get(0).kind()).isEqualTo(BlockKind.HEADING);
  }

  @Test
  void errorsNameTheFile() throws Exception {
    assertThatThrownBy(() -> Readers.read(dir.resolve("missing.pdf"), "missing.pdf", null))
        .isInstanceOf(ReadException.class).hasMessage("missing.pdf: no such file");
    assertThatThrownBy(() -> Readers.read(dir, "laws/", null))
        .isInstanceOf(ReadException.class).hasMessage("laws/: is a directory, not a document");
    Path f = Files.write(dir.resolve("a.txt"), utf8("x"));
    assertThatThrownBy(() -> Readers.read(f, "a.txt", "rtf"))
        .isInstanceOf(ReadException.class)
        .hasMessage("unknown format hint 'rtf' (use pdf, docx, html, text, markdown, akn)");
  }
}
