package org.lexgap.eval;

import java.util.List;
import java.util.Locale;
import org.lexgap.eval.Evaluator.Evaluation;

/**
 * The human-readable evaluation report. The last four lines are always the totals (CI hooks print
 * {@code tail -n 4}): the headline figures, addressed P/R/F1, the comparison with the grep baseline, and the
 * minimums verdict.
 */
public final class EvalText {

  static final int MAX_EVIDENCE = 5;

  private EvalText() {}

  public static String render(Evaluation ev, boolean baselineOnly, List<Minimums.Check> checks) {
    EvalResult r = baselineOnly ? ev.grep() : ev.lexgap();
    String who = baselineOnly ? "grep baseline" : "lexgap";
    StringBuilder sb = new StringBuilder();
    for (StatuteResult s : r.statutes()) {
      GoldFile g = s.gold();
      sb.append("== ").append(g.displayPath()).append(" (").append(g.country()).append(") ").append(g.title())
          .append('\n');
      sb.append("documents: ").append(String.join(", ", g.documentNames())).append('\n');
      figures(sb, s.score(), who);
      disagreements(sb, s.disagreements(), who);
      sb.append('\n');
    }
    Score t = r.total();
    sb.append("== total, ").append(who).append(" (").append(t.statutes()).append(" statutes)\n");
    figures(sb, t, who);
    sb.append('\n');
    sb.append(String.format(Locale.ROOT,
        "TOTAL macro-F1 %.3f  accuracy %.3f  provision-F1 %.3f (n=%d articles, %d statutes%s)%n",
        t.macroF1(), t.accuracy(), t.provisions().f1(), t.articles(), t.statutes(),
        baselineOnly ? ", grep baseline" : ""));
    sb.append(String.format(Locale.ROOT, "TOTAL addressed P %.3f R %.3f F1 %.3f%n",
        t.addressed().precision(), t.addressed().recall(), t.addressed().f1()));
    Score b = ev.grep().total();
    if (baselineOnly) {
      sb.append(String.format(Locale.ROOT,
          "grep baseline: macro-F1 %.3f  accuracy %.3f  provision-F1 %.3f (scored instead of lexgap)%n",
          b.macroF1(), b.accuracy(), b.provisions().f1()));
    } else {
      sb.append(String.format(Locale.ROOT,
          "lexgap vs grep baseline: macro-F1 %.3f vs %.3f, accuracy %.3f vs %.3f, provision-F1 %.3f vs %.3f%n",
          t.macroF1(), b.macroF1(), t.accuracy(), b.accuracy(), t.provisions().f1(), b.provisions().f1()));
    }
    sb.append(minimumsLine(checks)).append('\n');
    return sb.toString();
  }

  static String minimumsLine(List<Minimums.Check> checks) {
    if (checks.isEmpty()) {
      return "minimums: none set";
    }
    StringBuilder sb = new StringBuilder("minimums:");
    String sep = " ";
    for (Minimums.Check c : checks) {
      sb.append(sep).append(String.format(Locale.ROOT, "%s %.3f >= %s %s", c.figure(), c.actual(),
          plain(c.minimum()), c.ok() ? "ok" : "FAILED"));
      sep = ", ";
    }
    return sb.toString();
  }

  static String plain(double d) {
    return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
  }

  private static void figures(StringBuilder sb, Score s, String who) {
    Prf a = s.addressed();
    Prf m = s.confusion().missing();
    Prf p = s.provisions();
    sb.append(String.format(Locale.ROOT, "articles %d  macro-F1 %.3f  accuracy %.3f (%d/%d)%n",
        s.articles(), s.macroF1(), s.accuracy(), s.confusion().agreeing(), s.articles()));
    sb.append(String.format(Locale.ROOT, "addressed   P %.3f  R %.3f  F1 %.3f  (TP %d FP %d FN %d)%n",
        a.precision(), a.recall(), a.f1(), a.tp(), a.fp(), a.fn()));
    sb.append(String.format(Locale.ROOT, "missing     P %.3f  R %.3f  F1 %.3f  (TP %d FP %d FN %d)%n",
        m.precision(), m.recall(), m.f1(), m.tp(), m.fp(), m.fn()));
    sb.append(String.format(Locale.ROOT, "provisions  P %.3f  R %.3f  F1 %.3f  (TP %d FP %d FN %d)%n",
        p.precision(), p.recall(), p.f1(), p.tp(), p.fp(), p.fn()));
    sb.append("confusion (rows gold, columns ").append(who).append("):\n");
    sb.append(String.format(Locale.ROOT, "  %-9s %7s %7s %7s%n", "", "met", "partial", "missing"));
    for (ArticleStatus g : ArticleStatus.values()) {
      sb.append(String.format(Locale.ROOT, "  %-9s %7d %7d %7d%n", g.id(),
          s.confusion().count(g, ArticleStatus.MET), s.confusion().count(g, ArticleStatus.PARTIAL),
          s.confusion().count(g, ArticleStatus.MISSING)));
    }
  }

  private static void disagreements(StringBuilder sb, List<Disagreement> ds, String who) {
    sb.append("disagreements: ").append(ds.size()).append('\n');
    for (Disagreement d : ds) {
      sb.append("  Art ").append(d.article()).append(": gold ").append(d.goldStatus().id()).append(' ')
          .append(d.goldProvisions()).append(", ").append(who).append(' ').append(d.predictedStatus().id())
          .append(' ').append(d.predictedProvisions()).append('\n');
      if (d.goldNote() != null) {
        sb.append("    gold note: ").append(d.goldNote().replaceAll("\\s+", " ")).append('\n');
      }
      if (d.support().isEmpty()) {
        sb.append("    (nothing found for this article)\n");
      }
      for (Support s : d.support()) {
        sb.append("    ").append(s.source()).append(' ').append(s.status());
        if (!s.missingElements().isEmpty()) {
          sb.append("; missing elements: ").append(String.join(", ", s.missingElements()));
        }
        sb.append('\n');
        List<EvidenceRef> ev = s.evidence();
        for (int i = 0; i < Math.min(ev.size(), MAX_EVIDENCE); i++) {
          sb.append("      ").append(ev.get(i).provision()).append(": \"").append(ev.get(i).quote())
              .append("\"\n");
        }
        if (ev.size() > MAX_EVIDENCE) {
          sb.append("      (+").append(ev.size() - MAX_EVIDENCE).append(" more)\n");
        }
      }
    }
  }
}
