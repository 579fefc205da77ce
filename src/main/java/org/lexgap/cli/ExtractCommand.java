package org.lexgap.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.lexgap.read.ReadException;
import org.lexgap.structure.ExtractWriter;
import org.lexgap.structure.Inputs;
import org.lexgap.structure.StructuredDocument;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Show how lexgap reads statutes: the Parts, sections/articles and subdivisions it finds, the terms",
      "the statutes define, and any text that could not be extracted. Use it to check a statute before",
      "running 'check' on it."
    })
public final class ExtractCommand implements Callable<Integer> {

  /** Output formats of {@code extract}. */
  enum Format { text, json }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE",
      description = "Statute files (PDF, DOCX, HTML, text, Markdown, Akoma Ntoso XML) or folders of them.")
  List<Path> files;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--format-hint", paramLabel = "FMT",
      description = "Read every input as this format (pdf, docx, html, text, markdown, akn) instead of"
          + " detecting it.")
  String formatHint;

  @Override
  public Integer call() throws ReadException {
    List<StructuredDocument> docs = Inputs.load(files, formatHint);
    PrintWriter out = spec.commandLine().getOut();
    out.print(format == Format.json ? ExtractWriter.json(docs) : ExtractWriter.text(docs));
    out.flush();
    return ExitCodes.OK;
  }
}
