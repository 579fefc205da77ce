package org.lexgap.read;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** Builds small real PDFs with PDFBox for the reader tests. */
final class PdfFixtures {

  private PdfFixtures() {}

  /** A piece of text at a position (PDF user space: origin bottom left, A4 is 595 x 842). */
  record Text(float x, float y, String text) {}

  /** One page: texts (may be empty), and whether to draw an image (a "scanned" page). */
  record Page(List<Text> texts, boolean image) {
    static Page text(List<Text> texts) {
      return new Page(texts, false);
    }

    static Page scanned() {
      return new Page(List.of(), true);
    }
  }

  static Path write(Path out, List<Page> pages) throws IOException {
    return write(out, pages, null);
  }

  /** Writes the pages; with a user password the file is encrypted. */
  static Path write(Path out, List<Page> pages, String userPassword) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      for (Page p : pages) {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          if (p.image()) {
            BufferedImage img = new BufferedImage(40, 40, BufferedImage.TYPE_INT_RGB);
            for (int i = 0; i < 40; i++) {
              img.setRGB(i, i, 0xFFFFFF);
            }
            PDImageXObject x = LosslessFactory.createFromImage(doc, img);
            cs.drawImage(x, 50, 50, 495, 742);
          }
          for (Text t : p.texts()) {
            cs.beginText();
            cs.setFont(font, 10);
            cs.newLineAtOffset(t.x(), t.y());
            cs.showText(t.text());
            cs.endText();
          }
        }
      }
      if (userPassword != null) {
        StandardProtectionPolicy policy =
            new StandardProtectionPolicy("owner-" + userPassword, userPassword, new AccessPermission());
        policy.setEncryptionKeyLength(128);
        doc.protect(policy);
      }
      doc.save(out.toFile());
    }
    return out;
  }

  /** Body lines from the top of a page downwards at x, 14 pt apart. */
  static List<Text> column(float x, float topY, List<String> lines) {
    List<Text> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      out.add(new Text(x, topY - 14 * i, lines.get(i)));
    }
    return out;
  }
}
