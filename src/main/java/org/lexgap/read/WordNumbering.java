package org.lexgap.read;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ooxml.util.POIXMLUnits;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;

/**
 * Reconstructs the labels Word draws for auto-numbered paragraphs ("1.", "(a)", "iv."), which are not in the
 * paragraph text but computed from numbering.xml. Counters are kept per list instance (numId) and level; using
 * a level restarts the levels below it, as Word does. One instance per document read.
 */
final class WordNumbering {

  private final XWPFNumbering numbering;
  private final XWPFStyles styles;
  private static final int UNSET = Integer.MIN_VALUE;
  private final Map<BigInteger, int[]> counters = new HashMap<>();

  WordNumbering(XWPFDocument doc) {
    this.numbering = doc.getNumbering();
    this.styles = doc.getStyles();
  }

  /** The list a paragraph belongs to: its own numPr, else the one its style (chain) gives it. */
  record Ref(BigInteger numId, int ilvl) {}

  Ref refOf(CTNumPr own, String styleId) {
    BigInteger numId = own != null && own.getNumId() != null ? own.getNumId().getVal() : null;
    Integer ilvl = own != null && own.getIlvl() != null ? own.getIlvl().getVal().intValue() : null;
    // Style-linked numbering (typical for numbered headings) fills in what the paragraph does not say.
    String sid = styleId;
    for (int guard = 0; (numId == null || ilvl == null) && sid != null && styles != null && guard < 16; guard++) {
      XWPFStyle st = styles.getStyle(sid);
      if (st == null) {
        break;
      }
      CTPPrGeneral ppr = st.getCTStyle().getPPr();
      if (ppr != null && ppr.getNumPr() != null) {
        CTNumPr np = ppr.getNumPr();
        if (numId == null && np.getNumId() != null) {
          numId = np.getNumId().getVal();
        }
        if (ilvl == null && np.getIlvl() != null) {
          ilvl = np.getIlvl().getVal().intValue();
        }
      }
      sid = st.getBasisStyleID();
    }
    if (numId == null || numId.signum() == 0) {
      return null; // numId 0 explicitly removes numbering
    }
    return new Ref(numId, ilvl == null ? 0 : Math.max(0, Math.min(8, ilvl)));
  }

  /** Advances the counters for one numbered paragraph and returns its label with separator, or "". */
  String next(Ref ref) {
    if (numbering == null) {
      return "";
    }
    XWPFNum num = numbering.getNum(ref.numId());
    if (num == null) {
      return "";
    }
    CTLvl[] levels = levels(num);
    int[] starts = new int[9];
    for (int i = 0; i < 9; i++) {
      starts[i] = levels[i] != null && levels[i].getStart() != null ? levels[i].getStart().getVal().intValue() : 1;
    }
    for (CTNumLvl o : num.getCTNum().getLvlOverrideArray()) {
      int i = o.getIlvl() == null ? -1 : o.getIlvl().intValue();
      if (i >= 0 && i < 9 && o.getStartOverride() != null) {
        starts[i] = o.getStartOverride().getVal().intValue();
      }
    }
    int[] count = counters.computeIfAbsent(ref.numId(), k -> unset());
    int lvl = ref.ilvl();
    count[lvl] = count[lvl] == UNSET ? starts[lvl] : count[lvl] + 1;
    for (int below = lvl + 1; below < 9; below++) {
      CTLvl l = levels[below];
      Integer restart = l != null && l.getLvlRestart() != null ? l.getLvlRestart().getVal().intValue() : null;
      // lvlRestart n (1-based) restarts this level after any level up to n-1 is used; 0 never restarts
      if (restart == null || (restart != 0 && lvl <= restart - 1)) {
        count[below] = UNSET;
      }
    }
    CTLvl level = levels[lvl];
    if (level == null) {
      return "";
    }
    String label = label(level, levels, starts, count);
    if (label.isEmpty()) {
      return "";
    }
    return "nothing".equals(suffix(level)) ? label : label + " ";
  }

  /** The nine level definitions of a list instance: its abstract definition with the instance's overrides. */
  private CTLvl[] levels(XWPFNum num) {
    CTLvl[] out = new CTLvl[9];
    CTNum ct = num.getCTNum();
    CTAbstractNum abs = abstractOf(ct, 0);
    if (abs != null) {
      for (CTLvl l : abs.getLvlArray()) {
        int i = l.getIlvl() == null ? -1 : l.getIlvl().intValue();
        if (i >= 0 && i < 9) {
          out[i] = l;
        }
      }
    }
    for (CTNumLvl o : ct.getLvlOverrideArray()) {
      int i = o.getIlvl() == null ? -1 : o.getIlvl().intValue();
      if (i >= 0 && i < 9 && o.getLvl() != null) {
        out[i] = o.getLvl();
      }
    }
    return out;
  }

  private CTAbstractNum abstractOf(CTNum ct, int depth) {
    if (ct.getAbstractNumId() == null) {
      return null;
    }
    XWPFAbstractNum an = numbering.getAbstractNum(ct.getAbstractNumId().getVal());
    if (an == null) {
      return null;
    }
    CTAbstractNum abs = an.getCTAbstractNum();
    // A list that only points at a numbering style: follow the style to the list that defines the levels.
    if (abs.getLvlArray().length == 0 && abs.getNumStyleLink() != null && styles != null && depth < 4) {
      XWPFStyle st = styles.getStyle(abs.getNumStyleLink().getVal());
      if (st != null && st.getCTStyle().getPPr() != null && st.getCTStyle().getPPr().getNumPr() != null
          && st.getCTStyle().getPPr().getNumPr().getNumId() != null) {
        XWPFNum linked = numbering.getNum(st.getCTStyle().getPPr().getNumPr().getNumId().getVal());
        if (linked != null && linked.getCTNum() != ct) {
          return abstractOf(linked.getCTNum(), depth + 1);
        }
      }
    }
    return abs;
  }

  /** The w:suff of a level ("tab", "space", "nothing"), read from the XML: POI's lite schemas lack the type. */
  private static String suffix(CTLvl level) {
    for (org.w3c.dom.Node n = level.getDomNode().getFirstChild(); n != null; n = n.getNextSibling()) {
      if ("suff".equals(n.getLocalName()) && n instanceof org.w3c.dom.Element e) {
        return e.getAttributeNS(e.getNamespaceURI(), "val");
      }
    }
    return "tab";
  }

  private static int[] unset() {
    int[] a = new int[9];
    java.util.Arrays.fill(a, UNSET);
    return a;
  }

  /** Fills lvlText placeholders %1..%9 with the formatted counters of those levels. */
  private String label(CTLvl level, CTLvl[] levels, int[] starts, int[] count) {
    String fmt = level.getNumFmt() != null && level.getNumFmt().getVal() != null
        ? level.getNumFmt().getVal().toString() : "decimal";
    String text = level.getLvlText() != null ? level.getLvlText().getVal() : null;
    if (text == null) {
      return "";
    }
    if (fmt.equals("bullet")) {
      return bullet(text);
    }
    if (fmt.equals("none")) {
      text = text.replaceAll("%[1-9]", "");
      return Texts.clean(text);
    }
    // isLgl: "legal" numbering shows every referenced level as a decimal (1.1.3 rather than I.A.c)
    boolean legal = level.getIsLgl() != null && POIXMLUnits.parseOnOff(level.getIsLgl());
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '%' && i + 1 < text.length() && text.charAt(i + 1) >= '1' && text.charAt(i + 1) <= '9') {
        int ref = text.charAt(++i) - '1';
        CTLvl l = levels[ref];
        int value = count[ref] == UNSET ? starts[ref] : count[ref];
        String f = l != null && l.getNumFmt() != null && l.getNumFmt().getVal() != null
            ? l.getNumFmt().getVal().toString() : "decimal";
        b.append(format(value, legal ? "decimal" : f));
      } else {
        b.append(c);
      }
    }
    return Texts.clean(b);
  }

  static String format(int n, String fmt) {
    return switch (fmt) {
      case "lowerLetter" -> letters(n, false);
      case "upperLetter" -> letters(n, true);
      case "lowerRoman" -> roman(n, false);
      case "upperRoman" -> roman(n, true);
      case "decimalZero" -> n < 10 && n >= 0 ? "0" + n : Integer.toString(n);
      case "none" -> "";
      default -> Integer.toString(n);
    };
  }

  /** Word's letter numbering: a..z, then aa..zz, then aaa... */
  static String letters(int n, boolean upper) {
    if (n <= 0) {
      return Integer.toString(n);
    }
    char c = (char) ((upper ? 'A' : 'a') + (n - 1) % 26);
    return String.valueOf(c).repeat((n - 1) / 26 + 1);
  }

  static String roman(int n, boolean upper) {
    if (n <= 0 || n >= 4000) {
      return Integer.toString(n);
    }
    int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    String[] symbols = {"m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"};
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < values.length; i++) {
      while (n >= values[i]) {
        b.append(symbols[i]);
        n -= values[i];
      }
    }
    return upper ? b.toString().toUpperCase(java.util.Locale.ROOT) : b.toString();
  }

  /** Symbol-font bullets live in the private use area; show them as a plain bullet. */
  private static String bullet(String text) {
    String t = Texts.clean(text);
    if (t.isEmpty() || t.chars().anyMatch(ch -> ch >= 0xE000 && ch <= 0xF8FF)) {
      return "\u2022";
    }
    return t;
  }
}
