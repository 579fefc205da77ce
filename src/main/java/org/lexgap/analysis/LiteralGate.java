package org.lexgap.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * A cheap necessary condition for a checklist pattern: literal text that every match must contain, so that
 * RE2/J only runs on sentences that could match (RE2/J stays the judge; the gate only skips hopeless
 * sentences). Deliberately conservative: it reads the pattern's top level only — plain literal runs, and
 * groups whose alternatives are all plain literals — and gives up (no gate) on anything else.
 */
final class LiteralGate {

  private final List<String> anyOf;

  private LiteralGate(List<String> anyOf) {
    this.anyOf = List.copyOf(anyOf);
  }

  /** Whether the (lower-cased) text contains one of the required literals. */
  boolean admits(String lower) {
    for (String s : anyOf) {
      if (lower.contains(s)) {
        return true;
      }
    }
    return false;
  }

  /** The gate for a pattern, or null when the pattern's shape is not simple enough to derive one safely. */
  static LiteralGate of(String pattern) {
    if (pattern.startsWith("(?")) {
      return null;
    }
    List<String> best = null;
    StringBuilder run = new StringBuilder();
    int i = 0;
    int depth = 0;
    while (i < pattern.length()) {
      char c = pattern.charAt(i);
      if (c == '|' && depth == 0) {
        return null; // top-level alternation: no literal is required
      }
      if (c == '\\') {
        if (i + 1 >= pattern.length()) {
          return null;
        }
        char e = pattern.charAt(i + 1);
        if (Character.isLetterOrDigit(e)) {
          best = better(best, flush(run));
          i = skipIfQuantified(pattern, i + 2);
          continue; // \b \s \w \d: not literal text
        }
        if (optional(pattern, i + 2)) {
          best = better(best, flush(run));
        } else {
          run.append(e);
          if (i + 2 < pattern.length() && "+{".indexOf(pattern.charAt(i + 2)) >= 0) {
            best = better(best, flush(run)); // repeated: the literal ends here
          }
        }
        i = skipIfQuantified(pattern, i + 2);
        continue;
      }
      if (c == '(') {
        best = better(best, flush(run));
        int end = closing(pattern, i);
        if (end < 0) {
          return null;
        }
        List<String> alts = literalAlternatives(pattern.substring(i + 1, end));
        if (alts != null && !optional(pattern, end + 1)) {
          best = better(best, alts);
        }
        i = skipIfQuantified(pattern, end + 1);
        continue;
      }
      if (c == '[' || c == '.' || c == '^' || c == '$') {
        best = better(best, flush(run));
        i = c == '[' ? skipClass(pattern, i) : skipIfQuantified(pattern, i + 1);
        if (i < 0) {
          return null;
        }
        continue;
      }
      if (c == '?' || c == '*' || c == '+' || c == '{' || c == ')') {
        // quantifiers are handled by looking ahead; reaching one here means the syntax is unusual
        return null;
      }
      if (optional(pattern, i + 1)) {
        best = better(best, flush(run));
        i = skipQuantifier(pattern, i + 1);
        continue;
      }
      run.append(c);
      i++;
      if (i < pattern.length() && "+{".indexOf(pattern.charAt(i)) >= 0) {
        best = better(best, flush(run)); // "ab+": "ab" is required, what follows the repeat is not adjacent
        i = skipQuantifier(pattern, i);
      }
    }
    best = better(best, flush(run));
    return best == null ? null : new LiteralGate(best);
  }

  /** Whether the atom ending before {@code i} is made optional (or repeatable from zero) by a quantifier. */
  private static boolean optional(String p, int i) {
    if (i >= p.length()) {
      return false;
    }
    char q = p.charAt(i);
    if (q == '?' || q == '*') {
      return true;
    }
    if (q == '+') {
      return false;
    }
    if (q == '{') {
      int j = i + 1;
      return j < p.length() && p.charAt(j) == '0';
    }
    return false;
  }

  private static int skipQuantifier(String p, int i) {
    char q = p.charAt(i);
    int j = i + 1;
    if (q == '{') {
      j = p.indexOf('}', i);
      if (j < 0) {
        return p.length();
      }
      j++;
    }
    if (j < p.length() && p.charAt(j) == '?') {
      j++;
    }
    return j;
  }

  private static int skipClass(String p, int i) {
    int j = i + 1;
    while (j < p.length()) {
      char c = p.charAt(j);
      if (c == '\\') {
        j += 2;
        continue;
      }
      if (c == ']' && j > i + 1) {
        return skipIfQuantified(p, j + 1);
      }
      j++;
    }
    return -1;
  }

  private static int skipIfQuantified(String p, int j) {
    return j < p.length() && "?*+{".indexOf(p.charAt(j)) >= 0 ? skipQuantifier(p, j) : j;
  }

  private static int closing(String p, int open) {
    int depth = 0;
    for (int j = open; j < p.length(); j++) {
      char c = p.charAt(j);
      if (c == '\\') {
        j++;
      } else if (c == '[') {
        int k = skipClass(p, j);
        if (k < 0) {
          return -1;
        }
        j = k - 1;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
        if (depth == 0) {
          return j;
        }
      }
    }
    return -1;
  }

  /** "a|bc|def" (optionally "?:"-prefixed) with nothing but letters, digits and spaces: its alternatives. */
  private static List<String> literalAlternatives(String body) {
    String b = body.startsWith("?:") ? body.substring(2) : body;
    List<String> out = new ArrayList<>();
    for (String alt : b.split("\\|", -1)) {
      if (alt.isEmpty() || !alt.chars().allMatch(ch -> Character.isLetterOrDigit(ch) || ch == ' ')) {
        return null;
      }
      out.add(alt);
    }
    return out;
  }

  private static List<String> flush(StringBuilder run) {
    String s = run.toString();
    run.setLength(0);
    return s.isEmpty() ? null : List.of(s);
  }

  /** Prefers the requirement whose weakest literal is longest (the most selective). */
  private static List<String> better(List<String> a, List<String> b) {
    if (b == null || weakest(b) < 3) {
      return a;
    }
    if (a == null) {
      return b;
    }
    return weakest(b) > weakest(a) ? b : a;
  }

  private static int weakest(List<String> xs) {
    return xs.stream().mapToInt(String::length).min().orElse(0);
  }
}
