package org.lexgap.structure;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The line-level patterns of statute structure, shared by the parser and the line cleaner. */
final class Patterns {

  private Patterns() {}

  /** A division heading: keyword, optional number, optional title after a separator. */
  record DivisionHead(ProvisionKind kind, String word, String num, String heading) {
    String ref() {
      return num == null ? word : word + " " + num;
    }
  }

  /** A numbered section head: "5.", "5A.", "Section 5.", "SEC. 5.", with the rest of the line. */
  record SectionHead(String num, int base, String suffix, String rest, boolean prefixed) {}

  /** An article head: "Article 12", "Art. 323-1", "Article premier", "Article L. 111-1", "§ 202a". */
  record ArticleHead(String num, String rest, boolean paragraphSign) {}

  private static final String DIV_NUM =
      "(?:[IVXLC]+|\\d{1,3}[A-Z]?|[A-Z]|ONE|TWO|THREE|FOUR|FIVE|SIX|SEVEN|EIGHT|NINE|TEN|ELEVEN|TWELVE"
          + "|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve"
          + "|premier|PREMIER|Premier|Ier|IER|1er|unique|UNIQUE|Unique|préliminaire|PRÉLIMINAIRE|Préliminaire)";

  private static final Pattern DIVISION = Pattern.compile(
      "(PART|Part|CHAPTER|Chapter|TITLE|Title|DIVISION|Division|SUB-PART|Sub-Part|Subpart|SUBPART|BOOK|Book"
          + "|CHAPITRE|Chapitre|TITRE|Titre|LIVRE|Livre|SOUS-TITRE|Sous-titre|SOUS-SECTION|Sous-section"
          + "|PARAGRAPHE|Paragraphe|SECTION|Section)"
          + "(?:\\s*[-–—]\\s*|\\s+)(" + DIV_NUM + ")(?![\\w(])\\s*(.*)");

  private static final Pattern SCHEDULE = Pattern.compile(
      "(?:THE\\s+|The\\s+)?(?:(FIRST|SECOND|THIRD|FOURTH|FIFTH|SIXTH|SEVENTH|EIGHTH|NINTH|TENTH"
          + "|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth)\\s+)?"
          + "(SCHEDULE|Schedule|ANNEX|Annex|ANNEXE|Annexe|APPENDIX|Appendix)"
          + "(?:\\s+(\\d{1,2}|[IVX]+|[A-Z])(?![\\w(]))?\\s*(.*)");

  private static final Map<String, String> ORDINALS = Map.of("first", "1", "second", "2", "third", "3",
      "fourth", "4", "fifth", "5", "sixth", "6", "seventh", "7", "eighth", "8", "ninth", "9", "tenth", "10");

  private static final Pattern SECTION = Pattern.compile(
      "(?:(Section|SECTION|Sec\\.|SEC\\.|Sect\\.|S\\.)\\s*)?(\\d{1,4})([A-Z]{0,3})\\s?([.,:])(?!\\d)\\s*(.*)");

  private static final Pattern ARTICLE = Pattern.compile(
      "(?:Article|ARTICLE|Art\\.|ART\\.|Artículo|ARTÍCULO|Artigo|Articolo|Artikel|Art)\\s*"
          + "(premier|PREMIER|1er|unique|UNIQUE"
          + "|(?:[LRDA]\\.?\\s?)?\\d{1,4}(?:[-.]\\d{1,4})*(?:[A-Za-z](?![\\w]))?"
          + "(?:\\s(?:bis|ter|quater|quinquies|sexies|septies|octies|nonies|decies)\\b)?)"
          + "(?![\\w-])\\s*(.*)");

  private static final Pattern PARAGRAPH_SIGN = Pattern.compile(
      "§\\s*(\\d{1,4}[a-z]?(?:\\s(?:bis|ter)\\b)?)(?![\\w])\\s*(.*)");

  /** "(1)", "(a)", "(iv)" at the start, with an optional closing bracket left over from an insertion. */
  static final Pattern PAREN_LABEL = Pattern.compile("\\(([0-9A-Za-z]{1,7})\\)\\]?(?:\\s+|$|(?=[—(“\"]))(.*)");
  static final Pattern DEGREE_LABEL = Pattern.compile(
      "(\\d{1,3})°\\s*((?:bis|ter|quater|quinquies)\\b)?\\s*(.*)");
  static final Pattern CIVIL_ROMAN_LABEL = Pattern.compile("([IVX]{1,6})\\.\\s*[-–—]\\s*(.*)");
  static final Pattern LETTER_PAREN_LABEL = Pattern.compile("([a-z])\\)\\s+(.*)");

  static DivisionHead division(String line) {
    if (line.length() > 200) {
      return null;
    }
    Matcher m = DIVISION.matcher(line);
    if (m.matches()) {
      String rest = m.group(3).strip();
      if (!acceptableDivisionRest(rest)) {
        return null;
      }
      String word = titleCase(m.group(1));
      ProvisionKind kind = switch (word.toLowerCase(Locale.ROOT)) {
        case "part", "book", "livre" -> ProvisionKind.PART;
        case "chapter", "chapitre" -> ProvisionKind.CHAPTER;
        case "title", "titre" -> ProvisionKind.TITLE;
        default -> ProvisionKind.DIVISION;
      };
      return new DivisionHead(kind, word, normalizeDivisionNumber(m.group(2)), heading(rest));
    }
    m = SCHEDULE.matcher(line);
    if (m.matches()) {
      String rest = m.group(4).strip();
      if (!acceptableDivisionRest(rest)) {
        return null;
      }
      String num = m.group(3);
      if (num == null && m.group(1) != null) {
        num = ORDINALS.get(m.group(1).toLowerCase(Locale.ROOT));
      }
      return new DivisionHead(ProvisionKind.SCHEDULE, titleCase(m.group(2)), num, heading(rest));
    }
    return null;
  }

  /** What may follow a division number: nothing, a separator and title, or a capitalised title. */
  private static boolean acceptableDivisionRest(String rest) {
    if (rest.isEmpty()) {
      return true;
    }
    char c = rest.charAt(0);
    if ("-–—:.".indexOf(c) >= 0) {
      return true;
    }
    if (c == '(') {
      // "SCHEDULE (section 3)" — a bracketed reference, not "Part III (a) of ..."
      return rest.length() > 3 && !Character.isLowerCase(rest.charAt(1)) || rest.matches("\\([Ss]ections?\\b.*");
    }
    return Character.isUpperCase(c) || c == '«' || c == '"' || c == '“';
  }

  private static String heading(String rest) {
    String h = rest.replaceFirst("^[-–—:.\\s]+", "").strip();
    return h.isEmpty() ? null : h;
  }

  private static String normalizeDivisionNumber(String n) {
    return switch (n.toLowerCase(Locale.ROOT)) {
      case "premier", "ier", "1er" -> "I";
      case "one" -> "1";
      case "two" -> "2";
      case "three" -> "3";
      case "four" -> "4";
      case "five" -> "5";
      case "six" -> "6";
      case "seven" -> "7";
      case "eight" -> "8";
      case "nine" -> "9";
      case "ten" -> "10";
      case "eleven" -> "11";
      case "twelve" -> "12";
      default -> n;
    };
  }

  static SectionHead section(String line) {
    Matcher m = SECTION.matcher(line);
    if (!m.matches()) {
      return null;
    }
    String sep = m.group(4);
    String rest = m.group(5);
    boolean prefixed = m.group(1) != null;
    if (sep.equals(":") && !prefixed) {
      return null;
    }
    if (sep.equals(",") && !rest.matches("[A-Z][^—]{0,150}—.*")) {
      // "[26A, Heading.—" (a typo in a consolidation) but never "2002, the ..."
      return null;
    }
    if (!prefixed && line.charAt(m.end(3)) == ' ') {
      return null; // "5 . foo" is not how heads are printed; "2015 ." is running text
    }
    int base = Integer.parseInt(m.group(2));
    if (m.group(2).startsWith("0")) {
      return null;
    }
    return new SectionHead(m.group(2) + m.group(3), base, m.group(3), rest.strip(), prefixed);
  }

  private static final Pattern UNDOTTED_SECTION = Pattern.compile("(\\d{1,4})([A-Z]{0,3})\\s+([A-Z].*)");

  /** "5 Unauthorised access": trusted only on lines the format marks as headings. */
  static SectionHead undottedSection(String line) {
    Matcher m = UNDOTTED_SECTION.matcher(line);
    if (!m.matches() || m.group(1).startsWith("0")) {
      return null;
    }
    return new SectionHead(m.group(1) + m.group(2), Integer.parseInt(m.group(1)), m.group(2), m.group(3), false);
  }

  static ArticleHead article(String line) {
    Matcher m = ARTICLE.matcher(line);
    if (m.matches()) {
      String num = m.group(1).replaceAll("\\s+", " ");
      if (num.equalsIgnoreCase("premier") || num.equals("1er")) {
        num = "1";
      }
      return new ArticleHead(num, m.group(2).strip(), false);
    }
    m = PARAGRAPH_SIGN.matcher(line);
    if (m.matches()) {
      return new ArticleHead(m.group(1), m.group(2).strip(), true);
    }
    return null;
  }

  /** Whether a line is a head of some kind, which the running-header filter must never drop. */
  static boolean looksStructural(String t) {
    return division(t) != null || article(t) != null
        || (section(t) != null && !section(t).rest().isEmpty()) || t.startsWith("(");
  }

  static String titleCase(String w) {
    if (w.length() <= 1) {
      return w;
    }
    StringBuilder sb = new StringBuilder(w.length());
    boolean start = true;
    for (char c : w.toCharArray()) {
      sb.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
      start = c == '-' || c == ' ';
    }
    String s = sb.toString();
    return s.replace("Sub-Part", "Sub-part");
  }
}
