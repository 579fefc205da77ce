package org.lexgap.structure;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.lexgap.read.ReadException;
import org.lexgap.read.Readers;

/** Turns the paths a user gives (files or folders) into structured documents. */
public final class Inputs {

  private Inputs() {}

  public static List<StructuredDocument> load(List<Path> inputs, String formatHint) throws ReadException {
    List<StructuredDocument> out = new ArrayList<>();
    StructureParser parser = new StructureParser();
    for (Path p : inputs) {
      out.add(parser.parse(Readers.read(p, p.toString(), formatHint)));
    }
    return out;
  }
}
