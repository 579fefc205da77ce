package org.lexgap.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;

/**
 * Word .docx: paragraphs and tables in body order. Heading styles give HEADING blocks with their level, and
 * Word's automatic numbering, which is not part of the paragraph text, is rebuilt and put in front of it.
 * POI's zip-bomb limits (ZipSecureFile defaults) stay in force.
 */
public final class DocxReader implements DocumentReader {

  private static final Pattern HEADING_NAME = Pattern.compile("heading\\s*([1-9])");

  @Override
  public String format() {
    return "docx";
  }

  @Override
  public List<String> extensions() {
    return List.of("docx");
  }

  /** A zip file; only {@link #isDocx} can tell a Word document from other zips. */
  @Override
  public boolean sniff(byte[] head) {
    return head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
  }

  /** Whether a zip file holds a Word main document part. Reads the zip directory only. */
  static boolean isDocx(Path file) throws IOException {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      return zip.getEntry("word/document.xml") != null;
    }
  }

  @Override
  public RawDocument read(Path file, String displayPath) throws ReadException {
    OPCPackage pkg;
    XWPFDocument doc;
    try {
      pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
    } catch (Exception e) {
      throw invalid(displayPath, e);
    }
    try {
      try {
        doc = new XWPFDocument(pkg);
      } catch (Exception e) {
        throw invalid(displayPath, e);
      }
      Emitter out = new Emitter(displayPath, doc);
      for (IBodyElement el : doc.getBodyElements()) {
        out.element(el, false);
      }
      if (out.blocks.isEmpty()) {
        throw new ReadException(displayPath + ": empty document (no text)");
      }
      return new RawDocument(displayPath, format(), 0, out.blocks, out.issues);
    } finally {
      pkg.revert(); // opened read-only: release the file without trying to save
    }
  }

  private static ReadException invalid(String displayPath, Exception e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String m = t.getMessage();
      if (m != null && m.toLowerCase(Locale.ROOT).contains("zip bomb")) {
        return new ReadException(displayPath + ": DOCX refused by the zip-bomb protection (an entry expands"
            + " too much or is too large)", e);
      }
    }
    return new ReadException(displayPath + ": not a valid DOCX (" + Texts.oneLine(e) + ")", e);
  }

  private static final class Emitter {
    final String file;
    final XWPFStyles styles;
    final WordNumbering numbering;
    final List<TextBlock> blocks = new ArrayList<>();
    final List<ExtractionIssue> issues = new ArrayList<>();

    Emitter(String file, XWPFDocument doc) {
      this.file = file;
      this.styles = doc.getStyles();
      this.numbering = new WordNumbering(doc);
    }

    void element(IBodyElement el, boolean inTable) {
      if (el instanceof XWPFParagraph p) {
        paragraph(p, inTable);
      } else if (el instanceof XWPFTable t) {
        for (XWPFTableRow row : t.getRows()) {
          for (XWPFTableCell cell : row.getTableCells()) {
            for (IBodyElement inner : cell.getBodyElements()) {
              element(inner, true);
            }
          }
        }
      } else if (el instanceof XWPFSDT sdt) {
        for (String line : sdt.getContent().getText().split("\r\n|\r|\n")) {
          add(line, inTable ? BlockKind.TABLE_CELL : BlockKind.PARAGRAPH, 0);
        }
      }
    }

    void paragraph(XWPFParagraph p, boolean inTable) {
      CTPPr ppr = p.getCTP().getPPr();
      String styleId = p.getStyleID();
      WordNumbering.Ref ref = numbering.refOf(ppr != null ? ppr.getNumPr() : null, styleId);
      // Counters advance even for empty numbered paragraphs: Word shows (and counts) their number.
      String label = ref != null ? numbering.next(ref) : "";
      String text = Texts.clean(p.getText());
      if (text.isEmpty()) {
        return;
      }
      int heading = inTable ? 0 : headingLevel(ppr, styleId);
      if (heading > 0) {
        add(label + text, BlockKind.HEADING, heading);
      } else if (inTable) {
        add(label + text, BlockKind.TABLE_CELL, 0);
      } else if (ref != null) {
        add(label + text, BlockKind.LIST_ITEM, ref.ilvl());
      } else {
        add(text, BlockKind.PARAGRAPH, 0);
      }
    }

    void add(String raw, BlockKind kind, int level) {
      String text = Texts.clean(raw);
      if (!text.isEmpty()) {
        blocks.add(new TextBlock(text, kind, level, Location.ofParagraph(file, blocks.size() + 1), null));
      }
    }

    /** 1-6 for a heading (by outline level or a "heading N"/"Title" style, also inherited), else 0. */
    int headingLevel(CTPPr ppr, String styleId) {
      Integer outline = outline(ppr != null ? ppr.getOutlineLvl() : null);
      if (outline != null) {
        return outline;
      }
      String sid = styleId;
      for (int guard = 0; sid != null && guard < 16; guard++) {
        XWPFStyle st = styles != null ? styles.getStyle(sid) : null;
        String name = (st != null && st.getName() != null ? st.getName() : sid).toLowerCase(Locale.ROOT);
        Matcher m = HEADING_NAME.matcher(name);
        if (m.matches()) {
          return Math.min(6, Integer.parseInt(m.group(1)));
        }
        if (name.equals("title")) {
          return 1;
        }
        if (st == null) {
          return 0;
        }
        CTPPrGeneral sp = st.getCTStyle().getPPr();
        outline = outline(sp != null ? sp.getOutlineLvl() : null);
        if (outline != null) {
          return outline;
        }
        sid = st.getBasisStyleID();
      }
      return 0;
    }

    /** Outline levels 0-8 are headings 1-9 (capped at 6); 9 is body text. */
    private static Integer outline(CTDecimalNumber lvl) {
      if (lvl == null || lvl.getVal() == null) {
        return null;
      }
      int v = lvl.getVal().intValue();
      return v >= 0 && v < 9 ? Math.min(6, v + 1) : null;
    }
  }
}
