package org.lexgap.checklist;

/** How a treaty article and paragraph are written in every output: "14", "14(2)", "14(1)(a)". */
public final class Citations {

  private Citations() {}

  /** The article with its paragraph; a paragraph like "1(a)" already brackets its sub-parts. */
  public static String article(String article, String paragraph) {
    String a = article == null ? "" : article.strip();
    String p = paragraph == null ? "" : paragraph.strip();
    if (p.isEmpty()) {
      return a;
    }
    if (p.startsWith("(")) {
      return a + p;
    }
    int paren = p.indexOf('(');
    return paren > 0 ? a + "(" + p.substring(0, paren) + ")" + p.substring(paren) : a + "(" + p + ")";
  }
}
