package org.lexgap.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * HTML: page furniture (navigation, headers, footers, menus, scripts, forms) is dropped, the main content is
 * preferred when marked up, and each block element yields a block located by its 1-based block index.
 */
public final class HtmlReader implements DocumentReader {

  private static final Set<String> DROP_TAGS = Set.of("nav", "header", "footer", "aside", "script", "style",
      "form", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "button", "select",
      "textarea", "head", "title", "dialog");
  private static final Set<String> DROP_ROLES = Set.of("navigation", "banner", "contentinfo", "search",
      "menu", "menubar", "complementary");
  private static final Pattern FURNITURE = Pattern.compile("menu|breadcrumb|footer|sidebar|cookie");
  private static final Pattern NAV_TOKEN = Pattern.compile("(?:^|[^a-z])nav|nav(?:$|[^a-z])|^nav");
  /** Containers never dropped by their class or id, however they are named. */
  private static final Set<String> KEEP_TAGS = Set.of("html", "body", "main", "article");
  /** Elements that end the current block of inline text. */
  private static final Set<String> BLOCK_TAGS = Set.of("address", "article", "blockquote", "body", "caption",
      "center", "dd", "details", "div", "dl", "dt", "fieldset", "figcaption", "figure", "h1", "h2", "h3", "h4",
      "h5", "h6", "hgroup", "hr", "li", "main", "ol", "p", "pre", "section", "summary", "table", "tbody", "td",
      "tfoot", "th", "thead", "tr", "ul", "br", "legend", "menu", "dir", "listing", "plaintext", "xmp");
  private static final Pattern HAS_LABEL =
      Pattern.compile("^(?:\\(?[0-9]{1,4}[A-Za-z]?[.)]|\\([a-zA-Z]{1,5}\\)|[a-zA-Z][.)]|[ivxlcIVXLC]{1,6}[.)]|§)");

  @Override
  public String format() {
    return "html";
  }

  @Override
  public List<String> extensions() {
    return List.of("html", "htm", "xhtml", "xht");
  }

  @Override
  public boolean sniff(byte[] head) {
    String root = Sniffing.rootElement(head);
    if (root != null) {
      return Set.of("html", "head", "body").contains(root.toLowerCase(Locale.ROOT));
    }
    return Sniffing.text(head).stripLeading().toLowerCase(Locale.ROOT).startsWith("<!doctype html");
  }

  @Override
  public RawDocument read(Path file, String displayPath) throws ReadException {
    Document doc;
    try {
      byte[] bytes = Files.readAllBytes(file);
      doc = Jsoup.parse(new ByteArrayInputStream(bytes), charsetName(bytes), "");
    } catch (IOException e) {
      throw new ReadException(displayPath + ": cannot read HTML (" + Texts.oneLine(e) + ")", e);
    }
    Element root = contentRoot(doc);
    removeFurniture(root);
    Collector c = new Collector(displayPath);
    NodeTraversor.traverse(c, root);
    c.flush();
    if (c.blocks.isEmpty()) {
      throw new ReadException(displayPath + ": empty document (no text)");
    }
    return new RawDocument(displayPath, format(), 0, c.blocks, List.of());
  }

  /** BOM or a declared charset lets jsoup decide; otherwise strict UTF-8, else Windows-1252. */
  private static String charsetName(byte[] bytes) {
    Charset bom = Decoding.bomCharset(bytes);
    if (bom != null) {
      return null;
    }
    String head = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1)
        .toLowerCase(Locale.ROOT);
    if (head.contains("charset")) {
      return null;
    }
    return Decoding.isStrictUtf8(bytes) ? "UTF-8" : "windows-1252";
  }

  private static Element contentRoot(Document doc) {
    Element main = doc.selectFirst("main, [role=main]");
    if (main != null) {
      return main;
    }
    Element content = doc.getElementById("content");
    if (content != null) {
      return content;
    }
    var articles = doc.select("article");
    if (articles.size() == 1) {
      return articles.first();
    }
    return doc.body();
  }

  private static void removeFurniture(Element root) {
    List<Element> drop = new ArrayList<>();
    for (Element e : root.getAllElements()) {
      if (e != root && isFurniture(e)) {
        drop.add(e);
      }
    }
    for (Element e : drop) {
      e.remove(); // removing an already-detached descendant is harmless
    }
  }

  private static boolean isFurniture(Element e) {
    String tag = e.normalName();
    if (DROP_TAGS.contains(tag) || e.hasAttr("hidden")) {
      return true;
    }
    if ("true".equalsIgnoreCase(e.attr("aria-hidden"))
        || DROP_ROLES.contains(e.attr("role").toLowerCase(Locale.ROOT))) {
      return true;
    }
    if (KEEP_TAGS.contains(tag)) {
      return false;
    }
    String names = (e.id() + " " + e.className()).toLowerCase(Locale.ROOT);
    if (names.isBlank()) {
      return false;
    }
    // "nav" only as a word part at a boundary (site-nav, navbar, mainnav), not inside "unavailable"
    return FURNITURE.matcher(names).find() || NAV_TOKEN.matcher(names).find();
  }

  /** Gathers inline text and emits it as a block whenever a block element starts or ends. */
  private static final class Collector implements NodeVisitor {
    final String file;
    final List<TextBlock> blocks = new ArrayList<>();
    final StringBuilder buf = new StringBuilder();
    int preDepth;
    /** Next item number per ordered list, so numbering stays linear in the list length. */
    final Map<Element, Integer> counters = new IdentityHashMap<>();

    Collector(String file) {
      this.file = file;
    }

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode t) {
        if (preDepth > 0) {
          String[] lines = t.getWholeText().split("\r\n|\r|\n", -1);
          for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
              flush(node.parent());
            }
            buf.append(lines[i]);
          }
        } else {
          buf.append(t.getWholeText());
        }
      } else if (node instanceof Element e && BLOCK_TAGS.contains(e.normalName())) {
        flush(e.parent());
        if (e.normalName().equals("pre")) {
          preDepth++;
        }
        if (e.normalName().equals("li")) {
          String label = listLabel(e, counters);
          if (label != null) {
            buf.append(label).append(' ');
          }
        }
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element e && BLOCK_TAGS.contains(e.normalName())) {
        flush(e);
        if (e.normalName().equals("pre")) {
          preDepth--;
        }
      }
    }

    void flush() {
      flush(null);
    }

    /** Emits the buffered text as a block whose kind comes from the nearest block element around it. */
    void flush(Node context) {
      String text = Texts.clean(buf);
      buf.setLength(0);
      if (text.isEmpty()) {
        return;
      }
      BlockKind kind = BlockKind.PARAGRAPH;
      int level = 0;
      for (Node n = context; n != null; n = n.parent()) {
        if (!(n instanceof Element e) || !BLOCK_TAGS.contains(e.normalName()) || e.normalName().equals("br")) {
          continue;
        }
        String tag = e.normalName();
        if (tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1))) {
          kind = BlockKind.HEADING;
          level = tag.charAt(1) - '0';
        } else if (tag.equals("li")) {
          kind = BlockKind.LIST_ITEM;
          level = listDepth(e);
        } else if (tag.equals("td") || tag.equals("th")) {
          kind = BlockKind.TABLE_CELL;
        }
        break;
      }
      blocks.add(new TextBlock(text, kind, level, Location.ofParagraph(file, blocks.size() + 1), null));
    }
  }

  /**
   * The number an ordered list shows for this item ("3.", "c.", "iv."), or null for bullets and for items
   * whose text already starts with its own label (legislation sites often print labels and hide list numbers).
   */
  static String listLabel(Element li, Map<Element, Integer> counters) {
    Element list = li.parent();
    if (list == null || !list.normalName().equals("ol")) {
      return null;
    }
    String style = (list.attr("style") + li.attr("style")).toLowerCase(Locale.ROOT).replace(" ", "");
    if (style.contains("list-style:none") || style.contains("list-style-type:none")) {
      return null;
    }
    if (HAS_LABEL.matcher(Texts.clean(li.text())).find()) {
      counters.merge(list, intAttr(list, "start", 1) + 1, (a, b) -> a + 1);
      return null;
    }
    Integer next = counters.get(list);
    int n = next != null ? next : intAttr(list, "start", 1);
    n = intAttr(li, "value", n);
    counters.put(list, n + 1);
    String type = list.attr("type");
    String label = switch (type) {
      case "a" -> WordNumbering.letters(n, false);
      case "A" -> WordNumbering.letters(n, true);
      case "i" -> WordNumbering.roman(n, false);
      case "I" -> WordNumbering.roman(n, true);
      default -> Integer.toString(n);
    };
    return label + ".";
  }

  private static int intAttr(Element e, String name, int otherwise) {
    String v = e.attr(name).strip();
    if (v.isEmpty() || v.length() > 6) {
      return otherwise;
    }
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException ex) {
      return otherwise;
    }
  }

  /** Nesting level of a list item: 0 for an item of an outermost list. */
  private static int listDepth(Element li) {
    int lists = 0;
    for (Element p = li.parent(); p != null; p = p.parent()) {
      if (p.normalName().equals("ul") || p.normalName().equals("ol")) {
        lists++;
      }
    }
    return Math.max(0, lists - 1);
  }
}
