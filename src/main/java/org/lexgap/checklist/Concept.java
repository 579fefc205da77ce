package org.lexgap.checklist;

import java.util.List;

/**
 * A named piece of shared vocabulary. {@code terms} are English surface forms, single or multi-word, matched
 * on lemmas so inflection does not matter ("access" matches "accessed", "accesses"). {@code patterns} are
 * RE2/J regular expressions (linear time) matched against the lower-cased sentence, for what terms cannot say
 * (e.g. "render(s|ed)? .{0,40} (useless|ineffective)"). A statute's own defined term counts as the concept
 * wherever it is used when the term's definition matches the concept (done by the analysis, not here).
 */
public record Concept(String id, String label, List<String> terms, List<String> patterns) {

  public Concept {
    terms = List.copyOf(terms);
    patterns = List.copyOf(patterns);
  }
}
