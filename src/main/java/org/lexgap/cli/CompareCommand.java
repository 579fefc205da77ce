package org.lexgap.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.lexgap.checklist.Checklist;
import org.lexgap.checklist.ChecklistLoader;
import org.lexgap.compare.Compare;
import org.lexgap.compare.CompareRenderer;
import org.lexgap.compare.Comparison;
import org.lexgap.compare.Country;
import org.lexgap.compare.Manifest;
import org.lexgap.compare.ManifestError;
import org.lexgap.compare.ManifestException;
import org.lexgap.read.ReadException;
import org.lexgap.report.AtomicOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Check several countries' statutes against one checklist and put them side by side: a heat map of"
          + " articles by country, coverage per country, and the obligations most countries miss.",
      "Each DIR is one country (named after the folder); a MANIFEST (.yaml) lists countries and their"
          + " documents (docs/compare.md)."
    },
    sortOptions = false)
public final class CompareCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "DIR|MANIFEST", arity = "1..*",
      description = "A folder of one country's statutes, or a manifest (.yaml/.yml) of countries.")
  List<Path> inputs;

  @Option(names = "--checklist", paramLabel = "NAME|FILE", defaultValue = ChecklistLoader.DEFAULT,
      description = "Embedded checklist name or a checklist file (default: ${DEFAULT-VALUE}).")
  String checklist;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "html",
      description = "Output format: html, csv, json (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write the comparison to FILE (atomically) instead of standard output.")
  Path output;

  @Option(names = "--format-hint", paramLabel = "FMT",
      description = "Read documents as this format instead of detecting it: pdf, docx, html, text, markdown, akn.")
  String formatHint;

  @Option(names = "--title", paramLabel = "TEXT", description = "What is compared, e.g. a region.")
  String title;

  @Override
  public Integer call() throws Exception {
    CompareRenderer renderer = CompareRenderer.byName(format).orElseThrow(() -> new UsageException(
        "unknown format '" + format + "' for compare (use " + String.join(", ", CompareRenderer.names()) + ")"));
    PrintWriter err = spec.commandLine().getErr();
    List<Country> countries = new ArrayList<>();
    List<ManifestError> manifestErrors = new ArrayList<>();
    for (Path in : inputs) {
      if (Manifest.isManifest(in) && !Files.isDirectory(in)) {
        try {
          countries.addAll(Manifest.load(in));
        } catch (ManifestException e) {
          manifestErrors.addAll(e.errors());
        }
      } else if (Files.isDirectory(in)) {
        Path name = in.toAbsolutePath().normalize().getFileName();
        String display = in.toString().replace('\\', '/');
        if (name == null) {
          throw new UsageException(display + ": a country folder needs a name (it is the country's name)");
        }
        countries.add(new Country(name.toString(), null, List.of(in), display));
      } else if (Files.exists(in)) {
        throw new UsageException(in + ": not a folder or a manifest (.yaml); compare takes one folder per"
            + " country, or manifests");
      } else {
        throw new ReadException(in.toString().replace('\\', '/') + ": no such folder or manifest");
      }
    }
    if (!manifestErrors.isEmpty()) {
      for (ManifestError e : manifestErrors) {
        err.println(e);
      }
      err.flush();
      return ExitCodes.USAGE;
    }
    Optional<String> clash = Compare.nameClash(countries);
    if (clash.isPresent()) {
      throw new UsageException(clash.get());
    }
    Checklist cl = ChecklistLoader.load(checklist);
    Comparison comparison;
    try (Progress progress = Progress.onStderr(err)) {
      comparison = Compare.run(countries, cl, formatHint, progress);
    }
    if (output != null) {
      AtomicOutput.write(output, w -> renderer.render(comparison, title, w));
    } else {
      StringWriter buf = new StringWriter();
      renderer.render(comparison, title, buf);
      PrintWriter out = spec.commandLine().getOut();
      out.print(buf);
      out.flush();
    }
    return ExitCodes.OK;
  }
}
