package org.lexgap.compare;

import java.nio.file.Path;
import java.util.List;

/**
 * One country of a comparison: its statutes, named either by a folder (the folder's name is the country's) or
 * by a manifest entry.
 *
 * @param code a short code from the manifest ("TZ"), or null
 * @param inputs files and folders of the country's statutes, as {@code Lexgap.load} takes them
 * @param origin where the country was declared, for messages: the folder, or {@code manifest:line:column}
 */
public record Country(String name, String code, List<Path> inputs, String origin) {

  public Country {
    inputs = List.copyOf(inputs);
  }
}
