package org.lexgap;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.lexgap.analysis.Analyzer;
import org.lexgap.analysis.GapReport;
import org.lexgap.checklist.Checklist;
import org.lexgap.read.ReadException;
import org.lexgap.structure.Inputs;
import org.lexgap.structure.StructuredDocument;

/**
 * The library facade: everything the command line does, without printing or exiting. Stages: read and
 * structure ({@link #load}), then analyse against a checklist ({@link #check}).
 */
public final class Lexgap {

  private Lexgap() {}

  /** Reads files and folders (expanded to the statutes inside) into structured documents. */
  public static List<StructuredDocument> load(List<Path> inputs, String formatHint) throws ReadException {
    return load(inputs, formatHint, ProgressListener.NONE);
  }

  /** {@link #load(List, String)}, telling {@code progress} about each document as it is read. */
  public static List<StructuredDocument> load(List<Path> inputs, String formatHint, ProgressListener progress)
      throws ReadException {
    // Expand first so progress can say "n of N"; each file then goes through the same Inputs.load path.
    List<Path> files = new ArrayList<>();
    for (Path input : inputs) {
      files.addAll(Inputs.expand(input));
    }
    List<StructuredDocument> out = new ArrayList<>(files.size());
    for (int i = 0; i < files.size(); i++) {
      progress.documentStarted(i + 1, files.size(), files.get(i).toString().replace('\\', '/'));
      List<StructuredDocument> one = Inputs.load(List.of(files.get(i)), formatHint);
      out.addAll(one);
      for (StructuredDocument d : one) {
        progress.documentRead(i + 1, files.size(), d.path(), d.pages());
      }
    }
    return out;
  }

  /** Checks one country's documents (one corpus) against a checklist. */
  public static GapReport check(List<StructuredDocument> documents, Checklist checklist) {
    return check(documents, checklist, ProgressListener.NONE);
  }

  /** {@link #check(List, Checklist)}, telling {@code progress} when the analysis starts and ends. */
  public static GapReport check(List<StructuredDocument> documents, Checklist checklist,
      ProgressListener progress) {
    progress.analysisStarted(checklist.obligations().size(), documents.size());
    GapReport report = new Analyzer(checklist).analyse(documents);
    progress.analysisFinished(report.findings().size());
    return report;
  }

  /** Convenience: load then check. */
  public static GapReport check(List<Path> inputs, String formatHint, Checklist checklist)
      throws ReadException {
    return check(inputs, formatHint, checklist, ProgressListener.NONE);
  }

  /** Convenience: load then check, reporting progress. */
  public static GapReport check(List<Path> inputs, String formatHint, Checklist checklist,
      ProgressListener progress) throws ReadException {
    return check(load(inputs, formatHint, progress), checklist, progress);
  }
}
