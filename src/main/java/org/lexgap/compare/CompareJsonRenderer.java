package org.lexgap.compare;

import static org.lexgap.report.JsonOutput.round;
import static org.lexgap.report.JsonOutput.str;
import static org.lexgap.report.JsonOutput.strings;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.lexgap.analysis.DocumentSummary;
import org.lexgap.analysis.Summary;
import org.lexgap.report.JsonOutput;
import org.lexgap.report.ReportSupport;

/**
 * The comparison for tools, documented in docs/compare.md. Like the report's JSON: keys in a fixed order, null
 * values omitted (empty lists kept), coverage rounded to 4 decimals, two-space indentation, LF line ends and a
 * final newline; written with the streaming generator so the order is explicit here.
 */
public final class CompareJsonRenderer implements CompareRenderer {

  @Override
  public String format() {
    return "json";
  }

  @Override
  public void render(Comparison c, String title, Writer out) throws IOException {
    try (JsonGenerator g = JsonOutput.generator(out)) {
      g.writeStartObject();
      g.writeStringField("formatVersion", Comparison.FORMAT_VERSION);
      str(g, "title", title == null || title.isBlank() ? null : ReportSupport.oneLine(title));
      JsonOutput.checklist(g, c.checklist());
      g.writeArrayFieldStart("countries");
      for (int i = 0; i < c.countries().size(); i++) {
        country(g, c, i);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("articles");
      for (Comparison.ArticleRow row : c.articles()) {
        article(g, c, row);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("commonGaps");
      List<Integer> ranks = c.ranks();
      for (int i = 0; i < c.commonGaps().size(); i++) {
        gap(g, c.commonGaps().get(i), ranks.get(i));
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    out.write('\n');
  }

  private static void country(JsonGenerator g, Comparison c, int index) throws IOException {
    Comparison.CountryResult r = c.countries().get(index);
    g.writeStartObject();
    str(g, "name", r.country().name());
    str(g, "code", r.country().code());
    g.writeArrayFieldStart("documents");
    for (DocumentSummary d : r.report().documents()) {
      JsonOutput.document(g, d);
    }
    g.writeEndArray();
    Summary s = r.report().summary();
    g.writeObjectFieldStart("summary");
    g.writeNumberField("obligations", s.obligations());
    g.writeNumberField("met", s.met());
    g.writeNumberField("partial", s.partial());
    g.writeNumberField("missing", s.missing());
    g.writeNumberField("notAssessable", s.notAssessable());
    g.writeNumberField("waived", s.waived());
    Double cov = Text.coverage(s);
    if (cov != null) {
      g.writeNumberField("coverage", round(cov, 4));
    }
    g.writeEndObject();
    Comparison.ArticleCounts counts = c.articleCounts(index);
    g.writeObjectFieldStart("articles");
    g.writeNumberField("met", counts.met());
    g.writeNumberField("partial", counts.partial());
    g.writeNumberField("missing", counts.missing());
    g.writeNumberField("notAssessable", counts.notAssessable());
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void article(JsonGenerator g, Comparison c, Comparison.ArticleRow row) throws IOException {
    g.writeStartObject();
    str(g, "article", row.article());
    str(g, "chapter", row.chapter());
    g.writeArrayFieldStart("obligations");
    for (Comparison.ObligationRef o : row.obligations()) {
      g.writeStartObject();
      str(g, "id", o.id());
      str(g, "paragraph", o.paragraph());
      str(g, "title", o.title());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("cells");
    for (int i = 0; i < row.cells().size(); i++) {
      Comparison.Cell cell = row.cells().get(i);
      g.writeStartObject();
      str(g, "country", c.countries().get(i).country().name());
      str(g, "status", cell.status().id());
      strings(g, "provisions", cell.provisions());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void gap(JsonGenerator g, Comparison.CommonGap gap, int rank) throws IOException {
    g.writeStartObject();
    g.writeNumberField("rank", rank);
    str(g, "obligation", gap.obligation());
    str(g, "article", gap.article());
    str(g, "paragraph", gap.paragraph());
    str(g, "title", gap.title());
    str(g, "chapter", gap.chapter());
    strings(g, "missingIn", gap.missingIn());
    strings(g, "partialIn", gap.partialIn());
    strings(g, "metIn", gap.metIn());
    strings(g, "notAssessableIn", gap.notAssessableIn());
    g.writeEndObject();
  }
}
