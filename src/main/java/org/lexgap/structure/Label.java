package org.lexgap.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A subdivision label such as "(1)", "(1A)", "(a)", "(aa)", "(iv)", "(iiia)", "(A)", "1°", "I.-", "a)".
 * One printed label can be read several ways ("(i)" is a letter or a roman numeral, "(ii)" a roman numeral or
 * a double letter); {@link #readings} lists them and the parser picks one from the sequence around it.
 */
record Label(Type type, String num, int value, String suffix) {

  enum Type {
    /** (1), (1A), (2E). */
    NUMBER,
    /** (a), (aa) read as "a" + inserted "a" after (a). */
    LETTER,
    /** (i), (iv), (iiia). */
    ROMAN,
    /** (aa), (bb): a list of doubled letters. */
    DOUBLE,
    /** (A). */
    UPPER,
    /** (I), (IV) in parentheses. */
    UPPER_ROMAN,
    /** French "1°", "2° bis". */
    DEGREE,
    /** French "I.-", "II. –". */
    CIVIL_ROMAN,
    /** French "a)". */
    LETTER_PAREN
  }

  private static final Pattern ROMAN_LOWER = Pattern.compile("([ivxlc]+)([a-z]?)");
  private static final Pattern ROMAN_UPPER = Pattern.compile("[IVXLC]+");
  private static final Pattern NUMBER = Pattern.compile("(\\d{1,3})([A-Z]{0,2})");

  boolean isFirst() {
    return value == 1 && suffix.isEmpty();
  }

  /** Whether this label directly follows {@code prev} of the same type (next number or an inserted one). */
  boolean follows(Label prev) {
    if (prev.type != type) {
      return false;
    }
    if (value == prev.value + 1 && suffix.isEmpty()) {
      return true;
    }
    return value == prev.value && suffix.equalsIgnoreCase(nextSuffix(prev.suffix));
  }

  private static String nextSuffix(String s) {
    if (s.isEmpty()) {
      return "a";
    }
    char last = Character.toLowerCase(s.charAt(s.length() - 1));
    if (last == 'z') {
      return s + "a";
    }
    return s.substring(0, s.length() - 1) + (char) (last + 1);
  }

  /** The ways the text inside "(...)" can be read, most likely first. Empty when it is no label. */
  static List<Label> readings(String inner) {
    List<Label> out = new ArrayList<>(3);
    if (inner.isEmpty() || inner.length() > 7) {
      return out;
    }
    Matcher m = NUMBER.matcher(inner);
    if (m.matches()) {
      int v = Integer.parseInt(m.group(1));
      if (v > 0 && !m.group(1).startsWith("0")) {
        out.add(new Label(Type.NUMBER, inner, v, m.group(2)));
      }
      return out;
    }
    char c0 = inner.charAt(0);
    if (Character.isLowerCase(c0)) {
      Matcher r = ROMAN_LOWER.matcher(inner);
      if (r.matches()) {
        int rv = romanValue(r.group(1));
        if (rv > 0) {
          out.add(new Label(Type.ROMAN, inner, rv, r.group(2)));
        }
      }
      if (inner.length() == 1 && c0 >= 'a' && c0 <= 'z') {
        out.add(new Label(Type.LETTER, inner, c0 - 'a' + 1, ""));
        if (c0 == 'l') {
          // "(l)" is a common misprint of "(1)"; read so only where a letter makes no sense
          out.add(new Label(Type.NUMBER, "1", 1, ""));
        }
      } else if (inner.length() == 2 && inner.charAt(1) >= 'a' && inner.charAt(1) <= 'z') {
        // "(aa)" after "(a)" is an inserted paragraph; "(bb)" in a list of doubled letters
        out.add(new Label(Type.LETTER, inner, c0 - 'a' + 1, inner.substring(1)));
        if (inner.charAt(1) == c0) {
          out.add(new Label(Type.DOUBLE, inner, c0 - 'a' + 1, ""));
        }
      } else if (inner.length() == 3 && inner.charAt(1) == c0 && inner.charAt(2) == c0) {
        out.add(new Label(Type.DOUBLE, inner, c0 - 'a' + 27, ""));
      }
      return out;
    }
    if (Character.isUpperCase(c0)) {
      if (ROMAN_UPPER.matcher(inner).matches() && romanValue(inner.toLowerCase(Locale.ROOT)) > 0
          && inner.length() > 1) {
        out.add(new Label(Type.UPPER_ROMAN, inner, romanValue(inner.toLowerCase(Locale.ROOT)), ""));
      } else if (inner.length() == 1) {
        out.add(new Label(Type.UPPER, inner, c0 - 'A' + 1, ""));
        if (c0 == 'I') {
          out.add(new Label(Type.UPPER_ROMAN, inner, 1, ""));
        }
      }
    }
    return out;
  }

  static int romanValue(String s) {
    int total = 0;
    int prev = 0;
    for (int i = s.length() - 1; i >= 0; i--) {
      int v = switch (s.charAt(i)) {
        case 'i' -> 1;
        case 'v' -> 5;
        case 'x' -> 10;
        case 'l' -> 50;
        case 'c' -> 100;
        default -> -1;
      };
      if (v < 0) {
        return -1;
      }
      if (v < prev) {
        total -= v;
      } else {
        total += v;
        prev = v;
      }
    }
    // reject non-canonical spellings such as "iiii" or "vx" so that random letters are not numerals
    return toRoman(total).equals(s) ? total : -1;
  }

  private static String toRoman(int n) {
    int[] v = {100, 90, 50, 40, 10, 9, 5, 4, 1};
    String[] r = {"c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"};
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < v.length && n > 0; i++) {
      while (n >= v[i]) {
        sb.append(r[i]);
        n -= v[i];
      }
    }
    return sb.toString();
  }
}
