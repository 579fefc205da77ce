package org.lexgap.compare;

import static org.lexgap.report.Html.esc;
import static org.lexgap.report.ReportSupport.oneLine;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import org.lexgap.analysis.DocumentSummary;
import org.lexgap.analysis.Status;
import org.lexgap.analysis.Summary;
import org.lexgap.checklist.Checklist;
import org.lexgap.report.Html;

/**
 * The comparison as one self-contained HTML page: a heat map of articles (rows) by countries (columns),
 * coverage per country, and the obligations most countries miss. Like the single-country report: no scripts,
 * no external resources (a Content-Security-Policy forbids them anyway), inline CSS with A4 print rules, every
 * cell a colour and a word, and every string from the inputs through {@link Html#esc} with {@code dir="auto"}
 * where it may be right-to-left. The page has no links at all.
 */
public final class CompareHtmlRenderer implements CompareRenderer {

  /** More columns than this and the matrix is printed on landscape pages. */
  static final int PORTRAIT_COUNTRIES = 6;

  private static final String CSS = """
      :root { --met: #1a7f37; --partial: #9a6700; --missing: #cf222e; --na: #57606a; --na-bg: #eaeef2;
        --line: #d0d7de; }
      * { box-sizing: border-box; }
      body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif;
        color: #1f2328; max-width: 72rem; margin: 0 auto; padding: 1.5rem; }
      h1 { font-size: 1.7rem; margin: 0 0 .25rem; }
      h2 { font-size: 1.3rem; border-bottom: 1px solid var(--line); padding-bottom: .2rem; margin-top: 2rem; }
      table { border-collapse: collapse; margin: .5rem 0 1rem; }
      th, td { border: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; }
      thead th { background: #f6f8fa; }
      td.num, th.num { text-align: right; white-space: nowrap; }
      .subtitle, .note { color: #57606a; margin: 0 0 1rem; }
      .warn { border: 2px solid var(--missing); padding: .4rem .8rem; }
      .bar { display: inline-block; width: 6rem; height: .7rem; background: var(--na-bg); margin-left: .4rem;
        vertical-align: middle; }
      .bar > span { display: block; height: 100%; background: var(--met); }
      table.matrix thead th { position: sticky; top: 0; z-index: 1; text-align: center; vertical-align: bottom; }
      table.matrix th[scope="row"] { font-weight: normal; max-width: 24rem; background: #fff; }
      table.matrix .art { font-weight: 600; white-space: nowrap; }
      table.matrix .t { color: #57606a; font-size: .85rem; }
      tr.chapter th { background: #f6f8fa; font-weight: 600; }
      td.cell { text-align: center; vertical-align: middle; font-weight: 600; white-space: nowrap; min-width: 4.5rem; }
      .s-met { background: var(--met); color: #fff; }
      .s-partial { background: var(--partial); color: #fff; }
      .s-missing { background: var(--missing); color: #fff; }
      .s-not-assessable { background: var(--na-bg); color: var(--na); font-weight: normal; }
      .legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .4rem 1rem; }
      .legend span.swatch { display: inline-block; min-width: 4.5rem; text-align: center; font-weight: 600;
        padding: 0 .4rem; margin-right: .3rem; }
      ul.names { margin: 0; padding-left: 1.1rem; }
      footer { margin-top: 2rem; color: #57606a; font-size: .85rem; }
      @page { size: A4; margin: 14mm 12mm; }
      @page wide { size: A4 landscape; margin: 12mm; }
      @media print {
        body { font-size: 9pt; max-width: none; padding: 0; }
        * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        h2 { break-after: avoid; page-break-after: avoid; }
        tr, .legend { break-inside: avoid; page-break-inside: avoid; }
        thead { display: table-header-group; }
        table.matrix thead th { position: static; }
        #matrix { break-before: page; page-break-before: always; }
        #matrix.wide { page: wide; }
        #common-gaps { break-before: page; page-break-before: always; }
      }
      """;

  @Override
  public String format() {
    return "html";
  }

  @Override
  public void render(Comparison c, String title, Writer out) throws IOException {
    StringBuilder b = new StringBuilder(32768);
    Checklist cl = c.checklist();
    int n = c.countries().size();
    String heading = title == null || title.isBlank()
        ? "Comparison of " + n + (n == 1 ? " country" : " countries") : "Comparison: " + oneLine(title);
    Html.head(b, "<meta name=\"color-scheme\" content=\"light\">\n", heading + " \u2014 " + oneLine(cl.title()),
        CSS);
    b.append("<header>\n<h1 dir=\"auto\">")
        .append(esc(heading)).append("</h1>\n<p class=\"subtitle\">Checked against <strong dir=\"auto\">")
        .append(esc(cl.title())).append("</strong>, checklist ").append(esc(cl.id())).append(" version ")
        .append(esc(cl.version()));
    if (cl.textVersion() != null && !cl.textVersion().isBlank()) {
      b.append(" (text: ").append(esc(cl.textVersion())).append(')');
    }
    b.append(".</p>\n</header>\n<main>\n");
    coverage(b, c);
    matrix(b, c);
    commonGaps(b, c);
    documents(b, c);
    b.append("</main>\n<footer>\n<p>Each country's statutes were checked separately with lexgap; a verdict is a ")
        .append("lead for a lawyer to check, not legal advice. Article verdicts follow lexgap eval: optional, ")
        .append("not-assessable and waived obligations are left out; met when all the rest are met, missing ")
        .append("when none is met or partial, partial otherwise.</p>\n</footer>\n</body>\n</html>\n");
    out.write(b.toString());
  }

  private static void coverage(StringBuilder b, Comparison c) {
    b.append("<section id=\"coverage\" aria-labelledby=\"coverage-h\">\n")
        .append("<h2 id=\"coverage-h\">Coverage by country</h2>\n")
        .append("<p class=\"note\">Coverage is (met + partial / 2) / assessable obligations, as in each ")
        .append("country's own report.</p>\n")
        .append("<table aria-label=\"Coverage by country\">\n<thead><tr><th scope=\"col\">Country</th>")
        .append("<th scope=\"col\" class=\"num\">Documents</th><th scope=\"col\" class=\"num\">Provisions</th>")
        .append("<th scope=\"col\" class=\"num\">Met</th><th scope=\"col\" class=\"num\">Partial</th>")
        .append("<th scope=\"col\" class=\"num\">Missing</th><th scope=\"col\" class=\"num\">Not assessable</th>")
        .append("<th scope=\"col\">Coverage</th></tr></thead>\n<tbody>\n");
    for (Comparison.CountryResult r : c.countries()) {
      Summary s = r.report().summary();
      Double cov = Text.coverage(s);
      int provisions = r.report().documents().stream().mapToInt(DocumentSummary::provisions).sum();
      b.append("<tr><th scope=\"row\">").append(countryName(r)).append("</th><td class=\"num\">")
          .append(r.report().documents().size()).append("</td><td class=\"num\">").append(provisions)
          .append("</td><td class=\"num\">").append(s.met()).append("</td><td class=\"num\">").append(s.partial())
          .append("</td><td class=\"num\">").append(s.missing()).append("</td><td class=\"num\">")
          .append(s.notAssessable()).append("</td><td class=\"num\">").append(Text.percent(cov));
      if (cov != null) {
        b.append("<span class=\"bar\" aria-hidden=\"true\"><span style=\"width:")
            .append(String.format(Locale.ROOT, "%.1f", Math.max(0, Math.min(1, cov)) * 100))
            .append("%\"></span></span>");
      }
      b.append("</td></tr>\n");
    }
    b.append("</tbody>\n</table>\n");
    int issues = 0;
    for (Comparison.CountryResult r : c.countries()) {
      issues += r.report().documents().stream().mapToInt(d -> d.issues().size()).sum();
    }
    if (issues > 0) {
      b.append("<p class=\"warn\">Text could not be extracted in ").append(issues)
          .append(issues == 1 ? " place" : " places").append(" (see Documents below); obligations implemented ")
          .append("there are reported as gaps.</p>\n");
    }
    b.append("</section>\n");
  }

  private static void matrix(StringBuilder b, Comparison c) {
    b.append("<section id=\"matrix\"").append(c.countries().size() > PORTRAIT_COUNTRIES ? " class=\"wide\"" : "")
        .append(" aria-labelledby=\"matrix-h\">\n<h2 id=\"matrix-h\">Articles by country</h2>\n");
    legend(b);
    b.append("<table class=\"matrix\" aria-label=\"Article verdicts by country\">\n<thead><tr>")
        .append("<th scope=\"col\">Article</th>");
    for (Comparison.CountryResult r : c.countries()) {
      b.append("<th scope=\"col\">").append(countryName(r)).append("</th>");
    }
    b.append("</tr></thead>\n<tbody>\n");
    String chapter = null;
    for (Comparison.ArticleRow row : c.articles()) {
      if (!row.chapter().equals(chapter)) {
        chapter = row.chapter();
        b.append("<tr class=\"chapter\"><th scope=\"colgroup\" colspan=\"").append(c.countries().size() + 1)
            .append("\">Chapter ").append(esc(chapter)).append("</th></tr>\n");
      }
      String art = Text.article(row.article());
      b.append("<tr><th scope=\"row\"");
      if (row.obligations().size() > 1) {
        b.append(" title=\"").append(esc(allTitles(row))).append('"');
      }
      b.append("><span class=\"art\">").append(esc(art)).append("</span> <span class=\"t\" dir=\"auto\">")
          .append(esc(oneLine(row.obligations().get(0).title()))).append("</span>");
      if (row.obligations().size() > 1) {
        int more = row.obligations().size() - 1;
        b.append(" <span class=\"t\">+").append(more).append(more == 1 ? " obligation" : " obligations")
            .append("</span>");
      }
      b.append("</th>");
      for (int i = 0; i < row.cells().size(); i++) {
        Comparison.Cell cell = row.cells().get(i);
        String tip = oneLine(c.countries().get(i).country().name()) + ", " + art + ": "
            + Text.label(cell.status())
            + (cell.provisions().isEmpty() ? "" : " (provisions " + String.join(", ", cell.provisions()) + ")");
        b.append("<td class=\"cell s-").append(cell.status().id()).append("\" title=\"").append(esc(tip))
            .append("\">").append(Text.label(cell.status())).append("</td>");
      }
      b.append("</tr>\n");
    }
    b.append("</tbody>\n</table>\n</section>\n");
  }

  private static void legend(StringBuilder b) {
    b.append("<ul class=\"legend\" aria-label=\"Legend\">\n");
    legendItem(b, Status.MET, "every obligation of the article that counts is met");
    legendItem(b, Status.PARTIAL, "some are met or partly met");
    legendItem(b, Status.MISSING, "none is met or partly met");
    legendItem(b, Status.NOT_ASSESSABLE, "only optional or not-assessable obligations");
    b.append("</ul>\n");
  }

  private static void legendItem(StringBuilder b, Status s, String meaning) {
    b.append("<li><span class=\"swatch s-").append(s.id()).append("\">").append(Text.label(s))
        .append("</span>").append(meaning).append("</li>\n");
  }

  /** Every obligation title of the article, for the row's tooltip. */
  private static String allTitles(Comparison.ArticleRow row) {
    return String.join("; ", row.obligations().stream().map(o -> oneLine(o.title())).toList());
  }

  private static void commonGaps(StringBuilder b, Comparison c) {
    b.append("<section id=\"common-gaps\" aria-labelledby=\"common-gaps-h\">\n")
        .append("<h2 id=\"common-gaps-h\">The obligations most countries miss</h2>\n");
    if (c.commonGaps().isEmpty()) {
      b.append("<p>No obligation is missing or partial in any country.</p>\n</section>\n");
      return;
    }
    b.append("<p class=\"note\">Ranked by the number of countries where the obligation is missing, then ")
        .append("partial. Optional and not-assessable obligations are left out.</p>\n")
        .append("<table aria-label=\"Obligations most countries miss\">\n<thead><tr>")
        .append("<th scope=\"col\" class=\"num\">Rank</th><th scope=\"col\">Obligation</th>")
        .append("<th scope=\"col\">Missing in</th><th scope=\"col\">Partial in</th>")
        .append("<th scope=\"col\" class=\"num\">Met in</th></tr></thead>\n<tbody>\n");
    List<Integer> ranks = c.ranks();
    for (int i = 0; i < c.commonGaps().size(); i++) {
      Comparison.CommonGap g = c.commonGaps().get(i);
      b.append("<tr><td class=\"num\">").append(ranks.get(i)).append("</td><th scope=\"row\">")
          .append(esc(Text.where(g.article(), g.paragraph()))).append(" \u2014 <span dir=\"auto\">")
          .append(esc(g.title())).append("</span><br><span class=\"t\">").append(esc(g.obligation()))
          .append("</span></th><td>");
      names(b, g.missingIn());
      b.append("</td><td>");
      names(b, g.partialIn());
      b.append("</td><td class=\"num\">").append(g.metIn().size()).append("</td></tr>\n");
    }
    b.append("</tbody>\n</table>\n</section>\n");
  }

  private static void names(StringBuilder b, List<String> names) {
    b.append("<strong>").append(names.size()).append("</strong>");
    if (names.isEmpty()) {
      return;
    }
    b.append("<ul class=\"names\">");
    for (String n : names) {
      b.append("<li dir=\"auto\">").append(esc(n)).append("</li>");
    }
    b.append("</ul>");
  }

  private static void documents(StringBuilder b, Comparison c) {
    b.append("<section id=\"documents\" aria-labelledby=\"documents-h\">\n<h2 id=\"documents-h\">Documents</h2>\n")
        .append("<table aria-label=\"Documents read per country\">\n<thead><tr><th scope=\"col\">Country</th>")
        .append("<th scope=\"col\">Document</th><th scope=\"col\">Format</th>")
        .append("<th scope=\"col\" class=\"num\">Pages</th><th scope=\"col\" class=\"num\">Provisions</th>")
        .append("<th scope=\"col\">Extraction issues</th></tr></thead>\n<tbody>\n");
    for (Comparison.CountryResult r : c.countries()) {
      for (DocumentSummary d : r.report().documents()) {
        b.append("<tr><th scope=\"row\">").append(countryName(r)).append("</th><td dir=\"auto\">")
            .append(esc(d.path())).append("</td><td>").append(esc(d.format())).append("</td><td class=\"num\">")
            .append(d.pages() > 0 ? Integer.toString(d.pages()) : "\u2013").append("</td><td class=\"num\">")
            .append(d.provisions()).append("</td><td>");
        for (int i = 0; i < d.issues().size(); i++) {
          var issue = d.issues().get(i);
          b.append(i == 0 ? "" : "<br>").append(issue.page() == null ? "" : "page " + issue.page() + ": ")
              .append("<span dir=\"auto\">").append(esc(issue.message())).append("</span>");
        }
        b.append("</td></tr>\n");
      }
    }
    b.append("</tbody>\n</table>\n</section>\n");
  }

  /** The country's name, with its code when it has one; escaped, direction left to the text. */
  private static String countryName(Comparison.CountryResult r) {
    String code = r.country().code();
    return "<span dir=\"auto\">" + esc(r.country().name()) + "</span>"
        + (code == null ? "" : " <span class=\"t\">(" + esc(code) + ")</span>");
  }
}
