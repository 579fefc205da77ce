package org.lexgap.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain text: one block per non-blank line, located by its 1-based line number. The charset is found from a
 * byte-order mark, else strict UTF-8, else Windows-1252.
 */
public final class TextReader implements DocumentReader {

  @Override
  public String format() {
    return "text";
  }

  @Override
  public List<String> extensions() {
    return List.of("txt", "text");
  }

  /** Plain text has no signature; it is chosen by extension (or for extension-less text files). */
  @Override
  public boolean sniff(byte[] head) {
    return false;
  }

  @Override
  public RawDocument read(Path file, String displayPath) throws ReadException {
    String[] lines = readLines(file, displayPath);
    List<TextBlock> blocks = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      String text = Texts.clean(lines[i]);
      if (!text.isEmpty()) {
        blocks.add(TextBlock.paragraph(text, Location.ofLine(displayPath, i + 1)));
      }
    }
    if (blocks.isEmpty()) {
      throw new ReadException(displayPath + ": empty document (no text)");
    }
    return new RawDocument(displayPath, format(), 0, blocks, List.of());
  }

  /** The decoded lines of a text file (line terminators CR LF, CR or LF), refusing binary content. */
  static String[] readLines(Path file, String displayPath) throws ReadException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new ReadException(displayPath + ": cannot read (" + Texts.oneLine(e) + ")", e);
    }
    String content = Decoding.decode(bytes);
    if (Decoding.looksBinary(content)) {
      throw new ReadException(displayPath + ": unreadable charset or binary file");
    }
    return content.split("\r\n|\r|\n", -1);
  }
}
