package org.lexgap.structure;

/** Levels of the provision hierarchy, outermost first. */
public enum ProvisionKind {
  PART, CHAPTER, TITLE, DIVISION, SCHEDULE, SECTION, ARTICLE, SUBSECTION, PARAGRAPH, SUBPARAGRAPH, ALINEA;

  /** Sections and articles are the "top-level provisions" that citations and gold files count. */
  public boolean isSectionLevel() {
    return this == SECTION || this == ARTICLE;
  }

  public boolean isDivision() {
    return this == PART || this == CHAPTER || this == TITLE || this == DIVISION || this == SCHEDULE;
  }
}
