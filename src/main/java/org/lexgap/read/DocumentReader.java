package org.lexgap.read;

import java.nio.file.Path;
import java.util.List;

/** One implementation per input format. Readers are stateless and thread-safe. */
public interface DocumentReader {

  /** Format name used in reports and by {@code --format-hint}: pdf, docx, html, text, markdown, akn. */
  String format();

  /** File name extensions (lower case, no dot) this reader claims when content sniffing is inconclusive. */
  List<String> extensions();

  /** Whether the first bytes of a file look like this format. */
  boolean sniff(byte[] head);

  /**
   * Reads the file. {@code displayPath} is the path to show in locations and messages.
   *
   * @throws ReadException with a one-line message naming the file, for any unreadable input
   */
  RawDocument read(Path file, String displayPath) throws ReadException;
}
