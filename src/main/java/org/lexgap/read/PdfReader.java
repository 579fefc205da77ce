package org.lexgap.read;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDF with a text layer: one block per text line, located by page and line on the page. The page layout is
 * rebuilt from glyph positions ({@link PdfLayout}): lines in position order, two-column pages read column by
 * column. Running headers, footers and page numbers are removed and words hyphenated across lines rejoined
 * ({@link PdfCleanup}). Pages without text are reported as extraction issues, never skipped silently.
 */
public final class PdfReader implements DocumentReader {

  @Override
  public String format() {
    return "pdf";
  }

  @Override
  public List<String> extensions() {
    return List.of("pdf");
  }

  /** "%PDF-" near the start (the specification tolerates a little leading junk). */
  @Override
  public boolean sniff(byte[] head) {
    int limit = Math.min(head.length, 1024) - 5;
    for (int i = 0; i <= limit; i++) {
      if (head[i] == '%' && head[i + 1] == 'P' && head[i + 2] == 'D' && head[i + 3] == 'F' && head[i + 4] == '-') {
        return true;
      }
    }
    return false;
  }

  @Override
  public RawDocument read(Path file, String displayPath) throws ReadException {
    PDDocument doc;
    try {
      doc = Loader.loadPDF(file.toFile());
    } catch (InvalidPasswordException e) {
      throw new ReadException(displayPath + ": PDF is encrypted/password-protected; decrypt it first", e);
    } catch (IOException | RuntimeException e) {
      throw new ReadException(displayPath + ": not a valid PDF (" + Texts.oneLine(e) + ")", e);
    }
    try (doc) {
      int pageCount = doc.getNumberOfPages();
      if (pageCount == 0) {
        throw new ReadException(displayPath + ": not a valid PDF (no pages)");
      }
      Collector collector = new Collector(pageCount);
      try {
        collector.writeText(doc, Writer.nullWriter());
      } catch (IOException | RuntimeException e) {
        throw new ReadException(displayPath + ": cannot extract text from PDF (" + Texts.oneLine(e) + ")", e);
      }
      return PdfCleanup.assemble(displayPath, collector.pages, collector.failures);
    } catch (IOException e) {
      throw new ReadException(displayPath + ": cannot read PDF (" + Texts.oneLine(e) + ")", e);
    }
  }

  /** Runs PDFBox's glyph extraction page by page and keeps our own layout of each page. */
  private static final class Collector extends PDFTextStripper {
    final PdfLayout.Page[] pages;
    final Map<Integer, String> failures = new TreeMap<>();

    Collector(int pageCount) {
      this.pages = new PdfLayout.Page[pageCount];
      setSortByPosition(true);
    }

    @Override
    public void processPage(PDPage page) throws IOException {
      try {
        super.processPage(page);
      } catch (IOException | RuntimeException e) {
        // One damaged page must not cost the whole document; it is reported instead.
        failures.put(getCurrentPageNo(), Texts.oneLine(e));
      }
    }

    @Override
    protected void writePage() {
      List<PdfLayout.Glyph> glyphs = new ArrayList<>();
      for (List<TextPosition> article : charactersByArticle) {
        for (TextPosition t : article) {
          String s = t.getUnicode();
          if (s == null || s.isEmpty()) {
            continue;
          }
          float fs = t.getFontSizeInPt();
          if (!(fs > 0) || fs > 500) {
            fs = Math.max(1f, t.getHeightDir());
          }
          glyphs.add(new PdfLayout.Glyph(t.getXDirAdj(), t.getWidthDirAdj(), t.getYDirAdj(), fs,
              t.getWidthOfSpace(), (int) t.getDir(), s));
        }
      }
      int index = getCurrentPageNo() - 1;
      if (index >= 0 && index < pages.length) {
        pages[index] = PdfLayout.page(glyphs);
      }
    }
  }
}
