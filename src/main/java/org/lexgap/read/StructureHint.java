package org.lexgap.read;

/**
 * Structure the format states explicitly (Akoma Ntoso hierarchy elements), so the structure stage does not
 * have to guess it from the wording. {@code kind} is the element name in lower case ("part", "chapter",
 * "section", "article", "subsection", "paragraph", "subparagraph", "definition"...), {@code num} its number as
 * printed ("5", "(1)", "(a)"), {@code depth} 0 for the outermost hierarchy element.
 */
public record StructureHint(String kind, String num, String heading, int depth, String eId) {}
