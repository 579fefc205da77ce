package org.lexgap.read;

/**
 * Text that could not be extracted: reported, never dropped, because a page without text turns into a false
 * "gap" downstream. {@code page} is null for formats without pages (then {@code message} says which block).
 */
public record ExtractionIssue(Integer page, String message) {}
