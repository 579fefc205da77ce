package org.lexgap.diff;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.lexgap.analysis.Finding;
import org.lexgap.analysis.GapReport;
import org.lexgap.analysis.Summary;
import org.lexgap.report.JsonOutput;

/**
 * Writes a {@link DiffResult} as text (a terminal), md (a pull-request comment) or json (tools). Output is
 * deterministic: report order within groups, no timestamps, '\n' line ends.
 */
public final class DiffRenderer {

  /** The formats {@code lexgap diff --format} accepts. */
  public static final List<String> FORMATS = List.of("text", "md", "json");

  /** Version of the JSON diff format; bump on incompatible change. */
  public static final String FORMAT_VERSION = "1";

  /** Groups shown in text and md, in this order; unchanged obligations are only counted. */
  private static final List<Change> SHOWN = List.of(Change.REGRESSED, Change.IMPROVED,
      Change.EVIDENCE_CHANGED, Change.NOT_COMPARED, Change.ADDED, Change.REMOVED);

  private DiffRenderer() {}

  public static void render(DiffResult d, String format, Writer out) throws IOException {
    switch (format.toLowerCase(Locale.ROOT)) {
      case "text" -> text(d, out);
      case "md" -> markdown(d, out);
      case "json" -> json(d, out);
      default -> throw new IllegalArgumentException("unknown diff format '" + format + "'");
    }
  }

  // ---- text

  static void text(DiffResult d, Writer out) throws IOException {
    StringBuilder b = new StringBuilder();
    b.append("lexgap diff: ").append(checklistLine(d)).append('\n');
    b.append("coverage ").append(pct(d.before().summary())).append(" -> ").append(pct(d.after().summary()))
        .append("; ").append(countsLine(d)).append('\n');
    for (Change c : SHOWN) {
      List<ObligationDiff> group = d.with(c);
      if (group.isEmpty()) {
        continue;
      }
      b.append('\n').append(c.label()).append(" (").append(group.size()).append(")\n");
      for (ObligationDiff od : group) {
        b.append("  ").append(od.obligation()).append("  ").append(oneLine(od.title())).append(": ")
            .append(statusChange(od)).append('\n');
        for (String detail : details(od)) {
          b.append("      ").append(detail).append('\n');
        }
      }
    }
    if (SHOWN.stream().allMatch(c -> d.with(c).isEmpty())) {
      b.append("\nNo obligation changed.\n");
    }
    out.write(b.toString());
  }

  // ---- markdown

  static void markdown(DiffResult d, Writer out) throws IOException {
    StringBuilder b = new StringBuilder();
    b.append("# lexgap diff\n\n");
    b.append("Checklist: ").append(md(checklistLine(d))).append("\n\n");
    Summary s0 = d.before().summary();
    Summary s1 = d.after().summary();
    b.append("| | Old | New |\n|---|---:|---:|\n");
    b.append("| Coverage | ").append(pct(s0)).append(" | ").append(pct(s1)).append(" |\n");
    b.append("| Met | ").append(s0.met()).append(" | ").append(s1.met()).append(" |\n");
    b.append("| Partial | ").append(s0.partial()).append(" | ").append(s1.partial()).append(" |\n");
    b.append("| Missing | ").append(s0.missing()).append(" | ").append(s1.missing()).append(" |\n");
    b.append("| Not assessable | ").append(s0.notAssessable()).append(" | ").append(s1.notAssessable())
        .append(" |\n\n");
    b.append(md(countsLine(d))).append("\n");
    for (Change c : SHOWN) {
      List<ObligationDiff> group = d.with(c);
      if (group.isEmpty()) {
        continue;
      }
      b.append("\n## ").append(c.label()).append(" (").append(group.size()).append(")\n\n");
      b.append("| Obligation | Title | Status | Details |\n|---|---|---|---|\n");
      for (ObligationDiff od : group) {
        b.append("| ").append(md(od.obligation())).append(" | ").append(md(oneLine(od.title()))).append(" | ")
            .append(arrows(md(statusChange(od)))).append(" | ")
            .append(String.join("<br>", details(od).stream().map(s -> arrows(md(s))).toList())).append(" |\n");
      }
    }
    if (SHOWN.stream().allMatch(c -> d.with(c).isEmpty())) {
      b.append("\nNo obligation changed.\n");
    }
    out.write(b.toString());
  }

  private static String arrows(String escaped) {
    return escaped.replace(" -&gt; ", " → ");
  }

  /** Escapes text for a Markdown table cell: no raw HTML, no table breaks, no emphasis or links. */
  static String md(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char ch : s.toCharArray()) {
      switch (ch) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '|', '\\', '*', '_', '`', '[', ']', '#' -> b.append('\\').append(ch);
        case '\n', '\r' -> b.append(' ');
        default -> b.append(ch);
      }
    }
    return b.toString();
  }

  // ---- json

  static void json(DiffResult d, Writer out) throws IOException {
    try (JsonGenerator g = JsonOutput.generator(out)) {
      g.writeStartObject();
      g.writeStringField("formatVersion", FORMAT_VERSION);
      side(g, "old", d.before());
      side(g, "new", d.after());
      g.writeObjectFieldStart("counts");
      for (Map.Entry<Change, Integer> e : d.counts().entrySet()) {
        g.writeNumberField(e.getKey().id(), e.getValue());
      }
      g.writeEndObject();
      g.writeBooleanField("regression", d.hasRegression());
      g.writeArrayFieldStart("obligations");
      for (ObligationDiff od : d.obligations()) {
        g.writeStartObject();
        g.writeStringField("obligation", od.obligation());
        g.writeStringField("title", od.title());
        g.writeStringField("change", od.change().id());
        finding(g, "old", od.before());
        finding(g, "new", od.after());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    out.write('\n');
  }

  private static void side(JsonGenerator g, String name, GapReport r) throws IOException {
    Summary s = r.summary();
    g.writeObjectFieldStart(name);
    g.writeObjectFieldStart("checklist");
    g.writeStringField("id", r.checklist().id());
    g.writeStringField("version", r.checklist().version());
    g.writeEndObject();
    g.writeArrayFieldStart("documents");
    for (var doc : r.documents()) {
      g.writeString(doc.path());
    }
    g.writeEndArray();
    g.writeNumberField("coverage", s.coverage());
    g.writeNumberField("met", s.met());
    g.writeNumberField("partial", s.partial());
    g.writeNumberField("missing", s.missing());
    g.writeNumberField("notAssessable", s.notAssessable());
    g.writeEndObject();
  }

  private static void finding(JsonGenerator g, String name, Finding f) throws IOException {
    if (f == null) {
      g.writeNullField(name);
      return;
    }
    g.writeObjectFieldStart(name);
    g.writeStringField("status", f.status().id());
    JsonOutput.strings(g, "provisions", f.provisions());
    JsonOutput.strings(g, "missingElements", f.missingElements());
    g.writeEndObject();
  }

  // ---- shared wording

  private static String checklistLine(DiffResult d) {
    var a = d.before().checklist();
    var b = d.after().checklist();
    String one = a.id() + " " + a.version();
    String two = b.id() + " " + b.version();
    return one.equals(two) ? one : one + " -> " + two;
  }

  private static String countsLine(DiffResult d) {
    Map<Change, Integer> c = d.counts();
    List<String> parts = new ArrayList<>();
    for (Change ch : Change.values()) {
      int n = c.get(ch);
      if (n > 0 || ch == Change.REGRESSED || ch == Change.IMPROVED) {
        parts.add(n + " " + ch.label().toLowerCase(Locale.ROOT).replaceFirst(":.*", ""));
      }
    }
    return String.join(", ", parts);
  }

  private static String pct(Summary s) {
    return String.format(Locale.ROOT, "%.1f%%", s.coverage() * 100);
  }

  private static String statusChange(ObligationDiff od) {
    String a = od.before() == null ? "(absent)" : od.before().status().id();
    String b = od.after() == null ? "(absent)" : od.after().status().id();
    return a.equals(b) ? a : a + " -> " + b;
  }

  /** Cited provisions and missing elements that differ; nothing when they are the same. */
  static List<String> details(ObligationDiff od) {
    List<String> out = new ArrayList<>();
    if (od.before() == null || od.after() == null) {
      return out;
    }
    List<String> p0 = od.before().provisions();
    List<String> p1 = od.after().provisions();
    if (!new TreeSet<>(p0).equals(new TreeSet<>(p1))) {
      out.add("cited: " + cited(p0) + " -> " + cited(p1));
    }
    List<String> nowMissing = minus(od.after().missingElements(), od.before().missingElements());
    List<String> noLonger = minus(od.before().missingElements(), od.after().missingElements());
    if (!nowMissing.isEmpty()) {
      out.add("now missing: " + String.join("; ", nowMissing));
    }
    if (!noLonger.isEmpty()) {
      out.add("no longer missing: " + String.join("; ", noLonger));
    }
    return out;
  }

  private static String cited(List<String> provisions) {
    return provisions.isEmpty() ? "none" : String.join(", ", provisions);
  }

  private static List<String> minus(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.removeAll(b);
    return out;
  }

  private static String oneLine(String s) {
    return s == null ? "" : s.replaceAll("\\s+", " ").strip();
  }
}
