package org.lexgap.eval;

import java.util.Locale;

/** The three verdicts gold files judge an article by; lexgap's findings are folded into the same three. */
public enum ArticleStatus {
  MET, PARTIAL, MISSING;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Met or partial: the statute does something about the article. */
  public boolean addressed() {
    return this != MISSING;
  }
}
