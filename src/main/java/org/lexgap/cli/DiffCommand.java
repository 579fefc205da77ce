package org.lexgap.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.lexgap.Lexgap;
import org.lexgap.analysis.GapReport;
import org.lexgap.checklist.Checklist;
import org.lexgap.checklist.ChecklistException;
import org.lexgap.checklist.ChecklistLoader;
import org.lexgap.diff.DiffRenderer;
import org.lexgap.diff.DiffResult;
import org.lexgap.diff.ReportDiff;
import org.lexgap.read.ReadException;
import org.lexgap.report.AtomicOutput;
import org.lexgap.report.JsonReportReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code lexgap diff OLD NEW}: what changed between two drafts of a bill. Each side is checked against the
 * same checklist (or read from a saved JSON report), then compared obligation by obligation. Exits 1 when
 * any obligation regressed, so CI can refuse a draft that makes things worse.
 */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Compare two versions of a bill: which obligations improved, regressed or changed evidence.",
      "OLD and NEW are each a statute file, a folder of statutes, or a JSON report written by"
          + " 'lexgap check --format json'."
    },
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  no obligation regressed",
      "  1  at least one obligation regressed (met -> partial/missing, partial -> missing)",
      "  2  usage error, or an invalid checklist",
      "  3  OLD or NEW could not be read"
    })
public final class DiffCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "OLD", description = "The earlier version: file, folder or JSON report.")
  Path oldInput;

  @Parameters(index = "1", paramLabel = "NEW", description = "The later version: file, folder or JSON report.")
  Path newInput;

  @Option(names = {"-c", "--checklist"}, paramLabel = "NAME|FILE",
      description = "Checklist to check both versions against (default: ${DEFAULT-VALUE}).")
  String checklist = ChecklistLoader.DEFAULT;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
      description = "Output format: text, md or json (default: ${DEFAULT-VALUE}).")
  String format = "text";

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write the diff to FILE (all or nothing) instead of standard output.")
  Path output;

  @Option(names = "--format-hint", paramLabel = "FMT",
      description = "Read both inputs as this document format instead of detecting it (e.g. txt, md, pdf).")
  String formatHint;

  @Override
  public Integer call() throws UsageException, ReadException, ChecklistException {
    String fmt = format.toLowerCase(Locale.ROOT);
    if (!DiffRenderer.FORMATS.contains(fmt)) {
      throw new UsageException("unknown diff format '" + format + "' (use " + String.join(", ",
          DiffRenderer.FORMATS) + ")");
    }
    Checklist cl = null;
    if (!isJsonReport(oldInput) || !isJsonReport(newInput)) {
      cl = ChecklistLoader.load(checklist);
    }
    GapReport before = report(oldInput, cl);
    GapReport after = report(newInput, cl);
    DiffResult d = ReportDiff.compare(before, after);
    if (!before.checklist().id().equals(after.checklist().id())) {
      spec.commandLine().getErr().println("lexgap: warning: OLD uses checklist " + before.checklist().id()
          + " and NEW uses " + after.checklist().id() + "; obligations are compared by id");
    }
    if (output != null) {
      try {
        AtomicOutput.write(output, w -> DiffRenderer.render(d, fmt, w));
      } catch (IOException e) {
        throw new UsageException("cannot write " + output + ": " + e.getMessage());
      }
    } else {
      StringWriter sw = new StringWriter();
      try {
        DiffRenderer.render(d, fmt, sw);
      } catch (IOException e) {
        throw new IllegalStateException("writing to a string cannot fail", e);
      }
      PrintWriter out = spec.commandLine().getOut();
      out.print(sw);
      out.flush();
    }
    return d.hasRegression() ? ExitCodes.GAPS : ExitCodes.OK;
  }

  private GapReport report(Path input, Checklist cl) throws ReadException {
    if (isJsonReport(input)) {
      try {
        return JsonReportReader.read(input).toGapReport();
      } catch (IOException e) {
        String m = e.getMessage();
        throw new ReadException(m != null && m.startsWith(input.toString()) ? m : input + ": " + m, e);
      }
    }
    return Lexgap.check(Lexgap.load(List.of(input), formatHint), cl);
  }

  /** Statutes are never JSON, so a .json file is a saved report. */
  static boolean isJsonReport(Path p) {
    return Files.isRegularFile(p) && p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
  }
}
