package org.lexgap.read;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Plain text: one block per non-blank line, located by line number. */
public final class TextReader implements DocumentReader {

  @Override
  public String format() {
    return "text";
  }

  @Override
  public List<String> extensions() {
    return List.of("txt", "text");
  }

  @Override
  public boolean sniff(byte[] head) {
    return false;
  }

  @Override
  public RawDocument read(Path file, String displayPath) throws ReadException {
    String content;
    try {
      content = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ReadException(displayPath + ": cannot read: " + e.getMessage(), e);
    }
    List<TextBlock> blocks = new ArrayList<>();
    String[] lines = content.split("\r\n|\r|\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (!lines[i].isBlank()) {
        blocks.add(TextBlock.paragraph(lines[i].strip(), Location.ofLine(displayPath, i + 1)));
      }
    }
    if (blocks.isEmpty()) {
      throw new ReadException(displayPath + ": empty document (no text)");
    }
    return new RawDocument(displayPath, format(), 0, blocks, List.of());
  }
}
