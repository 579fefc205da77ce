package org.lexgap.yaml;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntUnaryOperator;

/**
 * "Did you mean" suggestions by edit distance, for unknown keys, ids and values in the YAML files lexgap reads.
 * Two tolerances: {@link #closest} is strict (checklist ids are short and many, so a loose match would mislead),
 * {@link #hint} is looser (configuration keys and values are few).
 */
public final class Suggest {

  private Suggest() {}

  /** The candidate closest to {@code word}, if it is close enough to be a plausible typo. */
  public static Optional<String> closest(String word, Collection<String> candidates) {
    // short words are too often "close" to anything to make a useful suggestion
    return closest(word, candidates, n -> n < 3 ? 0 : n <= 5 ? 1 : Math.max(2, n / 4));
  }

  /** " (did you mean 'x'?)" or "", allowing a distance of a third of the word (at least 2). */
  public static String hint(String word, Collection<String> candidates) {
    return closest(word, candidates, n -> Math.max(2, n / 3)).map(s -> " (did you mean '" + s + "'?)").orElse("");
  }

  /** {@code limit} maps the length of the normalised word to the largest distance still worth suggesting. */
  private static Optional<String> closest(String word, Collection<String> candidates, IntUnaryOperator limit) {
    if (word.length() > 100) {
      return Optional.empty(); // keep the quadratic distance cheap
    }
    String w = word.toLowerCase(Locale.ROOT).replace('_', '-');
    String best = null;
    int bestD = Integer.MAX_VALUE;
    for (String c : candidates) {
      int d = distance(w, c.toLowerCase(Locale.ROOT));
      if (d < bestD || d == bestD && best != null && c.compareTo(best) < 0) {
        best = c;
        bestD = d;
      }
    }
    return best != null && bestD <= limit.applyAsInt(w.length()) ? Optional.of(best) : Optional.empty();
  }

  /** Optimal string alignment distance: Levenshtein plus adjacent transpositions ("conecpts", "wiavers"). */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          v = Math.min(v, d[i - 2][j - 2] + 1);
        }
        d[i][j] = v;
      }
    }
    return d[a.length()][b.length()];
  }
}
