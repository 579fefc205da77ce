package org.lexgap.structure;

import java.util.ArrayList;
import java.util.List;
import org.lexgap.read.Location;

/**
 * One node of a statute's hierarchy.
 *
 * @param ref reference written the way the statute numbers it: "s. 5(1)(a)", "Art. 323-1", "Part III"
 * @param num the node's own number as printed, without brackets: "5", "1", "a", "III", "323-1"
 * @param section number of the enclosing section/article ("5A", "323-1"); null for Parts/Chapters
 * @param heading heading or marginal note, null when there is none
 * @param text the node's own text, without its children's text
 * @param start location of the first line of the node
 * @param end location of the last line of the node's own text
 * @param parentRef ref of the parent node, null at the top
 */
public record Provision(
    String ref,
    String num,
    ProvisionKind kind,
    String section,
    String heading,
    String text,
    Location start,
    Location end,
    String parentRef,
    List<Provision> children) {

  public Provision {
    children = List.copyOf(children);
  }

  /** The node's text followed by all its descendants' text, in document order, one node per line. */
  public String fullText() {
    StringBuilder sb = new StringBuilder();
    appendText(this, sb);
    return sb.toString();
  }

  private static void appendText(Provision p, StringBuilder sb) {
    if (p.text != null && !p.text.isBlank()) {
      if (sb.length() > 0) {
        sb.append('\n');
      }
      sb.append(p.text);
    }
    for (Provision c : p.children) {
      appendText(c, sb);
    }
  }

  /** This node and all descendants, depth first in document order. */
  public List<Provision> flatten() {
    List<Provision> out = new ArrayList<>();
    collect(this, out);
    return out;
  }

  private static void collect(Provision p, List<Provision> out) {
    out.add(p);
    for (Provision c : p.children) {
      collect(c, out);
    }
  }
}
