package org.lexgap.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lexgap.Lexgap;
import org.lexgap.checklist.Checklist;
import org.lexgap.checklist.ChecklistException;
import org.lexgap.checklist.Obligation;
import org.lexgap.read.ReadException;
import org.lexgap.structure.StructuredDocument;

/** Runs lexgap and the grep baseline on every gold file's documents and scores both. No printing. */
public final class Evaluator {

  /** Where checklists come from (the checklist loader in production, a fixed checklist in tests). */
  @FunctionalInterface
  public interface ChecklistSource {
    Checklist load(String nameOrPath) throws ChecklistException;
  }

  /**
   * @param lexgap lexgap's scores, null when only the baseline was run
   * @param grep the grep baseline's scores
   * @param warnings notes worth showing the user (e.g. a judged article the checklist has no obligation
   *     for), each once, in gold-file and article order
   */
  public record Evaluation(EvalResult lexgap, EvalResult grep, List<String> warnings) {
    public Evaluation {
      warnings = List.copyOf(warnings);
    }
  }

  private Evaluator() {}

  /**
   * @param checklist the checklist name or file to check every statute against; null: each gold file's
   *     {@code treaty}
   * @param runLexgap false to score only the grep baseline (no checklist needed)
   */
  public static Evaluation run(List<GoldFile> golds, String checklist, ChecklistSource source,
      boolean runLexgap) throws ReadException, ChecklistException {
    Map<String, Checklist> checklists = new LinkedHashMap<>();
    // in gold-file and article order, each once
    Set<String> warnings = new LinkedHashSet<>();
    List<Map<String, ArticlePrediction>> lexgap = new ArrayList<>();
    List<Map<String, ArticlePrediction>> grep = new ArrayList<>();
    for (GoldFile g : golds) {
      List<StructuredDocument> docs = Lexgap.load(g.documents(), null);
      grep.add(GrepBaseline.predict(docs));
      if (!runLexgap) {
        continue;
      }
      String name = checklist != null ? checklist : g.treaty();
      Checklist cl = checklists.get(name);
      if (cl == null) {
        cl = source.load(name);
        checklists.put(name, cl);
      }
      if (!cl.id().equals(g.treaty())) {
        warnings.add(g.displayPath() + ": judged against '" + g.treaty() + "' but checked with checklist '"
            + cl.id() + "'");
      }
      Set<String> articles = new HashSet<>();
      for (Obligation o : cl.obligations()) {
        articles.add(o.article());
      }
      for (GoldEntry e : g.articles()) {
        if (!articles.contains(e.article())) {
          warnings.add(g.displayPath() + ": article " + e.article() + " has no obligation in checklist '"
              + cl.id() + "' (scored as missing)");
        }
      }
      lexgap.add(Predictions.fromFindings(Lexgap.check(docs, cl).findings()));
    }
    return new Evaluation(runLexgap ? Scorer.scoreAll("lexgap", golds, lexgap) : null,
        Scorer.scoreAll(GrepBaseline.NAME, golds, grep), new ArrayList<>(warnings));
  }
}
