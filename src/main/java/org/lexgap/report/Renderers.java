package org.lexgap.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The closed registry of output formats, in the order {@code --help} lists them. A new format is one more
 * line in {@link #BY_NAME}; formats are never chosen by class name.
 */
public final class Renderers {

  private static final Map<String, Renderer> BY_NAME;

  static {
    Map<String, Renderer> m = new LinkedHashMap<>();
    for (Renderer r :
        List.of(new TextRenderer(), new MarkdownRenderer(), new JsonRenderer(), new CsvRenderer(),
            new HtmlRenderer(), new SarifRenderer(), new JunitRenderer(), new GithubRenderer())) {
      if (m.put(r.format(), r) != null) {
        throw new IllegalStateException("two renderers named " + r.format());
      }
    }
    BY_NAME = Collections.unmodifiableMap(m);
  }

  private Renderers() {}

  /** The renderer for a format name (case-insensitive), or empty when there is none. */
  public static Optional<Renderer> byName(String name) {
    return name == null ? Optional.empty() : Optional.ofNullable(BY_NAME.get(name.toLowerCase(Locale.ROOT)));
  }

  /** Every format name, in registry order. */
  public static List<String> names() {
    return List.copyOf(BY_NAME.keySet());
  }

  /** Every renderer, in registry order. */
  public static List<Renderer> all() {
    return List.copyOf(BY_NAME.values());
  }
}
