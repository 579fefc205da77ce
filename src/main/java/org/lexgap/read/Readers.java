package org.lexgap.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The registry of readers and format detection: content first, then the file extension. */
public final class Readers {

  private static final List<DocumentReader> ALL = List.of(new TextReader());

  private Readers() {}

  public static List<DocumentReader> all() {
    return ALL;
  }

  public static Optional<DocumentReader> byFormat(String format) {
    return ALL.stream().filter(r -> r.format().equalsIgnoreCase(format)).findFirst();
  }

  /** Reads a file, detecting its format unless {@code formatHint} names one. */
  public static RawDocument read(Path file, String displayPath, String formatHint) throws ReadException {
    if (!Files.exists(file)) {
      throw new ReadException(displayPath + ": no such file");
    }
    DocumentReader reader = formatHint != null ? byFormat(formatHint)
        .orElseThrow(() -> new ReadException(displayPath + ": unknown format '" + formatHint + "'"))
        : detect(file, displayPath);
    return reader.read(file, displayPath);
  }

  static DocumentReader detect(Path file, String displayPath) throws ReadException {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(4096);
    } catch (IOException e) {
      throw new ReadException(displayPath + ": cannot read: " + e.getMessage(), e);
    }
    for (DocumentReader r : ALL) {
      if (r.sniff(head)) {
        return r;
      }
    }
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
    for (DocumentReader r : ALL) {
      if (r.extensions().contains(ext)) {
        return r;
      }
    }
    throw new ReadException(displayPath + ": unknown format (expected PDF, DOCX, HTML, text, Markdown or"
        + " Akoma Ntoso XML)");
  }
}
