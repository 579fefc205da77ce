package org.lexgap.compare;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Optional;

/**
 * One output format of {@code lexgap compare}. Stateless: the same comparison and title always give the same
 * characters. The caller owns {@code out} (use UTF-8).
 */
public interface CompareRenderer {

  /** The name used by {@code --format}: "html", "csv", "json". */
  String format();

  /** Writes the whole comparison; {@code title} says what is compared ("East Africa") or is null. */
  void render(Comparison comparison, String title, Writer out) throws IOException;

  /** Every comparison format, in the order --help lists them. */
  static List<CompareRenderer> all() {
    return List.of(new CompareHtmlRenderer(), new CompareCsvRenderer(), new CompareJsonRenderer());
  }

  static Optional<CompareRenderer> byName(String name) {
    return all().stream().filter(r -> r.format().equalsIgnoreCase(name)).findFirst();
  }

  static List<String> names() {
    return all().stream().map(CompareRenderer::format).toList();
  }
}
