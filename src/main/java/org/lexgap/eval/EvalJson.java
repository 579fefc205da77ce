package org.lexgap.eval;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.lexgap.eval.Evaluator.Evaluation;

/** The machine-readable evaluation: every figure, the confusion tables and the disagreements. Deterministic. */
public final class EvalJson {

  /** Version of this JSON format; bump on incompatible change. */
  public static final String FORMAT_VERSION = "1.0";

  private EvalJson() {}

  public static String render(Evaluation ev, boolean baselineOnly, List<Minimums.Check> checks) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
      DefaultPrettyPrinter pp = new DefaultPrettyPrinter();
      pp.indentArraysWith(new DefaultIndenter("  ", "\n"));
      pp.indentObjectsWith(new DefaultIndenter("  ", "\n"));
      g.setPrettyPrinter(pp);
      EvalResult r = baselineOnly ? ev.grep() : ev.lexgap();
      g.writeStartObject();
      g.writeStringField("formatVersion", FORMAT_VERSION);
      g.writeStringField("scored", r.scored());
      g.writeArrayFieldStart("statutes");
      for (StatuteResult s : r.statutes()) {
        g.writeStartObject();
        gold(g, s.gold());
        g.writeFieldName("figures");
        figures(g, s.score());
        g.writeArrayFieldStart("disagreements");
        for (Disagreement d : s.disagreements()) {
          disagreement(g, d);
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeFieldName("total");
      figures(g, r.total());
      if (!baselineOnly) {
        g.writeObjectFieldStart("baseline");
        g.writeStringField("name", ev.grep().scored());
        g.writeArrayFieldStart("statutes");
        for (StatuteResult s : ev.grep().statutes()) {
          g.writeStartObject();
          g.writeStringField("gold", s.gold().displayPath());
          g.writeFieldName("figures");
          figures(g, s.score());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeFieldName("total");
        figures(g, ev.grep().total());
        g.writeEndObject();
      }
      g.writeArrayFieldStart("minimums");
      for (Minimums.Check c : checks) {
        g.writeStartObject();
        g.writeStringField("figure", c.figure());
        g.writeStringField("option", c.option());
        g.writeNumberField("minimum", c.minimum());
        g.writeNumberField("actual", round(c.actual()));
        g.writeBooleanField("ok", c.ok());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("warnings");
      for (String s : ev.warnings()) {
        g.writeString(s);
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return w + "\n";
  }

  private static void gold(JsonGenerator g, GoldFile f) throws IOException {
    g.writeStringField("gold", f.displayPath());
    g.writeStringField("country", f.country());
    g.writeStringField("title", f.title());
    g.writeStringField("treaty", f.treaty());
    strings(g, "documents", f.documentNames());
  }

  private static void figures(JsonGenerator g, Score s) throws IOException {
    g.writeStartObject();
    g.writeNumberField("statutes", s.statutes());
    g.writeNumberField("articles", s.articles());
    g.writeNumberField("macroF1", round(s.macroF1()));
    g.writeNumberField("accuracy", round(s.accuracy()));
    prf(g, "addressed", s.addressed());
    prf(g, "missing", s.confusion().missing());
    prf(g, "provisions", s.provisions());
    g.writeObjectFieldStart("confusion");
    for (ArticleStatus gold : ArticleStatus.values()) {
      g.writeObjectFieldStart(gold.id());
      for (ArticleStatus p : ArticleStatus.values()) {
        g.writeNumberField(p.id(), s.confusion().count(gold, p));
      }
      g.writeEndObject();
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void prf(JsonGenerator g, String name, Prf p) throws IOException {
    g.writeObjectFieldStart(name);
    g.writeNumberField("tp", p.tp());
    g.writeNumberField("fp", p.fp());
    g.writeNumberField("fn", p.fn());
    g.writeNumberField("precision", round(p.precision()));
    g.writeNumberField("recall", round(p.recall()));
    g.writeNumberField("f1", round(p.f1()));
    g.writeEndObject();
  }

  private static void disagreement(JsonGenerator g, Disagreement d) throws IOException {
    g.writeStartObject();
    g.writeStringField("article", d.article());
    g.writeObjectFieldStart("gold");
    g.writeStringField("status", d.goldStatus().id());
    strings(g, "provisions", d.goldProvisions());
    if (d.goldNote() != null) {
      g.writeStringField("note", d.goldNote());
    }
    g.writeEndObject();
    g.writeObjectFieldStart("predicted");
    g.writeStringField("status", d.predictedStatus().id());
    strings(g, "provisions", d.predictedProvisions());
    g.writeArrayFieldStart("support");
    for (Support s : d.support()) {
      g.writeStartObject();
      g.writeStringField("source", s.source());
      g.writeStringField("status", s.status());
      strings(g, "missingElements", s.missingElements());
      g.writeArrayFieldStart("evidence");
      for (EvidenceRef e : s.evidence()) {
        g.writeStartObject();
        g.writeStringField("provision", e.provision());
        g.writeStringField("quote", e.quote());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
    g.writeArrayFieldStart(name);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  static double round(double d) {
    return Math.round(d * 10000) / 10000.0;
  }
}
