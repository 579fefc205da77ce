package org.lexgap.report;

import static org.lexgap.report.JsonOutput.str;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.lexgap.analysis.Evidence;
import org.lexgap.analysis.Finding;
import org.lexgap.analysis.GapReport;
import org.lexgap.analysis.Status;
import org.lexgap.checklist.Obligation;
import org.lexgap.config.Baseline;
import org.lexgap.config.BaselineComparison;
import org.lexgap.config.BaselineState;

/**
 * SARIF 2.1.0 for GitHub code scanning and other SARIF viewers (docs/ci.md).
 *
 * <p>One rule per obligation; one result per gap: missing is an error, partial a warning. Met obligations are
 * results of kind "pass" (and not-assessable ones "notApplicable") only with
 * {@link RenderOptions#sarifIncludeMet()}. A result points at its first evidence sentence; a missing
 * obligation has none, so it points at line 1 of the first document (GitHub shows no result without a
 * location). Waived gaps carry an external suppression with the waiver's reason. With a baseline comparison
 * every result carries its baselineState, and gaps of the baseline that are no longer gaps are listed as
 * "absent" results of kind "pass".
 *
 * <p>Deterministic: rules in checklist order, results sorted by file, line and checklist order, document paths made
 * relative to {@code baseDir} (never absolute unless the document lies outside it), no timestamps.
 */
public final class SarifRenderer implements Renderer {

  public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  public static final String INFORMATION_URI = "https://github.com/lexgap/lexgap";
  /** helpUri is this plus the lower-cased obligation id: the anchor of its entry in docs/obligations.md. */
  public static final String HELP_BASE = "https://github.com/lexgap/lexgap/blob/main/docs/obligations.md#";
  public static final String FINGERPRINT_KEY = "lexgapFingerprint/v1";
  /** GitHub cuts descriptions at 1024 characters; cut first, at a word, so the cut is ours. */
  static final int MAX_DESCRIPTION = 1000;
  static final int MAX_RELATED = 9;

  private final Path baseDir;
  private final BaselineComparison baseline;

  /** Paths relative to the current directory, no baseline: what {@code --format sarif} uses. */
  public SarifRenderer() {
    this(Path.of("").toAbsolutePath(), null);
  }

  /**
   * @param baseDir the directory artifact URIs are relative to: the repository root in CI (the working
   *     directory, normally)
   * @param baseline a comparison with a baseline, or null for none
   */
  public SarifRenderer(Path baseDir, BaselineComparison baseline) {
    this.baseDir = baseDir.toAbsolutePath().normalize();
    this.baseline = baseline;
  }

  @Override
  public String format() {
    return "sarif";
  }

  @Override
  public String description() {
    return "SARIF 2.1.0 for GitHub code scanning and SARIF viewers (docs/ci.md)";
  }

  @Override
  public void render(GapReport report, RenderOptions options, Writer out) throws IOException {
    try (JsonGenerator g = JsonOutput.generator(out)) {
      g.writeStartObject();
      g.writeStringField("$schema", SCHEMA);
      g.writeStringField("version", "2.1.0");
      g.writeArrayFieldStart("runs");
      g.writeStartObject();
      tool(g, report, options);
      g.writeStringField("columnKind", "utf16CodeUnits");
      g.writeArrayFieldStart("results");
      for (Result r : results(report, options)) {
        result(g, r);
      }
      g.writeEndArray();
      g.writeObjectFieldStart("properties");
      g.writeStringField("checklist", report.checklist().id());
      str(g, "checklistVersion", report.checklist().version());
      str(g, "textVersion", report.checklist().textVersion());
      g.writeNumberField("coverage", report.summary().coverage());
      g.writeEndObject();
      g.writeEndObject();
      g.writeEndArray();
      g.writeEndObject();
    }
    out.write('\n');
  }

  // ---- rules

  private void tool(JsonGenerator g, GapReport report, RenderOptions options) throws IOException {
    g.writeObjectFieldStart("tool");
    g.writeObjectFieldStart("driver");
    g.writeStringField("name", "lexgap");
    str(g, "version", options.toolVersion());
    g.writeStringField("informationUri", INFORMATION_URI);
    g.writeArrayFieldStart("rules");
    for (Finding f : report.findings()) {
      rule(g, f, report.checklist().obligation(f.obligation()).orElse(null));
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void rule(JsonGenerator g, Finding f, Obligation o) throws IOException {
    String title = ReportSupport.oneLine(f.title());
    String article = ReportSupport.article(f);
    g.writeStartObject();
    g.writeStringField("id", f.obligation());
    g.writeStringField("name", pascal(title.isEmpty() ? f.obligation() : title));
    text(g, "shortDescription", cut(article + ": " + title));
    String summary = o != null && !ReportSupport.blank(o.summary()) ? ReportSupport.oneLine(o.summary()) : title;
    text(g, "fullDescription", cut(summary));
    g.writeStringField("helpUri", HELP_BASE + encode(f.obligation().toLowerCase(Locale.ROOT)));
    String rec = ReportSupport.oneLine(f.recommendation());
    StringBuilder help = new StringBuilder();
    StringBuilder md = new StringBuilder();
    help.append(article).append(" (chapter ").append(ReportSupport.oneLine(f.chapter())).append(", ")
        .append(f.kind()).append(", ").append(f.strength()).append("): ").append(summary);
    md.append("**").append(MarkdownRenderer.md(article)).append("**, chapter ")
        .append(MarkdownRenderer.md(f.chapter())).append(" (").append(MarkdownRenderer.md(f.kind()))
        .append(", ").append(MarkdownRenderer.md(f.strength())).append(")\n\n")
        .append(MarkdownRenderer.lineStart(MarkdownRenderer.md(summary)));
    if (!rec.isEmpty()) {
      help.append("\n\nRecommendation: ").append(rec);
      md.append("\n\n**Recommendation:** ").append(MarkdownRenderer.md(rec));
    }
    if (!ReportSupport.blank(f.budapest()) && !"none".equals(f.budapest())) {
      String bud = ReportSupport.oneLine(f.budapest());
      bud = bud.toLowerCase(Locale.ROOT).startsWith("art") ? bud : "art. " + bud;
      help.append("\n\nBudapest Convention: ").append(bud);
      md.append("\n\nBudapest Convention: ").append(MarkdownRenderer.md(bud));
    }
    g.writeObjectFieldStart("help");
    g.writeStringField("text", help.toString());
    g.writeStringField("markdown", md.toString());
    g.writeEndObject();
    g.writeObjectFieldStart("defaultConfiguration");
    g.writeStringField("level", "optional".equals(f.strength()) ? "warning" : "error");
    g.writeEndObject();
    g.writeObjectFieldStart("properties");
    g.writeArrayFieldStart("tags");
    g.writeString("chapter-" + tag(f.chapter()));
    g.writeString(tag(f.kind()));
    g.writeString("article-" + tag(f.article()));
    g.writeString(tag(f.strength()));
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndObject();
  }

  // ---- results

  /** One result to write, with its sort key. */
  private record Result(Finding finding, int order, String kind, String level, BaselineState state, String uri,
      int line, String message) {}

  private List<Result> results(GapReport report, RenderOptions options) {
    String fallbackDoc = report.documents().isEmpty() ? null : report.documents().get(0).path();
    List<Result> out = new ArrayList<>();
    for (Finding f : report.findings()) {
      BaselineState state = baseline == null ? null : baseline.state(f.obligation());
      String kind;
      String level;
      if (f.status() == Status.MISSING) {
        kind = "fail";
        level = "error";
      } else if (f.status() == Status.PARTIAL) {
        kind = "fail";
        level = "warning";
      } else if (state == BaselineState.ABSENT || options.sarifIncludeMet()) {
        kind = f.status() == Status.NOT_ASSESSABLE ? "notApplicable" : "pass";
        level = "none";
      } else {
        continue;
      }
      Evidence first = f.evidence().isEmpty() ? null : f.evidence().get(0);
      String doc = first != null ? first.document() : fallbackDoc;
      int line = first != null && first.line() != null && first.line() > 0 ? first.line() : 1;
      out.add(new Result(f, out.size(), kind, level, state, doc == null ? null : uri(doc), line,
          message(f, state)));
    }
    out.sort(Comparator.comparing((Result r) -> r.uri() == null ? "" : r.uri()).thenComparingInt(Result::line)
        .thenComparingInt(Result::order));
    return out;
  }

  private void result(JsonGenerator g, Result r) throws IOException {
    Finding f = r.finding();
    g.writeStartObject();
    g.writeStringField("ruleId", f.obligation());
    g.writeStringField("kind", r.kind());
    g.writeStringField("level", r.level());
    text(g, "message", r.message());
    if (r.uri() != null) {
      g.writeArrayFieldStart("locations");
      Evidence first = f.evidence().isEmpty() ? null : f.evidence().get(0);
      location(g, -1, r.uri(), r.line(), first == null ? null : first.quote(), first == null ? null
          : first.provision());
      g.writeEndArray();
    }
    if (f.evidence().size() > 1) {
      g.writeArrayFieldStart("relatedLocations");
      for (int i = 1; i < f.evidence().size() && i <= MAX_RELATED; i++) {
        Evidence e = f.evidence().get(i);
        location(g, i, uri(e.document()), e.line() != null && e.line() > 0 ? e.line() : 1, e.quote(),
            e.provision());
      }
      g.writeEndArray();
    }
    g.writeObjectFieldStart("partialFingerprints");
    g.writeStringField(FINGERPRINT_KEY, Baseline.fingerprint(f.obligation(), f.status()));
    g.writeEndObject();
    if (r.state() != null && r.state() != BaselineState.NONE) {
      g.writeStringField("baselineState", r.state().id());
    }
    if (f.waived() && f.status().isGap()) {
      g.writeArrayFieldStart("suppressions");
      g.writeStartObject();
      g.writeStringField("kind", "external");
      g.writeStringField("status", "accepted");
      g.writeStringField("justification", waiverText(f.waiver()));
      g.writeEndObject();
      g.writeEndArray();
    }
    g.writeObjectFieldStart("properties");
    g.writeStringField("status", f.status().id());
    g.writeNumberField("confidence", Math.round(f.confidence() * 100) / 100.0);
    Integer page = f.evidence().isEmpty() ? null : f.evidence().get(0).page();
    if (page != null) {
      g.writeNumberField("page", page);
    }
    if (!f.provisions().isEmpty()) {
      g.writeArrayFieldStart("provisions");
      for (String p : f.provisions()) {
        g.writeString(p);
      }
      g.writeEndArray();
    }
    if (!f.missingElements().isEmpty()) {
      g.writeArrayFieldStart("missingElements");
      for (String m : f.missingElements()) {
        g.writeString(m);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void location(JsonGenerator g, int id, String uri, int line, String quote, String provision)
      throws IOException {
    g.writeStartObject();
    if (id >= 0) {
      g.writeNumberField("id", id);
    }
    g.writeObjectFieldStart("physicalLocation");
    g.writeObjectFieldStart("artifactLocation");
    g.writeStringField("uri", uri);
    if (!uri.startsWith("file:")) {
      g.writeStringField("uriBaseId", "%SRCROOT%");
    }
    g.writeEndObject();
    g.writeObjectFieldStart("region");
    g.writeNumberField("startLine", line);
    g.writeNumberField("startColumn", 1);
    if (!ReportSupport.blank(quote)) {
      g.writeObjectFieldStart("snippet");
      g.writeStringField("text", ReportSupport.clean(quote));
      g.writeEndObject();
    }
    g.writeEndObject();
    g.writeEndObject();
    if (!ReportSupport.blank(provision)) {
      g.writeObjectFieldStart("message");
      g.writeStringField("text", ReportSupport.oneLine(provision));
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  /** The first sentence is what GitHub lists, so it says status, obligation and where. */
  static String message(Finding f, BaselineState state) {
    String what = f.obligation() + " " + ReportSupport.oneLine(f.title()) + " (" + ReportSupport.article(f) + ")";
    StringBuilder b = new StringBuilder();
    switch (f.status()) {
      case MISSING -> b.append("Missing: no provision implements ").append(what).append('.');
      case PARTIAL -> {
        b.append("Partial: ").append(cited(f)).append(" implements ").append(what).append(" only in part.");
        if (!f.missingElements().isEmpty()) {
          b.append(" Missing: ").append(ReportSupport.oneLine(String.join("; ", f.missingElements()))).append('.');
        }
      }
      case MET -> b.append("Met: ").append(cited(f)).append(" implements ").append(what).append('.');
      case NOT_ASSESSABLE -> b.append("Not assessable: ").append(what).append(". ")
          .append(ReportSupport.oneLine(f.note()));
      default -> throw new IllegalStateException();
    }
    if (state == BaselineState.ABSENT) {
      b.append(" It was a gap in the baseline and no longer is.");
    }
    if (f.status().isGap() && !ReportSupport.blank(f.recommendation())) {
      b.append(" Recommendation: ").append(ReportSupport.oneLine(f.recommendation()));
    }
    if (f.waived() && f.status().isGap()) {
      b.append(" Waived: ").append(waiverText(f.waiver()));
    }
    return b.toString().strip();
  }

  private static String cited(Finding f) {
    if (f.provisions().isEmpty()) {
      return "the statute";
    }
    String list = ReportSupport.oneLine(String.join(", ", f.provisions()));
    return (f.provisions().size() == 1 ? "section " : "sections ") + list;
  }

  private static String waiverText(Finding.Waiver w) {
    String s = ReportSupport.oneLine(w.reason());
    if (!ReportSupport.blank(w.implementedIn())) {
      s += " (implemented in " + ReportSupport.oneLine(w.implementedIn()) + ")";
    }
    if (!ReportSupport.blank(w.expires())) {
      s += " (until " + ReportSupport.oneLine(w.expires()) + ")";
    }
    return s;
  }

  /**
   * A document path as a SARIF URI: relative to {@code baseDir} with '/' separators and each segment
   * percent-encoded; an absolute file URI when the document is outside {@code baseDir}.
   */
  String uri(String document) {
    Path p;
    try {
      p = baseDir.resolve(document).normalize();
    } catch (InvalidPathException e) {
      return encode(document.replace('\\', '/'));
    }
    if (p.startsWith(baseDir)) {
      List<String> parts = new ArrayList<>();
      for (Path seg : baseDir.relativize(p)) {
        parts.add(encode(seg.toString()));
      }
      return String.join("/", parts);
    }
    return p.toUri().toString();
  }

  /** RFC 3986 percent-encoding of one path segment (UTF-8), leaving unreserved characters. */
  static String encode(String segment) {
    StringBuilder b = new StringBuilder();
    for (byte x : segment.getBytes(StandardCharsets.UTF_8)) {
      int c = x & 0xff;
      if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.'
          || c == '_' || c == '~' || c == '/') {
        b.append((char) c);
      } else {
        b.append('%').append(String.format(Locale.ROOT, "%02X", c));
      }
    }
    try {
      new URI(b.toString()); // a cheap guard: what we emit must parse as a URI reference
    } catch (URISyntaxException e) {
      throw new IllegalStateException(b.toString(), e);
    }
    return b.toString();
  }

  private static void text(JsonGenerator g, String field, String text) throws IOException {
    g.writeObjectFieldStart(field);
    g.writeStringField("text", text);
    g.writeEndObject();
  }

  static String cut(String s) {
    if (s.length() <= MAX_DESCRIPTION) {
      return s;
    }
    int sp = s.lastIndexOf(' ', MAX_DESCRIPTION - 1);
    return s.substring(0, sp > MAX_DESCRIPTION / 2 ? sp : MAX_DESCRIPTION - 1) + "…";
  }

  /** "Illegal access" -> "IllegalAccess": the SARIF rule name, an identifier-like form of the title. */
  static String pascal(String title) {
    StringBuilder b = new StringBuilder();
    boolean up = true;
    for (int i = 0; i < title.length() && b.length() < 255; ) {
      int cp = title.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp)) {
        b.appendCodePoint(up ? Character.toUpperCase(cp) : cp);
        up = false;
      } else {
        up = true;
      }
    }
    return b.length() == 0 ? "Obligation" : b.toString();
  }

  private static String tag(String s) {
    String t = ReportSupport.oneLine(s).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-")
        .replaceAll("^-|-$", "");
    return t.isEmpty() ? "none" : s.equals(s.toUpperCase(Locale.ROOT)) && s.matches("[IVXLC]+") ? s : t;
  }
}
