package org.lexgap.report;

import static org.lexgap.report.Html.esc;
import static org.lexgap.report.ReportSupport.article;
import static org.lexgap.report.ReportSupport.blank;
import static org.lexgap.report.ReportSupport.oneLine;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
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
 * One self-contained HTML file for publishing and printing: no scripts, no external resources (a
 * Content-Security-Policy forbids them anyway), inline CSS with A4 print rules. Status is always shown as a
 * word as well as a colour, so the report reads in greyscale and with a screen reader. Every string from the
 * report goes through {@link Html#esc}; the only link targets are fragment ids built by {@link Html#id}.
 */
public final class HtmlRenderer implements Renderer {

  private static final List<Status> COLUMNS = List.of(Status.MET, Status.PARTIAL, Status.MISSING,
      Status.NOT_ASSESSABLE);

  private static final String CSS = """
      :root { --met: #1a7f37; --met-bg: #dafbe1; --partial: #9a6700; --partial-bg: #fff1c2;
        --missing: #cf222e; --missing-bg: #ffebe9; --na: #57606a; --na-bg: #eaeef2; --line: #d0d7de; }
      * { box-sizing: border-box; }
      body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif;
        color: #1f2328; max-width: 60rem; margin: 0 auto; padding: 1.5rem; }
      h1 { font-size: 1.7rem; margin: 0 0 .25rem; }
      h2 { font-size: 1.3rem; border-bottom: 1px solid var(--line); padding-bottom: .2rem; margin-top: 2rem; }
      h3 { font-size: 1.1rem; margin: 0 0 .4rem; }
      table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
      th, td { border: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; }
      th { background: #f6f8fa; }
      td.num, th.num { text-align: right; }
      .subtitle { color: #57606a; margin: 0 0 1rem; }
      .issues { border: 2px solid var(--missing); background: var(--missing-bg); padding: .5rem 1rem;
        margin: 1rem 0; }
      .issues h2 { border: 0; margin: .25rem 0; color: var(--missing); }
      .badge { display: inline-block; font-size: .8rem; font-weight: 600; padding: .05rem .5rem;
        border: 1px solid; border-radius: 1rem; vertical-align: middle; }
      .s-met { color: var(--met); background: var(--met-bg); }
      .s-partial { color: var(--partial); background: var(--partial-bg); }
      .s-missing { color: var(--missing); background: var(--missing-bg); }
      .s-not-assessable { color: var(--na); background: var(--na-bg); }
      td.cell { text-align: center; font-weight: 600; white-space: nowrap; }
      .finding { border: 1px solid var(--line); border-left: 6px solid var(--na); padding: .75rem 1rem;
        margin: 1rem 0; }
      .finding.f-met { border-left-color: var(--met); }
      .finding.f-partial { border-left-color: var(--partial); }
      .finding.f-missing { border-left-color: var(--missing); }
      .meta { color: #57606a; font-size: .9rem; margin: 0 0 .5rem; }
      dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: .5rem 0; }
      dl.facts dt { font-weight: 600; }
      dl.facts dd { margin: 0; }
      figure { margin: .75rem 0; }
      blockquote { margin: 0; padding: .4rem .8rem; border-left: 4px solid var(--line); background: #f6f8fa;
        unicode-bidi: isolate; }
      mark { background: #fff8c5; font-weight: 600; padding: 0 .1em; }
      figcaption { font-size: .85rem; color: #57606a; margin-top: .2rem; }
      footer { margin-top: 2rem; color: #57606a; font-size: .85rem; }
      @page { size: A4; margin: 16mm 14mm; }
      @media print {
        body { font-size: 10pt; max-width: none; padding: 0; }
        * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        h2 { break-after: avoid; page-break-after: avoid; }
        h3, figure, tr, .issues { break-inside: avoid; page-break-inside: avoid; }
        .finding { break-inside: avoid; page-break-inside: avoid; }
        #obligations { break-before: page; page-break-before: always; }
        thead { display: table-header-group; }
        a { color: inherit; text-decoration: none; }
      }
      """;

  @Override
  public String format() {
    return "html";
  }

  @Override
  public String description() {
    return "self-contained HTML report for publishing and printing (no scripts, no external resources)";
  }

  @Override
  public void render(GapReport report, RenderOptions options, Writer out) throws IOException {
    StringBuilder b = new StringBuilder(16384);
    Checklist c = report.checklist();
    String heading = blank(options.title()) ? "Gap report" : "Gap report: " + oneLine(options.title());
    String generator = blank(options.toolVersion()) ? ""
        : "<meta name=\"generator\" content=\"lexgap " + esc(options.toolVersion()) + "\">\n";
    Html.head(b, generator, heading + " \u2014 " + oneLine(c.title()), CSS);
    header(b, heading, c, report.documents());
    issues(b, report.documents());
    coverage(b, report.summary());
    matrix(b, report.findings());
    b.append("<main id=\"obligations\" aria-labelledby=\"obligations-h\">\n")
        .append("<h2 id=\"obligations-h\">Obligations</h2>\n");
    if (report.findings().isEmpty()) {
      b.append("<p>The checklist has no obligations.</p>\n");
    }
    for (int i = 0; i < report.findings().size(); i++) {
      finding(b, report.findings().get(i), i + 1, options);
    }
    b.append("</main>\n<footer>\n<p>lexgap matches statute text against the checklist; each verdict is a lead ")
        .append("for a lawyer to check, not legal advice.");
    if (!blank(options.toolVersion())) {
      b.append(" Generated by lexgap ").append(esc(options.toolVersion())).append('.');
    }
    b.append("</p>\n</footer>\n</body>\n</html>\n");
    out.write(b.toString());
  }

  private static void header(StringBuilder b, String heading, Checklist c, List<DocumentSummary> docs) {
    b.append("<header>\n<h1>").append(esc(heading)).append("</h1>\n<p class=\"subtitle\">Checked against <strong>")
        .append(esc(c.title())).append("</strong>, checklist ").append(esc(c.id())).append(" version ")
        .append(esc(c.version()));
    if (!blank(c.textVersion())) {
      b.append(" (text: ").append(esc(c.textVersion())).append(')');
    }
    b.append(".</p>\n");
    if (docs.isEmpty()) {
      b.append("<p>No documents were read.</p>\n</header>\n");
      return;
    }
    b.append("<table aria-label=\"Documents read\">\n<thead><tr><th scope=\"col\">Document</th>")
        .append("<th scope=\"col\">Format</th><th scope=\"col\" class=\"num\">Pages</th>")
        .append("<th scope=\"col\" class=\"num\">Provisions</th><th scope=\"col\" class=\"num\">Definitions</th>")
        .append("<th scope=\"col\" class=\"num\">Extraction issues</th></tr></thead>\n<tbody>\n");
    for (DocumentSummary d : docs) {
      b.append("<tr><td dir=\"auto\">").append(esc(d.path())).append("</td><td>").append(esc(d.format()))
          .append("</td><td class=\"num\">").append(d.pages() > 0 ? "" + d.pages() : "\u2013")
          .append("</td><td class=\"num\">").append(d.provisions()).append("</td><td class=\"num\">")
          .append(d.definitions()).append("</td><td class=\"num\">").append(d.issues().size())
          .append("</td></tr>\n");
    }
    b.append("</tbody>\n</table>\n</header>\n");
  }

  private static void issues(StringBuilder b, List<DocumentSummary> docs) {
    int n = docs.stream().mapToInt(d -> d.issues().size()).sum();
    if (n == 0) {
      return;
    }
    b.append("<section class=\"issues\" aria-labelledby=\"issues-h\">\n")
        .append("<h2 id=\"issues-h\">Text could not be extracted in ").append(n).append(n == 1 ? " place" : " places")
        .append("</h2>\n<p>Obligations implemented on these pages are reported as gaps. Check them by hand ")
        .append("(a scanned page needs OCR).</p>\n<ul>\n");
    for (DocumentSummary d : docs) {
      for (ExtractionIssue i : d.issues()) {
        b.append("<li><span dir=\"auto\">").append(esc(d.path())).append("</span>")
            .append(i.page() == null ? "" : ", page " + i.page()).append(": <span dir=\"auto\">")
            .append(esc(i.message())).append("</span></li>\n");
      }
    }
    b.append("</ul>\n</section>\n");
  }

  private static void coverage(StringBuilder b, Summary s) {
    List<Map.Entry<String, Summary.Counts>> chapters = ReportSupport.chapters(s);
    b.append("<section id=\"coverage\" aria-labelledby=\"coverage-h\">\n<h2 id=\"coverage-h\">Coverage by chapter</h2>\n")
        .append("<p>Overall coverage <strong>").append(ReportSupport.percent(ReportSupport.coverage(s)))
        .append("</strong> of ").append(s.obligations()).append(" obligations: ").append(s.met()).append(" met, ")
        .append(s.partial()).append(" partial, ").append(s.missing()).append(" missing, ")
        .append(s.notAssessable()).append(" not assessable");
    if (s.waived() > 0) {
      b.append("; ").append(s.waived()).append(" waived");
    }
    b.append(". Coverage is (met + partial / 2) / assessable obligations.</p>\n");
    if (s.obligations() > 0) {
      chart(b, chapters, s);
    }
    b.append("<table aria-label=\"Counts by chapter\">\n<thead><tr><th scope=\"col\">Chapter</th>")
        .append("<th scope=\"col\" class=\"num\">Obligations</th><th scope=\"col\" class=\"num\">Met</th>")
        .append("<th scope=\"col\" class=\"num\">Partial</th><th scope=\"col\" class=\"num\">Missing</th>")
        .append("<th scope=\"col\" class=\"num\">Not assessable</th><th scope=\"col\" class=\"num\">Coverage</th>")
        .append("</tr></thead>\n<tbody>\n");
    for (Map.Entry<String, Summary.Counts> e : chapters) {
      countsRow(b, esc(e.getKey()), e.getValue(), ReportSupport.coverage(e.getValue()));
    }
    countsRow(b, "All", new Summary.Counts(s.obligations(), s.met(), s.partial(), s.missing(), s.notAssessable()),
        ReportSupport.coverage(s));
    b.append("</tbody>\n</table>\n</section>\n");
  }

  private static void countsRow(StringBuilder b, String label, Summary.Counts c, Double coverage) {
    b.append("<tr><th scope=\"row\">").append(label).append("</th><td class=\"num\">").append(c.obligations())
        .append("</td><td class=\"num\">").append(c.met()).append("</td><td class=\"num\">").append(c.partial())
        .append("</td><td class=\"num\">").append(c.missing()).append("</td><td class=\"num\">")
        .append(c.notAssessable()).append("</td><td class=\"num\">").append(ReportSupport.percent(coverage))
        .append("</td></tr>\n");
  }

  /** Stacked horizontal bars, one per chapter; the table after it carries the same numbers as text. */
  private static void chart(StringBuilder b, List<Map.Entry<String, Summary.Counts>> chapters, Summary s) {
    int rowH = 28;
    int labelW = 90;
    int barW = 440;
    int height = (chapters.size() + 1) * rowH + 30;
    StringBuilder desc = new StringBuilder();
    for (Map.Entry<String, Summary.Counts> e : chapters) {
      desc.append("Chapter ").append(oneLine(e.getKey())).append(": ").append(sentence(e.getValue(), ReportSupport.coverage(e.getValue())))
          .append(". ");
    }
    desc.append("All chapters: ").append(sentence(new Summary.Counts(s.obligations(), s.met(), s.partial(),
        s.missing(), s.notAssessable()), ReportSupport.coverage(s))).append('.');
    b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"chart-t chart-d\" ")
        .append("width=\"640\" height=\"").append(height).append("\" viewBox=\"0 0 640 ").append(height)
        .append("\" font-family=\"system-ui, sans-serif\" font-size=\"13\">\n")
        .append("<title id=\"chart-t\">Obligations by status in each chapter</title>\n")
        .append("<desc id=\"chart-d\">").append(esc(desc.toString().strip())).append("</desc>\n");
    int y = 0;
    for (Map.Entry<String, Summary.Counts> e : chapters) {
      bar(b, "Ch. " + oneLine(e.getKey()), e.getValue(), ReportSupport.coverage(e.getValue()), y, rowH, labelW,
          barW);
      y += rowH;
    }
    bar(b, "All", new Summary.Counts(s.obligations(), s.met(), s.partial(), s.missing(), s.notAssessable()),
        ReportSupport.coverage(s), y, rowH, labelW, barW);
    y += rowH + 18;
    int x = labelW;
    for (Status st : COLUMNS) {
      b.append("<rect x=\"").append(x).append("\" y=\"").append(y - 11).append("\" width=\"12\" height=\"12\" fill=\"")
          .append(fill(st)).append("\"/><text x=\"").append(x + 16).append("\" y=\"").append(y).append("\">")
          .append(heading(st)).append("</text>\n");
      x += 110;
    }
    b.append("</svg>\n");
  }

  private static void bar(StringBuilder b, String label, Summary.Counts c, Double coverage, int y, int rowH,
      int labelW, int barW) {
    b.append("<g>\n<text x=\"0\" y=\"").append(y + 18).append("\">").append(esc(label)).append("</text>\n");
    double x = labelW;
    int[] counts = {c.met(), c.partial(), c.missing(), c.notAssessable()};
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] == 0 || c.obligations() == 0) {
        continue;
      }
      double w = barW * (double) counts[i] / c.obligations();
      b.append("<rect x=\"").append(num(x)).append("\" y=\"").append(y + 4).append("\" width=\"").append(num(w))
          .append("\" height=\"").append(rowH - 8).append("\" fill=\"").append(fill(COLUMNS.get(i)))
          .append("\"><title>").append(esc(label)).append(": ").append(counts[i]).append(' ')
          .append(ReportSupport.label(COLUMNS.get(i))).append("</title></rect>\n");
      x += w;
    }
    b.append("<text x=\"").append(labelW + barW + 10).append("\" y=\"").append(y + 18).append("\">")
        .append(ReportSupport.percent(coverage)).append("</text>\n</g>\n");
  }

  private static String sentence(Summary.Counts c, Double coverage) {
    return c.met() + " met, " + c.partial() + " partial, " + c.missing() + " missing, " + c.notAssessable()
        + " not assessable, coverage " + ReportSupport.percent(coverage);
  }

  private static void matrix(StringBuilder b, List<Finding> findings) {
    if (findings.isEmpty()) {
      return;
    }
    b.append("<section id=\"matrix\" aria-labelledby=\"matrix-h\">\n<h2 id=\"matrix-h\">Compliance matrix</h2>\n")
        .append("<table class=\"matrix\" aria-labelledby=\"matrix-h\">\n<thead><tr>")
        .append("<th scope=\"col\">Article</th><th scope=\"col\">Obligation</th><th scope=\"col\">Chapter</th>");
    for (Status s : COLUMNS) {
      b.append("<th scope=\"col\">").append(heading(s)).append("</th>");
    }
    b.append("</tr></thead>\n<tbody>\n");
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      b.append("<tr><th scope=\"row\"><a href=\"#").append(Html.id("ob-", i + 1, f.obligation())).append("\">")
          .append(esc(article(f))).append("</a></th><td dir=\"auto\">").append(esc(f.title())).append("</td><td>")
          .append(esc(f.chapter())).append("</td>");
      for (Status s : COLUMNS) {
        if (s == f.status()) {
          b.append("<td class=\"cell ").append(cls(s)).append("\">").append(statusText(f)).append("</td>");
        } else {
          b.append("<td class=\"cell\"></td>");
        }
      }
      b.append("</tr>\n");
    }
    b.append("</tbody>\n</table>\n</section>\n");
  }

  private static void finding(StringBuilder b, Finding f, int index, RenderOptions options) {
    String id = Html.id("ob-", index, f.obligation());
    b.append("<section class=\"finding f-").append(f.status().id()).append("\" id=\"").append(id)
        .append("\" aria-labelledby=\"").append(id).append("-h\" data-obligation=\"").append(esc(f.obligation()))
        .append("\">\n<h3 id=\"").append(id).append("-h\">").append(esc(article(f))).append(" \u2014 ")
        .append("<span dir=\"auto\">").append(esc(f.title())).append("</span> <span class=\"badge ")
        .append(cls(f.status())).append("\">").append(statusText(f)).append("</span></h3>\n");
    b.append("<p class=\"meta\">").append(esc(f.obligation())).append(" \u00b7 ").append(esc(f.strength()))
        .append(' ').append(esc(f.kind())).append(" \u00b7 chapter ").append(esc(f.chapter()))
        .append(" \u00b7 confidence ").append(ReportSupport.confidence(f.confidence()));
    if (!f.provisions().isEmpty()) {
      b.append(" \u00b7 provisions ").append(esc(String.join(", ", f.provisions())));
    }
    b.append("</p>\n");
    if (!blank(f.note())) {
      b.append("<p class=\"verdict\" dir=\"auto\">").append(esc(f.note())).append("</p>\n");
    }
    b.append("<dl class=\"facts\">\n");
    list(b, "Missing", f.missingElements());
    list(b, "Found", f.satisfiedElements());
    list(b, "Options used", f.optionsUsed());
    fact(b, "Recommendation", f.recommendation());
    fact(b, "Budapest Convention", f.budapest());
    if (f.waived()) {
      Finding.Waiver w = f.waiver();
      StringBuilder t = new StringBuilder(blank(w.reason()) ? "no reason given" : oneLine(w.reason()));
      if (!blank(w.implementedIn())) {
        t.append(" Implemented in: ").append(oneLine(w.implementedIn())).append('.');
      }
      if (!blank(w.expires())) {
        t.append(" Expires: ").append(oneLine(w.expires())).append('.');
      }
      fact(b, "Waived", t.toString());
    }
    b.append("</dl>\n");
    List<Evidence> shown = ReportSupport.quotes(f, options.maxQuotes());
    for (Evidence e : shown) {
      b.append("<figure>\n<blockquote dir=\"auto\">").append(quote(e)).append("</blockquote>\n")
          .append("<figcaption dir=\"auto\">").append(esc(ReportSupport.citation(e))).append("</figcaption>\n")
          .append("</figure>\n");
    }
    int more = f.evidence().size() - shown.size();
    if (more > 0) {
      b.append("<p class=\"meta\">").append(more).append(" more quote").append(more == 1 ? "" : "s")
          .append(" in the JSON report.</p>\n");
    }
    b.append("</section>\n");
  }

  private static void list(StringBuilder b, String term, List<String> items) {
    if (items.isEmpty()) {
      return;
    }
    b.append("<dt>").append(term).append("</dt><dd>");
    for (int i = 0; i < items.size(); i++) {
      b.append(i == 0 ? "" : "; ").append("<span dir=\"auto\">").append(esc(items.get(i))).append("</span>");
    }
    b.append("</dd>\n");
  }

  private static void fact(StringBuilder b, String term, String value) {
    if (!blank(value)) {
      b.append("<dt>").append(term).append("</dt><dd dir=\"auto\">").append(esc(value)).append("</dd>\n");
    }
  }

  /** The quote with its satisfying words in {@code <mark>}; every piece escaped separately. */
  private static String quote(Evidence e) {
    String q = oneLine(e.quote());
    StringBuilder b = new StringBuilder(q.length() + 64);
    int at = 0;
    for (int[] span : ReportSupport.highlights(q, e.matches())) {
      b.append(esc(q.substring(at, span[0]))).append("<mark>").append(esc(q.substring(span[0], span[1])))
          .append("</mark>");
      at = span[1];
    }
    return b.append(esc(q.substring(at))).toString();
  }

  private static String statusText(Finding f) {
    return heading(f.status()) + (f.waived() ? " (waived)" : "");
  }

  private static String heading(Status s) {
    String l = ReportSupport.label(s);
    return Character.toUpperCase(l.charAt(0)) + l.substring(1);
  }

  private static String cls(Status s) {
    return "s-" + s.id();
  }

  private static String fill(Status s) {
    return switch (s) {
      case MET -> "#1a7f37";
      case PARTIAL -> "#d4a72c";
      case MISSING -> "#cf222e";
      case NOT_ASSESSABLE -> "#8c959f";
    };
  }

  private static String num(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
