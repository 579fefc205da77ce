package org.lexgap.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Writes a large statute-like PDF for the benchmark (bench/run.sh): numbered Parts and sections with marginal
 * notes, subsections and paragraphs, a running header and page-number footer, so every stage does real work.
 * Usage: {@code BenchmarkPdf OUT.pdf PAGES}. Deterministic: same arguments, same bytes.
 */
public final class BenchmarkPdf {

  private static final String[] OFFENCES = {
    "Unauthorised access", "Illegal interception", "Interference with data", "Interference with a system",
    "Misuse of devices", "Computer-related forgery", "Computer-related fraud", "Cyber harassment",
  };
  private static final String[] CLAUSES = {
    "A person who intentionally and without authority accesses the whole or any part of a computer system"
        + " commits an offence.",
    "A person who, without lawful excuse, intercepts any non-public transmission of computer data to, from"
        + " or within a computer system commits an offence.",
    "A person who intentionally and without right damages, deletes, deteriorates, alters or suppresses"
        + " computer data commits an offence.",
    "A person convicted of an offence under this section is liable to a fine not exceeding one hundred"
        + " thousand units or to imprisonment for a term not exceeding five years, or to both.",
    "A law enforcement officer may apply to a judge for a warrant authorising the search of a computer"
        + " system and the seizure of computer data stored in it, for a period not exceeding thirty days.",
  };

  private BenchmarkPdf() {}

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    int pages = Integer.parseInt(args[1]);
    List<String> lines = new ArrayList<>();
    int section = 1;
    int part = 1;
    // about 46 lines a page
    while (lines.size() < pages * 46) {
      if (section % 25 == 1) {
        lines.add("PART " + part++ + " - PROVISIONS");
      }
      String heading = OFFENCES[section % OFFENCES.length];
      lines.add(section + ". " + heading + ".");
      for (int sub = 1; sub <= 3; sub++) {
        String text = "(" + sub + ") " + CLAUSES[(section + sub) % CLAUSES.length];
        lines.addAll(wrap(text, 95));
      }
      lines.add("(4) In this section-");
      lines.add("(a) \"computer data\" includes traffic data and subscriber information;");
      lines.add("(b) \"device\" includes a computer program designed to commit an offence.");
      section++;
    }
    PDType1Font font = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
    try (PDDocument doc = new PDDocument()) {
      Calendar fixed = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
      fixed.setTimeInMillis(0);
      doc.getDocumentInformation().setCreationDate(fixed);
      doc.getDocumentInformation().setTitle("Benchmark Statute");
      doc.setDocumentId(0L); // otherwise the trailer /ID is derived from the clock: not the same bytes twice
      int line = 0;
      for (int p = 1; p <= pages; p++) {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          text(cs, font, 9, 250, 810, "Benchmark Statute, 2026");
          float y = 780;
          for (int i = 0; i < 46 && line < lines.size(); i++, line++) {
            text(cs, font, 11, 60, y, lines.get(line));
            y -= 15.5f;
          }
          text(cs, font, 9, 290, 30, "- " + p + " -");
        }
      }
      doc.save(out.toFile());
    }
    System.out.println(out + ": " + pages + " pages, " + (section - 1) + " sections, "
        + Files.size(out) + " bytes");
  }

  private static void text(PDPageContentStream cs, PDType1Font font, float size, float x, float y, String s)
      throws IOException {
    cs.beginText();
    cs.setFont(font, size);
    cs.newLineAtOffset(x, y);
    cs.showText(s);
    cs.endText();
  }

  private static List<String> wrap(String text, int width) {
    List<String> out = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String w : text.split(" ")) {
      if (line.length() + w.length() + 1 > width) {
        out.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(w);
    }
    if (line.length() > 0) {
      out.add(line.toString());
    }
    return out;
  }
}
