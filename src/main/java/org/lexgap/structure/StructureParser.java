package org.lexgap.structure;

import java.util.ArrayList;
import java.util.List;
import org.lexgap.read.RawDocument;
import org.lexgap.read.TextBlock;

/** Blocks to provisions and definitions. */
public final class StructureParser {

  public StructuredDocument parse(RawDocument doc) {
    List<Provision> out = new ArrayList<>();
    int n = 0;
    for (TextBlock b : doc.blocks()) {
      n++;
      String num = Integer.toString(n);
      out.add(new Provision("s. " + num, num, ProvisionKind.SECTION, num, null, b.text(), b.location(),
          b.location(), null, List.of()));
    }
    return new StructuredDocument(doc.path(), doc.format(), doc.pages(), null, out, List.of(), doc.issues());
  }
}
