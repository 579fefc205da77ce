package org.lexgap.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.lexgap.analysis.DocumentSummary;
import org.lexgap.analysis.Evidence;
import org.lexgap.analysis.Finding;
import org.lexgap.analysis.GapReport;
import org.lexgap.analysis.Status;

/**
 * GitHub Actions workflow commands: an {@code ::error} annotation per missing obligation and a
 * {@code ::warning} per partial one, most severe first. GitHub keeps only 10 annotations of each type per
 * step, so at most 10 of each are written and a final {@code ::notice} says how many were left out (and
 * summarises the run). Only text and Markdown documents have lines GitHub can annotate; for PDF or DOCX
 * evidence the annotation has no {@code file=} and appears on the run instead. Waived gaps are not annotated.
 */
public final class GithubRenderer implements Renderer {

  /** GitHub's per-step cap for each annotation type. */
  public static final int MAX_PER_TYPE = 10;

  private static final Set<String> LINE_FORMATS = Set.of("text", "txt", "md", "markdown");

  private final Path baseDir;

  public GithubRenderer() {
    this(Path.of("").toAbsolutePath());
  }

  /** @param baseDir the directory file= paths are relative to (the repository root in CI) */
  public GithubRenderer(Path baseDir) {
    this.baseDir = baseDir.toAbsolutePath().normalize();
  }

  @Override
  public String format() {
    return "github";
  }

  @Override
  public String fileExtension() {
    return "github.txt"; // not "txt": that is the text report's
  }

  @Override
  public String description() {
    return "GitHub Actions annotations (workflow commands), at most 10 errors and 10 warnings";
  }

  @Override
  public void render(GapReport report, RenderOptions options, Writer out) throws IOException {
    Map<String, String> formats = new HashMap<>();
    for (DocumentSummary d : report.documents()) {
      formats.put(d.path(), d.format() == null ? "" : d.format().toLowerCase(Locale.ROOT));
    }
    // as in SARIF, a gap with no evidence sits on line 1 of the first document, if that has lines
    String firstLineDoc = report.documents().isEmpty()
        || !LINE_FORMATS.contains(formats.get(report.documents().get(0).path())) ? null
        : report.documents().get(0).path();
    List<Finding> missing = new ArrayList<>();
    List<Finding> partial = new ArrayList<>();
    int waived = 0;
    for (Finding f : report.findings()) {
      if (f.waived() && f.status().isGap()) {
        waived++;
      } else if (f.status() == Status.MISSING) {
        missing.add(f);
      } else if (f.status() == Status.PARTIAL) {
        partial.add(f);
      }
    }
    StringBuilder b = new StringBuilder();
    annotate(b, "error", missing, formats, firstLineDoc);
    annotate(b, "warning", partial, formats, firstLineDoc);
    int moreMissing = Math.max(0, missing.size() - MAX_PER_TYPE);
    int morePartial = Math.max(0, partial.size() - MAX_PER_TYPE);
    StringBuilder summary = new StringBuilder();
    summary.append("lexgap: ").append(missing.size()).append(" missing, ").append(partial.size())
        .append(" partial");
    if (waived > 0) {
      summary.append(", ").append(waived).append(" waived");
    }
    summary.append(" (").append(report.checklist().id()).append(", coverage ")
        .append(ReportSupport.percent(ReportSupport.coverage(report.summary()))).append(')');
    if (moreMissing + morePartial > 0) {
      summary.append(". ").append(moreMissing + morePartial).append(" more not annotated (")
          .append(moreMissing).append(" missing, ").append(morePartial).append(" partial): GitHub shows at most ")
          .append(MAX_PER_TYPE).append(" of each per step; see the full report");
    }
    b.append("::notice title=").append(property("lexgap summary")).append("::").append(data(summary.toString()))
        .append('\n');
    out.write(b.toString());
  }

  private void annotate(StringBuilder b, String level, List<Finding> fs, Map<String, String> formats,
      String firstLineDoc) {
    for (int i = 0; i < fs.size() && i < MAX_PER_TYPE; i++) {
      Finding f = fs.get(i);
      b.append("::").append(level).append(' ');
      Evidence e = f.evidence().stream().filter(x -> LINE_FORMATS.contains(formats.get(x.document()))
          && x.line() != null && x.line() > 0).findFirst().orElse(null);
      if (e != null) {
        b.append("file=").append(property(relative(e.document()))).append(",line=").append(e.line()).append(',');
      } else if (f.evidence().isEmpty() && firstLineDoc != null) {
        b.append("file=").append(property(relative(firstLineDoc))).append(",line=1,");
      }
      String title = f.obligation() + " " + ReportSupport.oneLine(f.title()) + " (" + f.status().id() + ")";
      b.append("title=").append(property(title)).append("::").append(data(SarifRenderer.message(f, null)))
          .append('\n');
    }
  }

  /** The path GitHub expects: relative to the repository root, with '/' separators. */
  String relative(String document) {
    try {
      Path p = baseDir.resolve(document).normalize();
      if (p.startsWith(baseDir)) {
        return baseDir.relativize(p).toString().replace('\\', '/');
      }
      return p.toString();
    } catch (InvalidPathException e) {
      return document;
    }
  }

  /** Escaping of a command's message, per the workflow-command rules. */
  static String data(String s) {
    return ReportSupport.clean(s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"));
  }

  /** Escaping of a property value: as {@link #data} plus ':' and ','. */
  static String property(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A").replace(":", "%3A")
        .replace(",", "%2C").chars().filter(c -> c >= 0x20 && c != 0x7f)
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
  }
}
