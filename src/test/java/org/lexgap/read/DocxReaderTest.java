package org.lexgap.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

class DocxReaderTest {

  @TempDir Path dir;

  private final DocxReader reader = new DocxReader();

  private static void style(XWPFStyles styles, String id, String name, String basedOn) {
    CTStyle s = CTStyle.Factory.newInstance();
    s.setStyleId(id);
    s.setType(STStyleType.PARAGRAPH);
    s.addNewName().setVal(name);
    if (basedOn != null) {
      s.addNewBasedOn().setVal(basedOn);
    }
    styles.addStyle(new XWPFStyle(s));
  }

  private static void level(CTAbstractNum abs, int ilvl, STNumberFormat.Enum fmt, String text) {
    CTLvl l = abs.addNewLvl();
    l.setIlvl(BigInteger.valueOf(ilvl));
    l.addNewStart().setVal(BigInteger.ONE);
    l.addNewNumFmt().setVal(fmt);
    l.addNewLvlText().setVal(text);
  }

  private static XWPFParagraph para(XWPFDocument doc, String text, String style, BigInteger numId, int ilvl) {
    XWPFParagraph p = doc.createParagraph();
    if (style != null) {
      p.setStyle(style);
    }
    if (numId != null) {
      p.setNumID(numId);
      p.setNumILvl(BigInteger.valueOf(ilvl));
    }
    if (!text.isEmpty()) {
      p.createRun().setText(text);
    }
    return p;
  }

  /** An act with heading styles, a two-level numbered list ("%1." decimal, "(%2)" lowerLetter) and a table. */
  private Path act() throws Exception {
    Path file = dir.resolve("act.docx");
    try (XWPFDocument doc = new XWPFDocument()) {
      XWPFStyles styles = doc.createStyles();
      style(styles, "Heading1", "heading 1", null);
      style(styles, "Heading2", "heading 2", null);
      style(styles, "SectionTitle", "Section Title", "Heading2"); // a custom style inheriting a heading
      XWPFNumbering numbering = doc.createNumbering();
      CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
      abs.setAbstractNumId(BigInteger.ZERO);
      level(abs, 0, STNumberFormat.DECIMAL, "%1.");
      level(abs, 1, STNumberFormat.LOWER_LETTER, "(%2)");
      level(abs, 2, STNumberFormat.LOWER_ROMAN, "(%3)");
      BigInteger absId = numbering.addAbstractNum(new XWPFAbstractNum(abs, numbering));
      BigInteger numId = numbering.addNum(absId);

      para(doc, "Cybercrimes Act", "Heading1", null, 0);
      para(doc, "Offences", "SectionTitle", null, 0);
      para(doc, "In this Act:", null, null, 0);
      para(doc, "A person who accesses a computer system without right commits an offence.", null, numId, 0);
      para(doc, "intentionally; and", null, numId, 1);
      para(doc, "", null, null, 0); // empty paragraphs are skipped
      para(doc, "without authorisation,", null, numId, 1);
      para(doc, "by any means whatsoever.", null, numId, 2);
      para(doc, "Penalties apply.", null, numId, 0);
      para(doc, "in the case of a first offence.", null, numId, 1); // restarts at (a) under item 2
      XWPFTable table = doc.createTable(1, 2);
      table.getRow(0).getCell(0).setText("Section 3");
      table.getRow(0).getCell(1).setText("Fine of 1,000 units");
      try (OutputStream out = Files.newOutputStream(file)) {
        doc.write(out);
      }
    }
    return file;
  }

  @Test
  void headingsNumberingAndTablesInBodyOrder() throws Exception {
    RawDocument doc = reader.read(act(), "act.docx");

    assertThat(doc.format()).isEqualTo("docx");
    assertThat(doc.blocks()).extracting(TextBlock::text).containsExactly(
        "Cybercrimes Act",
        "Offences",
        "In this Act:",
        "1. A person who accesses a computer system without right commits an offence.",
        "(a) intentionally; and",
        "(b) without authorisation,",
        "(i) by any means whatsoever.",
        "2. Penalties apply.",
        "(a) in the case of a first offence.",
        "Section 3",
        "Fine of 1,000 units");
    List<TextBlock> b = doc.blocks();
    assertThat(b.get(0).kind()).isEqualTo(BlockKind.HEADING);
    assertThat(b.get(0).level()).isEqualTo(1);
    assertThat(b.get(1).kind()).isEqualTo(BlockKind.HEADING);
    assertThat(b.get(1).level()).isEqualTo(2);
    assertThat(b.get(2).kind()).isEqualTo(BlockKind.PARAGRAPH);
    assertThat(b.get(3).kind()).isEqualTo(BlockKind.LIST_ITEM);
    assertThat(b.get(3).level()).isZero();
    assertThat(b.get(4).level()).isEqualTo(1);
    assertThat(b.get(6).level()).isEqualTo(2);
    assertThat(b.get(9).kind()).isEqualTo(BlockKind.TABLE_CELL);
    for (int i = 0; i < b.size(); i++) {
      assertThat(b.get(i).location()).isEqualTo(Location.ofParagraph("act.docx", i + 1));
    }
  }

  @Test
  void labelFormats() {
    assertThat(WordNumbering.letters(1, false)).isEqualTo("a");
    assertThat(WordNumbering.letters(27, false)).isEqualTo("aa");
    assertThat(WordNumbering.letters(3, true)).isEqualTo("C");
    assertThat(WordNumbering.roman(14, false)).isEqualTo("xiv");
    assertThat(WordNumbering.roman(1999, true)).isEqualTo("MCMXCIX");
    assertThat(WordNumbering.format(7, "decimalZero")).isEqualTo("07");
  }

  @Test
  void emptyDocumentIsAnError() throws Exception {
    Path file = dir.resolve("empty.docx");
    try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
      doc.createParagraph();
      doc.write(out);
    }
    assertThatThrownBy(() -> reader.read(file, "empty.docx"))
        .isInstanceOf(ReadException.class)
        .hasMessage("empty.docx: empty document (no text)");
  }

  @Test
  void corruptFileAndOtherZipsAreErrors() throws Exception {
    Path garbage = Files.write(dir.resolve("bad.docx"), "this is not a zip".getBytes());
    assertThatThrownBy(() -> reader.read(garbage, "bad.docx"))
        .isInstanceOf(ReadException.class)
        .hasMessageStartingWith("bad.docx: not a valid DOCX (")
        .hasMessageNotContaining("\n");

    Path zip = dir.resolve("other.docx");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      out.putNextEntry(new ZipEntry("notes.txt"));
      out.write("hello".getBytes());
      out.closeEntry();
    }
    assertThatThrownBy(() -> reader.read(zip, "other.docx"))
        .isInstanceOf(ReadException.class)
        .hasMessageStartingWith("other.docx: not a valid DOCX (")
        .hasMessageNotContaining("\n");
  }

  @Test
  void zipBombProtectionStaysOn() throws Exception {
    Path good = act();
    Path bomb = dir.resolve("bomb.docx");
    // Same document, but word/document.xml padded with 20 MB of white space: a compression ratio of ~1:1000.
    try (ZipFile in = new ZipFile(good.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb))) {
      var entries = in.entries();
      while (entries.hasMoreElements()) {
        ZipEntry e = entries.nextElement();
        out.putNextEntry(new ZipEntry(e.getName()));
        out.write(in.getInputStream(e).readAllBytes());
        if (e.getName().equals("word/document.xml")) {
          byte[] spaces = new byte[1 << 20];
          java.util.Arrays.fill(spaces, (byte) ' ');
          for (int i = 0; i < 20; i++) {
            out.write(spaces);
          }
        }
        out.closeEntry();
      }
    }
    assertThatThrownBy(() -> reader.read(bomb, "bomb.docx"))
        .isInstanceOf(ReadException.class)
        .hasMessage("bomb.docx: DOCX refused by the zip-bomb protection (an entry expands too much or is too"
            + " large)");
  }
}
