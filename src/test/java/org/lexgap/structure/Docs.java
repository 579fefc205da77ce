package org.lexgap.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.lexgap.read.Location;
import org.lexgap.read.RawDocument;
import org.lexgap.read.TextBlock;

/** Builds documents the way the text reader does (one block per non-blank line) and looks into results. */
final class Docs {

  private Docs() {}

  static RawDocument text(String content) {
    List<TextBlock> blocks = new ArrayList<>();
    String[] lines = content.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (!lines[i].isBlank()) {
        blocks.add(TextBlock.paragraph(lines[i].strip(), Location.ofLine("t.txt", i + 1)));
      }
    }
    return new RawDocument("t.txt", "text", 0, blocks, List.of());
  }

  static StructuredDocument parse(String content) {
    return new StructureParser().parse(text(content));
  }

  static List<String> sectionNums(StructuredDocument d) {
    return d.sections().stream().map(Provision::num).toList();
  }

  static List<String> refs(StructuredDocument d) {
    List<String> out = new ArrayList<>();
    for (Provision p : d.provisions()) {
      for (Provision n : p.flatten()) {
        out.add(n.ref());
      }
    }
    return out;
  }

  static Provision find(StructuredDocument d, String ref) {
    for (Provision p : d.provisions()) {
      for (Provision n : p.flatten()) {
        if (n.ref().equals(ref)) {
          return n;
        }
      }
    }
    throw new NoSuchElementException(ref + " not in " + refs(d));
  }

  static Definition definition(StructuredDocument d, String term) {
    return d.definitions().stream().filter(x -> x.terms().contains(term)).findFirst()
        .orElseThrow(() -> new NoSuchElementException(term + " not in " + d.definitions().stream()
            .map(Definition::terms).toList()));
  }
}
