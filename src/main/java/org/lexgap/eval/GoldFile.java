package org.lexgap.eval;

import java.nio.file.Path;
import java.util.List;

/**
 * A parsed, validated gold file.
 *
 * @param displayPath the path as the user gave it, used in every message and output
 * @param documents the statutes, resolved against the gold file's folder
 * @param documentNames the statutes as written in the gold file
 * @param treaty the checklist name the gold file was judged against
 * @param articles in ascending article order
 */
public record GoldFile(
    String displayPath,
    String country,
    String title,
    List<Path> documents,
    List<String> documentNames,
    String treaty,
    List<GoldEntry> articles) {

  public GoldFile {
    documents = List.copyOf(documents);
    documentNames = List.copyOf(documentNames);
    articles = List.copyOf(articles);
  }
}
