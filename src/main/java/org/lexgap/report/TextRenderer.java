package org.lexgap.report;

import static org.lexgap.report.ReportSupport.article;
import static org.lexgap.report.ReportSupport.blank;
import static org.lexgap.report.ReportSupport.oneLine;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lexgap.analysis.DocumentSummary;
import org.lexgap.analysis.Evidence;
import org.lexgap.analysis.Finding;
import org.lexgap.analysis.GapReport;
import org.lexgap.analysis.Status;
import org.lexgap.analysis.Summary;
import org.lexgap.checklist.Checklist;
import org.lexgap.read.ExtractionIssue;

/**
 * The terminal summary, readable in a minute: what was read (extraction problems first, because they make
 * gaps false), coverage per chapter, each open gap with what is missing, its best evidence and what to do,
 * then the rest in one line each. Lines end in LF; colour only when {@link RenderOptions#color()}.
 */
public final class TextRenderer implements Renderer {

  static final int WIDTH = 100;
  private static final int QUOTE_MAX = 240;

  private static final String RESET = "\u001b[0m";
  private static final String BOLD = "\u001b[1m";
  private static final String RED = "\u001b[31m";
  private static final String GREEN = "\u001b[32m";
  private static final String YELLOW = "\u001b[33m";
  private static final String GREY = "\u001b[90m";

  @Override
  public String format() {
    return "text";
  }

  @Override
  public String fileExtension() {
    return "txt";
  }

  @Override
  public String description() {
    return "terminal summary: coverage per chapter, then each gap with evidence and recommendation";
  }

  @Override
  public void render(GapReport report, RenderOptions options, Writer out) throws IOException {
    StringBuilder b = new StringBuilder(4096);
    Style st = new Style(options.color());
    header(b, st, report, options);
    issues(b, st, report.documents());
    coverage(b, st, report.summary());
    gaps(b, st, report.findings());
    rest(b, st, report.findings());
    failOn(b, st, report.findings(), options);
    // Sections end in a blank line; the report ends in exactly one newline.
    int end = b.length();
    while (end > 0 && b.charAt(end - 1) == '\n') {
      end--;
    }
    b.setLength(end);
    out.write(b.append('\n').toString());
  }

  private static void header(StringBuilder b, Style st, GapReport report, RenderOptions options) {
    String title = blank(options.title()) ? "lexgap gap report" : "lexgap gap report: " + text(options.title());
    b.append(st.on(BOLD, title)).append('\n');
    Checklist c = report.checklist();
    String checklist = "Checklist  " + text(c.title()) + " (" + text(c.id()) + " " + text(c.version())
        + (blank(c.textVersion()) ? "" : "; text " + text(c.textVersion())) + ")";
    wrap(b, checklist, "", "           ");
    if (report.documents().isEmpty()) {
      b.append("Documents  none\n");
    }
    String lead = "Documents  ";
    for (DocumentSummary d : report.documents()) {
      b.append(lead).append(text(d.path())).append("  ").append(text(d.format()));
      if (d.pages() > 0) {
        b.append(", ").append(plural(d.pages(), "page"));
      }
      b.append(", ").append(plural(d.provisions(), "provision")).append(", ")
          .append(plural(d.definitions(), "definition"));
      if (!d.issues().isEmpty()) {
        b.append(", ").append(st.on(RED, plural(d.issues().size(), "extraction issue")));
      }
      b.append('\n');
      lead = "           ";
    }
    b.append('\n');
  }

  private static void issues(StringBuilder b, Style st, List<DocumentSummary> documents) {
    int n = documents.stream().mapToInt(d -> d.issues().size()).sum();
    if (n == 0) {
      return;
    }
    b.append(st.on(RED + BOLD, "! " + plural(n, "extraction issue")
        + ": text is missing, so obligations implemented there show as gaps. Check:")).append('\n');
    for (DocumentSummary d : documents) {
      for (ExtractionIssue i : d.issues()) {
        String where = text(d.path()) + (i.page() == null ? "" : " p. " + i.page());
        b.append(st.on(RED, "!   " + where + ": " + text(i.message()))).append('\n');
      }
    }
    b.append('\n');
  }

  private static void coverage(StringBuilder b, Style st, Summary s) {
    b.append(st.on(BOLD, "Coverage")).append('\n');
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"chapter", "obligations", "met", "partial", "missing", "n/a", "coverage"});
    for (Map.Entry<String, Summary.Counts> e : ReportSupport.chapters(s)) {
      Summary.Counts c = e.getValue();
      rows.add(new String[] {"Ch. " + text(e.getKey()), "" + c.obligations(), "" + c.met(), "" + c.partial(),
          "" + c.missing(), "" + c.notAssessable(), ReportSupport.percent(ReportSupport.coverage(c))});
    }
    rows.add(new String[] {"All", "" + s.obligations(), "" + s.met(), "" + s.partial(), "" + s.missing(),
        "" + s.notAssessable(), ReportSupport.percent(ReportSupport.coverage(s))});
    int[] w = new int[7];
    for (String[] r : rows) {
      for (int i = 0; i < r.length; i++) {
        w[i] = Math.max(w[i], width(r[i]));
      }
    }
    for (String[] r : rows) {
      StringBuilder line = new StringBuilder("  ").append(pad(r[0], w[0], false));
      for (int i = 1; i < r.length; i++) {
        line.append("  ").append(pad(r[i], w[i], true));
      }
      b.append(line.toString().stripTrailing()).append('\n');
    }
    b.append("  n/a = not assessable from statutes; coverage = (met + partial/2) / assessable");
    if (s.waived() > 0) {
      b.append("; ").append(s.waived()).append(" waived");
    }
    b.append("\n\n");
  }

  private static void gaps(StringBuilder b, Style st, List<Finding> findings) {
    List<Finding> gaps = ReportSupport.openGaps(findings);
    long missing = gaps.stream().filter(f -> f.status() == Status.MISSING).count();
    if (gaps.isEmpty()) {
      b.append(st.on(BOLD, "No open gaps")).append("\n\n");
      return;
    }
    b.append(st.on(BOLD, "Gaps: " + missing + " missing, " + (gaps.size() - missing) + " partial")).append("\n\n");
    for (Finding f : gaps) {
      String tag = f.status() == Status.MISSING ? "MISSING" : "PARTIAL";
      b.append(st.on(color(f.status()) + BOLD, tag)).append("  ").append(st.on(BOLD, text(article(f))))
          .append("  ").append(text(f.title())).append("  [").append(text(f.obligation())).append("]  confidence ")
          .append(ReportSupport.confidence(f.confidence())).append('\n');
      if (!blank(f.note())) {
        wrap(b, text(f.note()), "  ", "  ");
      }
      if (!f.missingElements().isEmpty()) {
        wrap(b, "Missing: " + text(ReportSupport.join(f.missingElements())), "  ", "           ");
      }
      if (!f.evidence().isEmpty()) {
        Evidence e = f.evidence().get(0);
        wrap(b, "Evidence: " + text(ReportSupport.citation(e)), "  ", "            ");
        wrap(b, "\u201c" + shorten(oneLine(e.quote())) + "\u201d", "    ", "     ");
      }
      if (!blank(f.recommendation())) {
        wrap(b, "Recommendation: " + text(f.recommendation()), "  ", "                  ");
      }
      b.append('\n');
    }
  }

  private static void rest(StringBuilder b, Style st, List<Finding> findings) {
    List<Finding> waived = ReportSupport.waived(findings);
    if (!waived.isEmpty()) {
      b.append(st.on(BOLD, "Waived (" + waived.size() + ")")).append('\n');
      for (Finding f : waived) {
        Finding.Waiver w = f.waiver();
        StringBuilder line = new StringBuilder(article(f)).append(' ').append(oneLine(f.title())).append(" [")
            .append(oneLine(f.obligation())).append("]: ").append(ReportSupport.label(f.status()))
            .append(", waived");
        List<String> terms = new ArrayList<>();
        if (!blank(w.implementedIn())) {
          terms.add("implemented in " + oneLine(w.implementedIn()));
        }
        if (!blank(w.expires())) {
          terms.add("expires " + oneLine(w.expires()));
        }
        if (!terms.isEmpty()) {
          line.append(" (").append(String.join("; ", terms)).append(')');
        }
        if (!blank(w.reason())) {
          line.append(": ").append(oneLine(w.reason()));
        }
        wrap(b, text(line.toString()), "  ", "    ");
      }
      b.append('\n');
    }
    List<Finding> na = ReportSupport.with(findings, Status.NOT_ASSESSABLE, false);
    if (!na.isEmpty()) {
      b.append(st.on(BOLD, "Not assessable (" + na.size() + ")")).append('\n');
      for (Finding f : na) {
        String line = article(f) + "  " + oneLine(f.title()) + " [" + oneLine(f.obligation()) + "]"
            + (blank(f.note()) ? "" : ": " + oneLine(f.note()));
        wrap(b, text(line), "  ", "    ");
      }
      b.append('\n');
    }
    List<Finding> met = ReportSupport.with(findings, Status.MET, false);
    if (!met.isEmpty()) {
      List<String> items = met.stream().map(f -> article(f) + " " + oneLine(f.title())).toList();
      wrap(b, st.on(GREEN + BOLD, "Met (" + met.size() + "):") + " " + text(String.join(", ", items)), "", "  ");
      b.append('\n');
    }
  }

  private static void failOn(StringBuilder b, Style st, List<Finding> findings, RenderOptions options) {
    if (options.failOn() == null) {
      return;
    }
    long n = findings.stream().filter(options::fails).count();
    String label = ReportSupport.label(options.failOn());
    String line = n == 0 ? "fail-on " + label + ": no unwaived finding at or above " + label
        : "fail-on " + label + ": " + plural((int) n, "unwaived finding") + " at or above " + label;
    b.append(st.on(n == 0 ? GREEN : RED + BOLD, line)).append('\n');
  }

  /** Terminal-safe single line: no control characters (escape sequences) and no bidi overrides. */
  static String text(String s) {
    String c = oneLine(s);
    StringBuilder b = new StringBuilder(c.length());
    for (int i = 0; i < c.length(); i++) {
      char ch = c.charAt(i);
      boolean bidiControl = (ch >= '\u202a' && ch <= '\u202e') || (ch >= '\u2066' && ch <= '\u2069');
      if (!bidiControl) {
        b.append(ch);
      }
    }
    return b.toString();
  }

  private static String shorten(String q) {
    String t = text(q);
    if (t.codePointCount(0, t.length()) <= QUOTE_MAX) {
      return t;
    }
    int end = t.offsetByCodePoints(0, QUOTE_MAX);
    int space = t.lastIndexOf(' ', end);
    return t.substring(0, space > QUOTE_MAX / 2 ? space : end) + " \u2026";
  }

  /** Word-wraps already {@link #text}-safe {@code s} (colour codes allowed) to {@link #WIDTH} columns. */
  private static void wrap(StringBuilder b, String s, String first, String next) {
    String prefix = first;
    StringBuilder line = new StringBuilder(prefix);
    int col = width(prefix);
    boolean empty = true;
    for (String word : s.split(" ")) {
      int w = width(word);
      if (!empty && col + 1 + w > WIDTH) {
        b.append(line).append('\n');
        prefix = next;
        line = new StringBuilder(prefix);
        col = width(prefix);
        empty = true;
      }
      if (!empty) {
        line.append(' ');
        col++;
      }
      line.append(word);
      col += w;
      empty = false;
    }
    b.append(line).append('\n');
  }

  /** Printed width, counting code points and skipping ANSI sequences. */
  private static int width(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (cp == 0x1b) {
        int m = s.indexOf('m', i);
        i = m < 0 ? s.length() : m + 1;
        continue;
      }
      n++;
      i += Character.charCount(cp);
    }
    return n;
  }

  private static String pad(String s, int w, boolean right) {
    String fill = " ".repeat(Math.max(0, w - width(s)));
    return right ? fill + s : s + fill;
  }

  private static String plural(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static String color(Status s) {
    return switch (s) {
      case MET -> GREEN;
      case PARTIAL -> YELLOW;
      case MISSING -> RED;
      case NOT_ASSESSABLE -> GREY;
    };
  }

  /** Wraps text in an SGR sequence when colour is on; {@link #text} strips ESC from data, so only ours remain. */
  private record Style(boolean color) {
    String on(String sgr, String s) {
      return color ? sgr + s + RESET : s;
    }
  }
}
