package org.lexgap.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Akoma Ntoso 3.0 and 2.0 XML. The format states the structure, so every hierarchy element (part, chapter,
 * section, subsection, paragraph, point, item, hcontainer...) becomes one block carrying a {@link StructureHint}
 * with its number, heading, depth and eId; the block text is the element's own intro/content/wrapUp text,
 * children being blocks of their own. Each {@code <def>} also yields a "definition" block. DTDs and external
 * entities are refused: legislation XML comes from the internet.
 */
public final class AknReader implements DocumentReader {

  static final String NS_30 = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";
  static final String NS_20 = "http://www.akomantoso.org/2.0";

  private static final Set<String> HIERARCHY = Set.of("alinea", "article", "book", "chapter", "clause",
      "division", "hcontainer", "indent", "level", "list", "paragraph", "part", "point", "proviso", "rule",
      "section", "subchapter", "subclause", "subdivision", "sublist", "subparagraph", "subpart", "subrule",
      "subsection", "subtitle", "title", "tome", "transitional", "item");
  /** Parts of a hierarchy element that are its own text, in document order. */
  private static final Set<String> OWN_TEXT = Set.of("intro", "content", "wrapUp");
  /** Parts of a hierarchy element that the hint carries rather than the text. */
  private static final Set<String> LABELS = Set.of("num", "heading");
  /** Elements that start a new line of text when collected into one block. */
  private static final Set<String> BLOCKISH = Set.of("p", "block", "blockList", "listIntroduction",
      "listWrapUp", "container", "blockContainer", "table", "tr", "th", "td", "caption", "tblock", "toc",
      "tocItem", "formula", "longTitle", "recitals", "recital", "citations", "citation", "intro", "content",
      "wrapUp", "heading", "subheading", "num", "ul", "ol", "li", "div", "foreign", "componentRef",
      "crossHeading", "docTitle", "eol", "eop", "br");
  private static final Set<String> BODIES = Set.of("body", "mainBody", "judgmentBody", "debateBody",
      "amendmentBody", "portionBody", "collectionBody");
  private static final Set<String> SKIP = Set.of("meta", "authorialNote", "noteRef");

  @Override
  public String format() {
    return "akn";
  }

  @Override
  public List<String> extensions() {
    return List.of("xml", "akn");
  }

  @Override
  public boolean sniff(byte[] head) {
    return "akomaNtoso".equals(Sniffing.rootElement(head));
  }

  @Override
  public RawDocument read(Path file, String displayPath) throws ReadException {
    Document dom = parse(file, displayPath);
    Element root = dom.getDocumentElement();
    if (!"akomaNtoso".equals(local(root))) {
      throw new ReadException(displayPath + ": not an Akoma Ntoso document (root element is <"
          + local(root) + ">)");
    }
    Walker w = new Walker(displayPath);
    String ns = root.getNamespaceURI();
    if (!NS_30.equals(ns) && !NS_20.equals(ns)) {
      w.issues.add(new ExtractionIssue(null, "unknown Akoma Ntoso namespace '" + ns + "'; read as 3.0"));
    }
    for (Element doc : children(root)) {
      w.document(doc);
    }
    if (w.blocks.isEmpty()) {
      throw new ReadException(displayPath + ": empty document (no text)");
    }
    return new RawDocument(displayPath, format(), 0, w.blocks, w.issues);
  }

  /** Parses with DOCTYPEs refused outright, which rules out XXE and entity expansion attacks. */
  static Document parse(Path file, String displayPath) throws ReadException {
    DocumentBuilder builder;
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature("http://xml.org/sax/features/external-general-entities", false);
      f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      f.setXIncludeAware(false);
      try {
        // bounds the walker's recursion too; not every JAXP implementation knows the property
        f.setAttribute("http://www.oracle.com/xml/jaxp/properties/maxElementDepth", "1000");
      } catch (IllegalArgumentException e) {
        // the walk is then bounded by the stack; Readers turns an overflow into a ReadException
      }
      f.setExpandEntityReferences(false);
      builder = f.newDocumentBuilder();
    } catch (ParserConfigurationException | IllegalArgumentException e) {
      throw new IllegalStateException("XML parser lacks the features needed to parse safely", e);
    }
    // The default handler prints "[Fatal Error]" to stderr; errors become the exception instead.
    builder.setErrorHandler(new ErrorHandler() {
      @Override
      public void warning(SAXParseException e) {}

      @Override
      public void error(SAXParseException e) throws SAXException {
        throw e;
      }

      @Override
      public void fatalError(SAXParseException e) throws SAXException {
        throw e;
      }
    });
    builder.setEntityResolver((publicId, systemId) -> {
      throw new SAXException("external entity refused: " + systemId);
    });
    try (InputStream in = Files.newInputStream(file)) {
      return builder.parse(in);
    } catch (SAXParseException e) {
      String m = e.getMessage() == null ? "" : e.getMessage();
      if (m.contains("DOCTYPE")) {
        throw new ReadException(displayPath + ": XML with a DOCTYPE declaration is refused (DTDs and entities"
            + " are disabled for safety)", e);
      }
      if (m.contains("JAXP000")) { // entity expansion, depth or size limits of secure processing
        throw new ReadException(displayPath + ": XML refused by a parser safety limit (" + Texts.oneLine(e) + ")",
            e);
      }
      throw new ReadException(displayPath + ": not well-formed XML (line " + e.getLineNumber() + ": "
          + Texts.oneLine(e) + ")", e);
    } catch (SAXException | IOException e) {
      throw new ReadException(displayPath + ": cannot read XML (" + Texts.oneLine(e) + ")", e);
    }
  }

  private static final class Walker {
    final String file;
    final List<TextBlock> blocks = new ArrayList<>();
    final List<ExtractionIssue> issues = new ArrayList<>();

    Walker(String file) {
      this.file = file;
    }

    /** A document element (act, bill, doc...): preface, preamble, body, conclusions, attachments. */
    void document(Element doc) {
      for (Element part : children(doc)) {
        String name = local(part);
        if (SKIP.contains(name)) {
          continue;
        }
        if (BODIES.contains(name)) {
          container(part, 0);
        } else if (name.equals("attachments") || name.equals("components")) {
          for (Element att : children(part)) {
            attachment(att);
          }
        } else {
          plain(part);
        }
      }
    }

    /** An attachment wraps a nested document (AKN 3.0 attachment/doc, 2.0 component/doc). */
    void attachment(Element att) {
      String name = local(att);
      if (name.equals("attachment") || name.equals("component") || name.equals("interstitial")) {
        for (Element inner : children(att)) {
          if (children(inner).stream().anyMatch(c -> local(c).equals("meta") || BODIES.contains(local(c))
              || local(c).equals("preface"))) {
            document(inner);
          } else {
            plain(inner);
          }
        }
      } else {
        document(att);
      }
    }

    /** Children of a body element (hierarchy elements, but also loose paragraphs) at the given depth. */
    void container(Element parent, int depth) {
      for (Element child : children(parent)) {
        String name = local(child);
        if (SKIP.contains(name)) {
          continue;
        }
        if (HIERARCHY.contains(name)) {
          hierarchy(child, depth);
        } else if (name.equals("crossHeading") || name.equals("heading") || name.equals("subheading")) {
          add(text(child), BlockKind.HEADING, Math.min(6, depth + 1), null, null);
        } else {
          plain(child);
        }
      }
    }

    void hierarchy(Element e, int depth) {
      String kind = local(e).toLowerCase(java.util.Locale.ROOT);
      String num = null;
      String heading = null;
      for (Element c : children(e)) {
        if (local(c).equals("num") && num == null) {
          num = nullIfEmpty(text(c));
        } else if (local(c).equals("heading") && heading == null) {
          heading = nullIfEmpty(text(c));
        }
      }
      String eId = eId(e);
      StructureHint hint = new StructureHint(kind, num, heading, depth, eId);
      StringBuilder own = new StringBuilder();
      List<Element> defs = new ArrayList<>();
      for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
        if (c instanceof Element el) {
          if (!LABELS.contains(local(el)) && !HIERARCHY.contains(local(el)) && !SKIP.contains(local(el))) {
            if (local(el).equals("def")) {
              defs.add(el);
            }
            own.append(' ');
            appendOwnText(el, own, defs);
            own.append(' ');
          }
        } else if (c.getNodeType() == Node.TEXT_NODE || c.getNodeType() == Node.CDATA_SECTION_NODE) {
          own.append(c.getNodeValue());
        }
      }
      String text = Texts.clean(own);
      if (text.isEmpty()) {
        // A part or chapter with only a number and heading: keep that line as the block text.
        String label = Texts.clean((num == null ? "" : num) + " " + (heading == null ? "" : heading));
        add(label, BlockKind.HEADING, Math.min(6, depth + 1), hint, eId);
      } else {
        add(text, BlockKind.PARAGRAPH, 0, hint, eId);
      }
      for (Element def : defs) {
        String term = stripQuotes(Texts.clean(def.getTextContent()));
        Element p = enclosing(def, e);
        String context = p != null ? text(p) : text;
        String defId = eId(def) != null ? eId(def) : eId;
        add(context, BlockKind.PARAGRAPH, 0, new StructureHint("definition", term, null, depth + 1, defId),
            defId);
      }
      // Direct children are structure; so are items of a block list inside the content. Document order.
      for (Element c : children(e)) {
        String name = local(c);
        if (HIERARCHY.contains(name)) {
          hierarchy(c, depth + 1);
        } else if (!LABELS.contains(name) && !SKIP.contains(name)) {
          nestedItems(c, depth + 1);
        }
      }
      notes(e);
    }

    /** Collects text but stops at nested hierarchy elements and block-list items (they are blocks). */
    void appendOwnText(Node n, StringBuilder out, List<Element> defs) {
      for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
        if (c.getNodeType() == Node.TEXT_NODE || c.getNodeType() == Node.CDATA_SECTION_NODE) {
          out.append(c.getNodeValue());
        } else if (c instanceof Element el) {
          String name = local(el);
          if (HIERARCHY.contains(name) || SKIP.contains(name)) {
            continue;
          }
          if (name.equals("def")) {
            defs.add(el);
          }
          if (BLOCKISH.contains(name)) {
            out.append(' ');
          }
          appendOwnText(el, out, defs);
          if (BLOCKISH.contains(name)) {
            out.append(' ');
          }
        }
      }
    }

    void nestedItems(Element own, int depth) {
      for (Element c : children(own)) {
        if (HIERARCHY.contains(local(c))) {
          hierarchy(c, depth);
        } else if (!SKIP.contains(local(c))) {
          nestedItems(c, depth);
        }
      }
    }

    /** Text outside the hierarchy (preface, preamble, conclusions): one block per paragraph-like element. */
    void plain(Element e) {
      String name = local(e);
      if (SKIP.contains(name)) {
        return;
      }
      if (HIERARCHY.contains(name)) {
        hierarchy(e, 0);
        return;
      }
      boolean leaf = true;
      for (Element c : children(e)) {
        String cn = local(c);
        if (BLOCKISH.contains(cn) && !cn.equals("docTitle") && !cn.equals("eol") && !cn.equals("br")
            || HIERARCHY.contains(cn) || BODIES.contains(cn)) {
          leaf = false;
          break;
        }
      }
      if (!leaf) {
        // Text directly inside a container, between its block children, still counts.
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
          if (c instanceof Element el) {
            if (BODIES.contains(local(el))) {
              container(el, 0);
            } else {
              plain(el);
            }
          } else if (c.getNodeType() == Node.TEXT_NODE) {
            add(c.getNodeValue(), BlockKind.PARAGRAPH, 0, null, null);
          }
        }
        return;
      }
      boolean title = name.equals("docTitle") || e.getElementsByTagNameNS("*", "docTitle").getLength() > 0;
      add(text(e), title ? BlockKind.HEADING : BlockKind.PARAGRAPH, title ? 1 : 0, null, null);
      notes(e);
    }

    /** Authorial notes (footnotes) are kept out of the sentence they annotate and emitted after it. */
    void notes(Element e) {
      List<Element> found = new ArrayList<>();
      collectNotes(e, found);
      for (Element n : found) {
        add(text(n), BlockKind.PARAGRAPH, 0, null, eId(n));
      }
    }

    private void collectNotes(Element e, List<Element> found) {
      for (Element c : children(e)) {
        String name = local(c);
        if (name.equals("authorialNote")) {
          found.add(c);
        } else if (!HIERARCHY.contains(name)) {
          collectNotes(c, found);
        }
      }
    }

    void add(String raw, BlockKind kind, int level, StructureHint hint, String eId) {
      String text = Texts.clean(raw);
      if (text.isEmpty()) {
        return;
      }
      int index = blocks.size() + 1;
      Location loc = eId != null ? Location.ofEid(file, eId, index) : Location.ofParagraph(file, index);
      blocks.add(new TextBlock(text, kind, level, loc, hint));
    }
  }

  /** The nearest p (or content/intro/wrapUp) around a def, below the hierarchy element. */
  private static Element enclosing(Element def, Element stop) {
    for (Node n = def.getParentNode(); n instanceof Element el && el != stop; n = n.getParentNode()) {
      String name = local(el);
      if (name.equals("p") || name.equals("block") || OWN_TEXT.contains(name)) {
        return el;
      }
    }
    return null;
  }

  /** All text of an element (block-level parts separated by spaces), without authorial notes. */
  static String text(Element e) {
    StringBuilder b = new StringBuilder();
    collect(e, b);
    return Texts.clean(b);
  }

  private static void collect(Node n, StringBuilder out) {
    for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c.getNodeType() == Node.TEXT_NODE || c.getNodeType() == Node.CDATA_SECTION_NODE) {
        out.append(c.getNodeValue());
      } else if (c instanceof Element el && !SKIP.contains(local(el))) {
        boolean block = BLOCKISH.contains(local(el));
        if (block) {
          out.append(' ');
        }
        collect(el, out);
        if (block) {
          out.append(' ');
        }
      }
    }
  }

  private static String eId(Element e) {
    for (String a : new String[] {"eId", "id", "wId"}) {
      String v = e.getAttribute(a);
      if (!v.isEmpty()) {
        return v;
      }
    }
    return null;
  }

  private static final String QUOTES = "\"'\u2018\u2019\u201C\u201D\u00AB\u00BB\u201E";

  /** A defined term without the quotation marks statutes put around it. */
  static String stripQuotes(String term) {
    int a = 0;
    int b = term.length();
    while (a < b && QUOTES.indexOf(term.charAt(a)) >= 0) {
      a++;
    }
    while (b > a && QUOTES.indexOf(term.charAt(b - 1)) >= 0) {
      b--;
    }
    return term.substring(a, b).strip();
  }

  private static String nullIfEmpty(String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  static String local(Node n) {
    String l = n.getLocalName();
    return l != null ? l : n.getNodeName();
  }

  static List<Element> children(Node n) {
    List<Element> out = new ArrayList<>();
    for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c instanceof Element el) {
        out.add(el);
      }
    }
    return out;
  }
}
