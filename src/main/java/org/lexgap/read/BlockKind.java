package org.lexgap.read;

/** What a reader knows about a block from the format itself (style, tag), before any structure parsing. */
public enum BlockKind {
  /** A heading by style or markup (DOCX heading style, HTML h1-h6, Markdown #). */
  HEADING,
  /** Ordinary running text: one line (text), one paragraph (DOCX/HTML) or one line group (PDF). */
  PARAGRAPH,
  /** A list item whose label the reader reconstructed (DOCX numbering, HTML li). */
  LIST_ITEM,
  /** Text from a table cell. */
  TABLE_CELL
}
