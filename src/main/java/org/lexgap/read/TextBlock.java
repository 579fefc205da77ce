package org.lexgap.read;

/**
 * One located piece of text as a reader found it. {@code level} is the heading level (1-6) for headings,
 * the list nesting level for list items, 0 otherwise. {@code hint} is null unless the format states structure.
 */
public record TextBlock(String text, BlockKind kind, int level, Location location, StructureHint hint) {

  public static TextBlock paragraph(String text, Location location) {
    return new TextBlock(text, BlockKind.PARAGRAPH, 0, location, null);
  }
}
