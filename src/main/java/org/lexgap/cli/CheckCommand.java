package org.lexgap.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.lexgap.Lexgap;
import org.lexgap.analysis.GapReport;
import org.lexgap.analysis.Status;
import org.lexgap.checklist.Checklist;
import org.lexgap.checklist.ChecklistLoader;
import org.lexgap.config.Baseline;
import org.lexgap.config.BaselineComparison;
import org.lexgap.config.BaselineState;
import org.lexgap.config.ConfigException;
import org.lexgap.config.ProjectConfig;
import org.lexgap.config.WaiverResult;
import org.lexgap.config.Waivers;
import org.lexgap.report.AtomicOutput;
import org.lexgap.report.GithubRenderer;
import org.lexgap.report.RenderOptions;
import org.lexgap.report.Renderer;
import org.lexgap.report.Renderers;
import org.lexgap.report.SarifRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Check one country's statutes against a checklist and report every obligation as met, partial,"
          + " missing or not-assessable, with quoted evidence.",
      "Several files or folders in one run are one country's corpus. Settings not given on the command"
          + " line come from .lexgap.yaml (see docs/config.md)."
    },
    sortOptions = false)
public final class CheckCommand implements Callable<Integer> {

  /**
   * System property naming the directory lexgap treats as the working directory: where .lexgap.yaml is
   * looked for, what SARIF and GitHub paths are relative to, and what relative paths on the command line are
   * resolved against. Tests set it; the JVM cannot change its own working directory.
   */
  static final String CWD_PROPERTY = "lexgap.cwd";

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE|DIR", arity = "0..*",
      description = "Statutes (PDF, DOCX, HTML, text, Markdown, Akoma Ntoso XML) or folders of them"
          + " (default: documents in .lexgap.yaml).")
  List<Path> inputs = new ArrayList<>();

  @Option(names = "--config", paramLabel = "FILE",
      description = "Project configuration to use instead of the nearest .lexgap.yaml.")
  Path config;

  @Option(names = "--checklist", paramLabel = "NAME|FILE", defaultValue = ChecklistLoader.DEFAULT,
      description = "Embedded checklist name or a checklist file (default: ${DEFAULT-VALUE}).")
  String checklist;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
      completionCandidates = FormatNames.class,
      description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write the report to FILE (atomically) instead of standard output; '-' is standard output.")
  Path output;

  @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "never",
      description = "Exit with 1 when a finding is at or above LEVEL: missing, partial or never"
          + " (default: ${DEFAULT-VALUE}). With a baseline, only new gaps count.")
  String failOn;

  @Option(names = "--baseline", paramLabel = "FILE",
      description = "Compare with the gaps recorded in FILE: --fail-on then counts only new gaps.")
  Path baseline;

  @Option(names = "--write-baseline", paramLabel = "FILE",
      description = "Record this run's gaps (waived ones included) in FILE, atomically.")
  Path writeBaseline;

  @Option(names = "--strict-waivers",
      description = "Treat an expired or unmatched waiver as an error: exit 2 and write no report.")
  boolean strictWaivers;

  @Option(names = "--sarif-include-met",
      description = "SARIF: also list met (kind pass) and not-assessable (kind notApplicable) obligations.")
  boolean sarifIncludeMet;

  @Option(names = "--format-hint", paramLabel = "FMT",
      description = "Read inputs as this format instead of detecting it: pdf, docx, html, text, markdown, akn.")
  String formatHint;

  @Option(names = "--title", paramLabel = "TEXT", description = "What the report is about, e.g. a country.")
  String title;

  /** The format names of the renderer registry, for --help. */
  static final class FormatNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Renderers.names().iterator();
    }
  }

  @Override
  public Integer call() throws Exception {
    Path cwd = cwd();
    ProjectConfig cfg = config != null ? ProjectConfig.load(resolve(cwd, config)) : discover(cwd);
    String fmt = given("--format") || cfg == null || cfg.format() == null ? format : cfg.format();
    String level = given("--fail-on") || cfg == null || cfg.failOn() == null ? failOn : cfg.failOn();
    String checklistName =
        given("--checklist") || cfg == null || cfg.checklist() == null ? checklist : cfg.checklist();
    Path out = given("--output") ? resolve(cwd, output) : cfg == null ? null : cfg.output();
    if (out != null && out.toString().equals("-")) {
      out = null;
    }
    Path baselineFile = given("--baseline") ? resolve(cwd, baseline) : cfg == null ? null : cfg.baseline();
    List<Path> documents = new ArrayList<>();
    for (Path p : inputs) {
      documents.add(resolve(cwd, p));
    }
    if (documents.isEmpty() && cfg != null) {
      cfg.documents().forEach(d -> documents.add(portable(cwd, d)));
    }
    if (documents.isEmpty()) {
      throw new UsageException("no documents given (pass FILE|DIR or set documents in .lexgap.yaml)");
    }

    Renderer renderer = Renderers.byName(fmt).orElseThrow(() -> new UsageException(
        "unknown format '" + fmt + "' (use " + String.join(", ", Renderers.names()) + ")"));
    Status threshold = parseFailOn(level);
    Checklist cl = ChecklistLoader.load(checklistName);
    // The baseline file is read before the analysis so that a broken one fails fast. A baseline named only in
    // .lexgap.yaml that does not exist yet is skipped when this run writes it: that is how it is created.
    Baseline before = null;
    if (baselineFile != null
        && (given("--baseline") || writeBaseline == null || Files.exists(baselineFile))) {
      before = Baseline.read(baselineFile);
    }
    GapReport report;
    try (Progress progress = Progress.onStderr(spec.commandLine().getErr())) {
      report = Lexgap.check(documents, formatHint, cl, progress);
    }

    PrintWriter err = spec.commandLine().getErr();
    if (cfg != null && !cfg.waivers().isEmpty()) {
      WaiverResult waived = Waivers.apply(report, cfg.waivers(), Waivers.today(System.getenv()));
      report = waived.report();
      waived.expired().forEach(m -> err.println("lexgap: warning: " + m));
      waived.unmatched().forEach(m -> err.println("lexgap: warning: " + m));
      if (strictWaivers && !waived.clean()) {
        int n = waived.expired().size() + waived.unmatched().size();
        err.println("lexgap: --strict-waivers: " + n + (n == 1 ? " waiver does" : " waivers do")
            + " not apply; no report written");
        err.flush();
        return ExitCodes.USAGE;
      }
    }
    BaselineComparison comparison = null;
    if (before != null) {
      comparison = Baseline.compare(before, report);
      comparison.warnings().forEach(m -> err.println("lexgap: warning: " + m));
    }
    err.flush();

    if (renderer instanceof SarifRenderer) {
      renderer = new SarifRenderer(cwd, comparison);
    } else if (renderer instanceof GithubRenderer) {
      renderer = new GithubRenderer(cwd);
    }
    RenderOptions options = RenderOptions.defaults().withFailOn(threshold).withTitle(title)
        .withSarifIncludeMet(sarifIncludeMet).withColor(out == null && Terminal.colour(fmt));
    write(renderer, report, options, out);
    if (writeBaseline != null) {
      Path target = resolve(cwd, writeBaseline);
      try {
        Baseline.write(report, target);
      } catch (IOException e) {
        throw new UsageException("cannot write baseline " + target + ": " + e.getMessage());
      }
    }
    BaselineComparison cmp = comparison;
    boolean fails = threshold != null && report.findings().stream().anyMatch(
        f -> options.fails(f) && (cmp == null || cmp.state(f.obligation()) == BaselineState.NEW));
    return fails ? ExitCodes.GAPS : ExitCodes.OK;
  }

  private void write(Renderer renderer, GapReport report, RenderOptions options, Path target)
      throws IOException, UsageException {
    if (target != null) {
      try {
        AtomicOutput.write(target, renderer, report, options);
      } catch (IOException e) {
        throw new UsageException("cannot write " + target + ": " + e.getMessage());
      }
      return;
    }
    PrintWriter out = spec.commandLine().getOut();
    StringWriter buf = new StringWriter();
    renderer.render(report, options, buf);
    out.print(buf);
    out.flush();
  }

  /**
   * {@link ProjectConfig#discover}'s search, but the file is loaded by its {@link #portable} path so that
   * messages about it read {@code .lexgap.yaml:3:1: ...} rather than the absolute path.
   */
  static ProjectConfig discover(Path cwd) throws ConfigException {
    for (Path dir = cwd.normalize(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(ProjectConfig.FILE_NAME);
      if (Files.isRegularFile(candidate)) {
        return ProjectConfig.load(portable(cwd, candidate));
      }
    }
    return null;
  }

  /** Whether an option was typed on the command line (its default must then not override the config). */
  private boolean given(String option) {
    return spec.commandLine().getParseResult().hasMatchedOption(option);
  }

  /** The working directory: the {@value #CWD_PROPERTY} system property when set, else the process's. */
  static Path cwd() {
    String injected = System.getProperty(CWD_PROPERTY);
    return injected == null || injected.isBlank()
        ? Path.of("").toAbsolutePath() : Path.of(injected).toAbsolutePath().normalize();
  }

  /**
   * A command-line path against the working directory. Relative paths stay as typed when that is the
   * process's own directory, so reports show them as the user wrote them.
   */
  static Path resolve(Path cwd, Path p) {
    if (p.isAbsolute() || p.toString().equals("-") || cwd.equals(Path.of("").toAbsolutePath())) {
      return p;
    }
    return cwd.resolve(p);
  }

  /**
   * A document named in .lexgap.yaml (absolute) as reports should show it: relative to the working directory
   * when it lies inside it and that is the process's own directory (so the relative path can be read).
   */
  static Path portable(Path cwd, Path abs) {
    if (!abs.startsWith(cwd) || !cwd.equals(Path.of("").toAbsolutePath())) {
      return abs;
    }
    Path rel = cwd.relativize(abs);
    return rel.toString().isEmpty() ? Path.of(".") : rel;
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
