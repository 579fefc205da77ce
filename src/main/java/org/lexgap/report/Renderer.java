package org.lexgap.report;

import java.io.IOException;
import java.io.Writer;
import org.lexgap.analysis.GapReport;

/**
 * One output format. Implementations are stateless and thread-safe: one {@link #render} call turns a whole
 * report into characters. The caller owns {@code out}: renderers neither close it nor pick its encoding (use
 * UTF-8, as {@link AtomicOutput} does).
 */
public interface Renderer {

  /** The name used by {@code --format} and {@link Renderers#byName}: "text", "md", "json", ... */
  String format();

  /** File name extension without the dot, for writing a report next to others ("txt", "md", "html"). */
  default String fileExtension() {
    return format();
  }

  /** One line for {@code --help}. */
  default String description() {
    return format();
  }

  /** Writes the whole report; the same report and options always give the same characters. */
  void render(GapReport report, RenderOptions options, Writer out) throws IOException;
}
