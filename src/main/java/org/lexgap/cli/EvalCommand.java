package org.lexgap.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.lexgap.checklist.ChecklistLoader;
import org.lexgap.eval.EvalJson;
import org.lexgap.eval.EvalResult;
import org.lexgap.eval.EvalText;
import org.lexgap.eval.Evaluator;
import org.lexgap.eval.GoldError;
import org.lexgap.eval.GoldException;
import org.lexgap.eval.GoldFile;
import org.lexgap.eval.GoldParser;
import org.lexgap.eval.Minimums;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "eval",
    sortOptions = false,
    description = {
      "Score lexgap against expert gold files (see docs/eval.md): per statute and in total, addressed",
      "precision/recall/F1, macro-F1, 3-class status accuracy, provision precision/recall/F1, a confusion",
      "table and every disagreement, compared with a keyword-search (grep) baseline.",
      "The last 4 lines of text output are the totals."
    })
public final class EvalCommand implements Callable<Integer> {

  enum Format { text, json }

  enum Baseline { grep }

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "GOLD.yaml", arity = "1..*", description = "Gold files (*.gold.yaml).")
  List<Path> gold;

  @Option(names = "--checklist", paramLabel = "NAME|FILE",
      description = "Checklist to check with (default: each gold file's treaty).")
  String checklist;

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--min-f1", paramLabel = "X", description = "Exit 1 when the total macro-F1 is below X.")
  Double minF1;

  @Option(names = "--min-provision-f1", paramLabel = "Y",
      description = "Exit 1 when the total provision F1 is below Y.")
  Double minProvisionF1;

  @Option(names = "--min-accuracy", paramLabel = "Z",
      description = "Exit 1 when the total 3-class status accuracy is below Z.")
  Double minAccuracy;

  @Option(names = "--baseline", paramLabel = "grep",
      description = "Score the keyword-search baseline instead of lexgap (needs no checklist).")
  Baseline baseline;

  @Override
  public Integer call() throws Exception {
    checkMinimum("--min-f1", minF1);
    checkMinimum("--min-provision-f1", minProvisionF1);
    checkMinimum("--min-accuracy", minAccuracy);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<GoldFile> golds;
    try {
      golds = GoldParser.parseAll(gold);
    } catch (GoldException e) {
      for (GoldError g : e.errors()) {
        err.println(g);
      }
      err.flush();
      return ExitCodes.USAGE;
    }
    boolean baselineOnly = baseline != null;
    Evaluator.Evaluation ev = Evaluator.run(golds, checklist, ChecklistLoader::load, !baselineOnly);
    for (String w : ev.warnings()) {
      err.println("lexgap: warning: " + w);
    }
    EvalResult scored = baselineOnly ? ev.grep() : ev.lexgap();
    List<Minimums.Check> checks = new Minimums(minF1, minProvisionF1, minAccuracy).check(scored.total());
    out.print(format == Format.json ? EvalJson.render(ev, baselineOnly, checks)
        : EvalText.render(ev, baselineOnly, checks));
    out.flush();
    boolean failed = false;
    for (Minimums.Check c : checks) {
      if (!c.ok()) {
        failed = true;
        err.println(String.format(Locale.ROOT, "lexgap: total %s %.4f is below %s %s", c.figure(), c.actual(),
            c.option(), java.math.BigDecimal.valueOf(c.minimum()).stripTrailingZeros().toPlainString()));
      }
    }
    err.flush();
    return failed ? ExitCodes.GAPS : ExitCodes.OK;
  }

  private static void checkMinimum(String option, Double value) throws UsageException {
    if (value != null && (value.isNaN() || value.isInfinite() || value < 0)) {
      throw new UsageException(option + " must be a number of at least 0, got " + value);
    }
  }
}
