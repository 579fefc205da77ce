package org.lexgap.read;

import java.util.List;

/**
 * A document as read: its text blocks in reading order, with locations. {@code path} is the path as the user
 * gave it (kept relative so reports are portable), {@code pages} the page count for paged formats and 0
 * otherwise.
 */
public record RawDocument(
    String path, String format, int pages, List<TextBlock> blocks, List<ExtractionIssue> issues) {

  public RawDocument {
    blocks = List.copyOf(blocks);
    issues = List.copyOf(issues);
  }
}
