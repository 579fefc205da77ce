package org.lexgap.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The registry of readers and format detection: the content decides first (PDF signature, a zip holding a Word
 * document, an Akoma Ntoso or HTML root element), then the file extension, and an explicit format hint
 * overrides both.
 */
public final class Readers {

  private static final PdfReader PDF = new PdfReader();
  private static final DocxReader DOCX = new DocxReader();
  private static final HtmlReader HTML = new HtmlReader();
  private static final TextReader TEXT = new TextReader();
  private static final MarkdownReader MARKDOWN = new MarkdownReader();
  private static final AknReader AKN = new AknReader();
  private static final List<DocumentReader> ALL = List.of(PDF, DOCX, HTML, TEXT, MARKDOWN, AKN);
  private static final String FORMATS = "pdf, docx, html, text, markdown, akn";

  private Readers() {}

  public static List<DocumentReader> all() {
    return ALL;
  }

  public static Optional<DocumentReader> byFormat(String format) {
    return ALL.stream().filter(r -> r.format().equalsIgnoreCase(format)).findFirst();
  }

  /** Reads a file, detecting its format unless {@code formatHint} names one. */
  public static RawDocument read(Path file, String displayPath, String formatHint) throws ReadException {
    DocumentReader hinted = null;
    if (formatHint != null) {
      hinted = byFormat(formatHint.strip()).orElseThrow(() -> new ReadException(
          "unknown format hint '" + formatHint + "' (use " + FORMATS + ")"));
    }
    if (!Files.exists(file)) {
      throw new ReadException(displayPath + ": no such file");
    }
    if (Files.isDirectory(file)) {
      throw new ReadException(displayPath + ": is a directory, not a document");
    }
    DocumentReader reader = hinted != null ? hinted : detect(file, displayPath);
    try {
      return reader.read(file, displayPath);
    } catch (RuntimeException e) {
      // A library choking on malformed input is still an unreadable document, not a lexgap crash.
      throw new ReadException(displayPath + ": cannot read as " + reader.format() + " (" + e.getClass()
          .getSimpleName() + ": " + Texts.oneLine(e) + ")", e);
    } catch (StackOverflowError e) {
      throw new ReadException(displayPath + ": cannot read as " + reader.format() + " (nested too deeply)");
    }
  }

  /** The reader for a file by content, then extension; fails with a one-line message naming the file. */
  public static DocumentReader detect(Path file, String displayPath) throws ReadException {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(4096);
    } catch (IOException e) {
      throw new ReadException(displayPath + ": cannot read (" + Texts.oneLine(e) + ")", e);
    }
    String ext = Texts.extension(file.getFileName().toString());
    if (PDF.sniff(head)) {
      return PDF;
    }
    if (DOCX.sniff(head)) {
      boolean docx;
      try {
        docx = DocxReader.isDocx(file);
      } catch (IOException e) {
        docx = ext.equals("docx"); // a damaged .docx gets the DOCX reader's more precise message
      }
      if (docx) {
        return DOCX;
      }
      throw unknown(displayPath);
    }
    if (AKN.sniff(head)) {
      return AKN;
    }
    if (HTML.sniff(head)) {
      return HTML;
    }
    for (DocumentReader r : ALL) {
      if (r.extensions().contains(ext)) {
        return r;
      }
    }
    // No extension at all: readable text is text (or Markdown, by its '#' headings); anything else is unknown.
    if (ext.isEmpty() && !Decoding.looksBinary(Decoding.decode(head))) {
      return MARKDOWN.sniff(head) ? MARKDOWN : TEXT;
    }
    throw unknown(displayPath);
  }

  private static ReadException unknown(String displayPath) {
    return new ReadException(displayPath + ": unknown format (expected PDF, DOCX, HTML, text, Markdown or"
        + " Akoma Ntoso XML)");
  }
}
