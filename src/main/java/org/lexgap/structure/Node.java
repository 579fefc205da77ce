package org.lexgap.structure;

import java.util.ArrayList;
import java.util.List;
import org.lexgap.read.Location;

/** Mutable provision while the parser builds the tree; frozen into {@link Provision} at the end. */
final class Node {
  final ProvisionKind kind;
  final String num;
  final String ref;
  final String section;
  String heading;
  final Location start;
  final Node parent;
  final List<Node> children = new ArrayList<>();
  /** Own text, one entry per source line or inline piece, with the location each came from. */
  final List<String> lines = new ArrayList<>();
  final List<Location> lineLocations = new ArrayList<>();
  /** For label nodes: the label as read; null otherwise. */
  Label label;
  /** For divisions: rank of the division keyword (order of first appearance in the document). */
  int rank;
  int alineas;

  Node(ProvisionKind kind, String num, String ref, String section, String heading, Location start,
      Node parent) {
    this.kind = kind;
    this.num = num;
    this.ref = ref;
    this.section = section;
    this.heading = heading;
    this.start = start;
    this.parent = parent;
    if (parent != null) {
      parent.children.add(this);
    }
  }

  void append(String text, Location loc) {
    if (text == null || text.isBlank()) {
      return;
    }
    lines.add(text.strip());
    lineLocations.add(loc);
  }

  boolean isEmpty() {
    return lines.isEmpty() && children.isEmpty();
  }

  String lastLine() {
    return lines.isEmpty() ? null : lines.get(lines.size() - 1);
  }

  /** Own text: lines joined by a space, re-joining words hyphenated across a line break without one. */
  String text() {
    StringBuilder sb = new StringBuilder();
    for (String l : lines) {
      if (sb.length() > 0) {
        int n = sb.length();
        boolean hyphenWrap = n >= 2 && sb.charAt(n - 1) == '-' && Character.isLetter(sb.charAt(n - 2))
            && !l.isEmpty() && Character.isLowerCase(l.charAt(0));
        if (!hyphenWrap) {
          sb.append(' ');
        }
      }
      sb.append(l);
    }
    return sb.toString();
  }

  Provision freeze() {
    List<Provision> kids = new ArrayList<>(children.size());
    for (Node c : children) {
      kids.add(c.freeze());
    }
    Location end = lineLocations.isEmpty() ? start : lineLocations.get(lineLocations.size() - 1);
    return new Provision(ref, num, kind, section, heading, text(), start, end,
        parent == null ? null : parent.ref, kids);
  }
}
