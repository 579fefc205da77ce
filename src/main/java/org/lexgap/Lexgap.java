package org.lexgap;

import java.nio.file.Path;
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
    return Inputs.load(inputs, formatHint);
  }

  /** Checks one country's documents (one corpus) against a checklist. */
  public static GapReport check(List<StructuredDocument> documents, Checklist checklist) {
    return new Analyzer(checklist).analyse(documents);
  }

  /** Convenience: load then check. */
  public static GapReport check(List<Path> inputs, String formatHint, Checklist checklist)
      throws ReadException {
    return check(load(inputs, formatHint), checklist);
  }
}
