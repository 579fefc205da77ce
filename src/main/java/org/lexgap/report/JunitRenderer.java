package org.lexgap.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lexgap.analysis.Evidence;
import org.lexgap.analysis.Finding;
import org.lexgap.analysis.GapReport;
import org.lexgap.analysis.Status;

/**
 * JUnit XML for CI test-report views (GitLab, Jenkins, Azure): a test suite per treaty chapter, a test case
 * per obligation. A gap at or above {@link RenderOptions#failOn()} (and not waived) is a failure; waived and
 * not-assessable obligations are skipped; everything else passes (a gap below the threshold passes with a
 * note in system-out). No threshold means nothing fails, as with {@code --fail-on never}.
 */
public final class JunitRenderer implements Renderer {

  @Override
  public String format() {
    return "junit";
  }

  @Override
  public String fileExtension() {
    return "xml";
  }

  @Override
  public String description() {
    return "JUnit XML for CI test reports (a test case per obligation, failures at --fail-on)";
  }

  @Override
  public void render(GapReport report, RenderOptions options, Writer out) throws IOException {
    Map<String, List<Finding>> byChapter = new LinkedHashMap<>();
    List<Finding> sorted = new ArrayList<>(report.findings());
    // stable sort: chapters in treaty order, findings in checklist order within a chapter
    sorted.sort(Comparator.comparingInt((Finding f) -> ReportSupport.roman(ReportSupport.oneLine(f.chapter())))
        .thenComparing(f -> ReportSupport.oneLine(f.chapter())));
    for (Finding f : sorted) {
      byChapter.computeIfAbsent(ReportSupport.oneLine(f.chapter()), k -> new ArrayList<>()).add(f);
    }
    int[] total = counts(report.findings(), options);
    StringBuilder b = new StringBuilder();
    b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    b.append("<testsuites name=\"").append(attr("lexgap " + report.checklist().id() + " "
        + nullToEmpty(report.checklist().version()))).append('"');
    countAttrs(b, total);
    b.append(">\n");
    for (Map.Entry<String, List<Finding>> e : byChapter.entrySet()) {
      List<Finding> fs = e.getValue();
      String suite = prefix(fs.get(0), report) + ".Chapter " + (e.getKey().isEmpty() ? "(none)" : e.getKey());
      b.append("  <testsuite name=\"").append(attr(suite)).append('"');
      countAttrs(b, counts(fs, options));
      b.append(">\n");
      for (Finding f : fs) {
        testcase(b, suite, f, options);
      }
      b.append("  </testsuite>\n");
    }
    b.append("</testsuites>\n");
    out.write(b.toString());
  }

  private static void testcase(StringBuilder b, String suite, Finding f, RenderOptions options) {
    String name = f.obligation() + " " + ReportSupport.oneLine(f.title());
    b.append("    <testcase classname=\"").append(attr(suite)).append("\" name=\"").append(attr(name.strip()))
        .append('"');
    if (f.waived() && f.status().isGap()) {
      b.append(">\n      <skipped message=\"").append(attr("waived (" + f.status().id() + "): "
          + ReportSupport.oneLine(f.waiver().reason()))).append("\"/>\n    </testcase>\n");
    } else if (f.status() == Status.NOT_ASSESSABLE) {
      b.append(">\n      <skipped message=\"").append(attr("not assessable: " + ReportSupport.oneLine(f.note())))
          .append("\"/>\n    </testcase>\n");
    } else if (options.fails(f)) {
      b.append(">\n      <failure type=\"").append(f.status().id()).append("\" message=\"")
          .append(attr(SarifRenderer.message(f, null))).append("\">").append(text(details(f)))
          .append("</failure>\n    </testcase>\n");
    } else if (f.status().isGap()) {
      b.append(">\n      <system-out>").append(text(details(f))).append("</system-out>\n    </testcase>\n");
    } else {
      b.append("/>\n");
    }
  }

  /** The finding spelled out for the failure body: status, where, what is missing, what to do, quotes. */
  static String details(Finding f) {
    StringBuilder d = new StringBuilder();
    d.append(f.obligation()).append(' ').append(ReportSupport.oneLine(f.title())).append(" (")
        .append(ReportSupport.article(f)).append("): ").append(f.status().id()).append('\n');
    if (!f.provisions().isEmpty()) {
      d.append("Cited: ").append(ReportSupport.oneLine(String.join(", ", f.provisions()))).append('\n');
    }
    if (!f.missingElements().isEmpty()) {
      d.append("Missing: ").append(ReportSupport.oneLine(String.join("; ", f.missingElements()))).append('\n');
    }
    if (!ReportSupport.blank(f.note())) {
      d.append("Note: ").append(ReportSupport.oneLine(f.note())).append('\n');
    }
    if (!ReportSupport.blank(f.recommendation())) {
      d.append("Recommendation: ").append(ReportSupport.oneLine(f.recommendation())).append('\n');
    }
    for (Evidence e : f.evidence()) {
      d.append(ReportSupport.oneLine(e.document()));
      if (e.page() != null) {
        d.append(", p. ").append(e.page());
      }
      if (e.line() != null) {
        d.append(':').append(e.line());
      }
      d.append(", ").append(ReportSupport.oneLine(e.provision())).append(": \"")
          .append(ReportSupport.oneLine(e.quote())).append("\"\n");
    }
    return d.toString();
  }

  /** tests, failures, errors, skipped. */
  private static int[] counts(List<Finding> fs, RenderOptions options) {
    int failures = 0;
    int skipped = 0;
    for (Finding f : fs) {
      if (f.waived() && f.status().isGap() || f.status() == Status.NOT_ASSESSABLE) {
        skipped++;
      } else if (options.fails(f)) {
        failures++;
      }
    }
    return new int[] {fs.size(), failures, 0, skipped};
  }

  private static void countAttrs(StringBuilder b, int[] c) {
    b.append(" tests=\"").append(c[0]).append("\" failures=\"").append(c[1]).append("\" errors=\"").append(c[2])
        .append("\" skipped=\"").append(c[3]).append('"');
  }

  /** "UNCC" from "UNCC-7": the family CI tools group by; the checklist id when the id has no prefix. */
  private static String prefix(Finding f, GapReport report) {
    String id = f.obligation();
    int dash = id.indexOf('-');
    return dash > 0 ? id.substring(0, dash) : report.checklist().id();
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  /** Attribute text: one line, XML-escaped, characters XML 1.0 forbids removed. */
  static String attr(String s) {
    return xml(ReportSupport.oneLine(s), true);
  }

  static String text(String s) {
    return xml(s, false);
  }

  private static String xml(String s, boolean attribute) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      boolean allowed = cp == 0x9 || cp == 0xA || cp == 0xD || cp >= 0x20 && cp <= 0xD7FF
          || cp >= 0xE000 && cp <= 0xFFFD || cp >= 0x10000 && cp <= 0x10FFFF;
      if (!allowed) {
        continue;
      }
      switch (cp) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append(attribute ? "&quot;" : "\"");
        case '\n' -> b.append(attribute ? "&#10;" : "\n");
        case '\r' -> b.append("&#13;");
        case '\t' -> b.append(attribute ? "&#9;" : "\t");
        default -> b.appendCodePoint(cp);
      }
    }
    return b.toString();
  }
}
