package org.lexgap.eval;

/** A quoted piece of evidence, cut to {@link #MAX_QUOTE} characters for display. */
public record EvidenceRef(String provision, String quote) {

  public static final int MAX_QUOTE = 120;

  public static EvidenceRef of(String provision, String quote) {
    String q = quote == null ? "" : quote.strip().replaceAll("\\s+", " ");
    if (q.length() > MAX_QUOTE) {
      q = q.substring(0, MAX_QUOTE) + "…";
    }
    return new EvidenceRef(provision == null ? "" : provision, q);
  }
}
