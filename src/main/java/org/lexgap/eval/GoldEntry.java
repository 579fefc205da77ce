package org.lexgap.eval;

import java.util.List;

/**
 * One judged article of a gold file.
 *
 * @param article the Convention article number ("7")
 * @param provisions top-level provision numbers, normalised by {@link ProvisionRefs#normalise}; empty for missing
 * @param note the expert's reasoning, or null
 */
public record GoldEntry(String article, ArticleStatus status, List<String> provisions, String note) {

  public GoldEntry {
    provisions = List.copyOf(provisions);
  }
}
