package org.lexgap.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.lexgap.Lexgap;
import org.lexgap.analysis.Finding;
import org.lexgap.analysis.GapReport;
import org.lexgap.analysis.Status;
import org.lexgap.checklist.Checklist;
import org.lexgap.checklist.ChecklistLoader;
import org.lexgap.report.AtomicOutput;
import org.lexgap.report.RenderOptions;
import org.lexgap.report.Renderer;
import org.lexgap.report.Renderers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
    name = "check",
    description = {
      "Check one country's statutes against a checklist and report every obligation as met, partial,"
          + " missing or not-assessable, with quoted evidence.",
      "Several files or folders in one run are one country's corpus."
    },
    sortOptions = false)
public final class CheckCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE|DIR", arity = "1..*",
      description = "Statutes (PDF, DOCX, HTML, text, Markdown, Akoma Ntoso XML) or folders of them.")
  List<Path> inputs;

  @Option(names = "--checklist", paramLabel = "NAME|FILE", defaultValue = ChecklistLoader.DEFAULT,
      description = "Embedded checklist name or a checklist file (default: ${DEFAULT-VALUE}).")
  String checklist;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
      description = "Report format: text, md, json, csv, html (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write the report to FILE (atomically) instead of standard output.")
  Path output;

  @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "never",
      description = "Exit with 1 when a finding is at or above LEVEL: missing, partial or never"
          + " (default: ${DEFAULT-VALUE}).")
  String failOn;

  @Option(names = "--format-hint", paramLabel = "FMT",
      description = "Read inputs as this format instead of detecting it: pdf, docx, html, text, markdown, akn.")
  String formatHint;

  @Option(names = "--title", paramLabel = "TEXT", description = "What the report is about, e.g. a country.")
  String title;

  @Override
  public Integer call() throws Exception {
    Renderer renderer = Renderers.byName(format).orElseThrow(() -> new UsageException(
        "unknown format '" + format + "' (use " + String.join(", ", Renderers.names()) + ")"));
    Status threshold = parseFailOn(failOn);
    Checklist cl = ChecklistLoader.load(checklist);
    GapReport report;
    try (Progress progress = Progress.onStderr(spec.commandLine().getErr())) {
      report = Lexgap.check(inputs, formatHint, cl, progress);
    }
    RenderOptions options = RenderOptions.defaults().withFailOn(threshold).withTitle(title)
        .withColor(output == null && Terminal.colour(format));
    write(renderer, report, options);
    boolean fails = threshold != null && report.findings().stream().anyMatch(options::fails);
    return fails ? ExitCodes.GAPS : ExitCodes.OK;
  }

  private void write(Renderer renderer, GapReport report, RenderOptions options) throws IOException {
    if (output != null) {
      AtomicOutput.write(output, renderer, report, options);
      return;
    }
    PrintWriter out = spec.commandLine().getOut();
    StringWriter buf = new StringWriter();
    renderer.render(report, options, buf);
    out.print(buf);
    out.flush();
  }

  static Status parseFailOn(String s) throws UsageException {
    switch (s.toLowerCase(Locale.ROOT)) {
      case "never":
        return null;
      case "missing":
        return Status.MISSING;
      case "partial":
        return Status.PARTIAL;
      default:
        throw new UsageException("invalid --fail-on '" + s + "' (use missing, partial or never)");
    }
  }
}
