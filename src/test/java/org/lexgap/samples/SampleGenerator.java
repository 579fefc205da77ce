package org.lexgap.samples;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Renders the sample statutes in {@code samples/*.txt} as PDF (PDFBox) and DOCX (POI), byte for byte
 * reproducibly, so that the committed files can be checked against a fresh run.
 *
 * <p>The .txt files are the source of truth: one printed paragraph per line, laid out as the statute is
 * printed. The PDF keeps the printed labels as text; the DOCX replaces every enumeration label ("(1)", "(a)",
 * "(ii)", "3°") by Word auto-numbering, so a DOCX reader has to rebuild the labels from numbering.xml.
 *
 * <p>Usage: {@code SampleGenerator [samplesDir [outputDir]]}; both default to {@code samples}.
 */
public final class SampleGenerator {

    enum Style { COMMONWEALTH, CIVIL_LAW }

    record Sample(String name, String runningHead, String title, String subject, Style style) {}

    static final List<Sample> SAMPLES = List.of(
            new Sample("cybercrimes-act-2025", "Cybercrimes Act, 2025",
                    "Cybercrimes Act, 2025 (Republic of Veloria)",
                    "Fictional sample statute written for lexgap; not the law of any State", Style.COMMONWEALTH),
            new Sample("code-penal-numerique", "Penal Code of Estavia \u2014 Book IV, Title II",
                    "Penal Code of the Republic of Estavia, Book IV, Title II: Offences against information systems",
                    "Fictional sample statute written for lexgap; not the law of any State", Style.CIVIL_LAW));

    /** Zip entry time and core-property date of every DOCX: fixed so that reruns give the same bytes. */
    private static final LocalDateTime FIXED_TIME = LocalDateTime.of(2025, 7, 1, 0, 0);

    private SampleGenerator() {}

    public static void main(String[] args) throws IOException {
        Path source = Path.of(args.length > 0 ? args[0] : "samples");
        Path out = Path.of(args.length > 1 ? args[1] : args.length > 0 ? args[0] : "samples");
        for (Path written : generate(source, out)) {
            System.out.println("wrote " + written);
        }
    }

    /** Generates {@code <name>.pdf} and {@code <name>.docx} for every sample; returns the files written. */
    public static List<Path> generate(Path sourceDir, Path outDir) throws IOException {
        Files.createDirectories(outDir);
        List<Path> written = new ArrayList<>();
        for (Sample sample : SAMPLES) {
            Path txt = sourceDir.resolve(sample.name() + ".txt");
            String text = Files.readString(txt, StandardCharsets.UTF_8);
            List<Block> blocks = parse(text, sample.style());
            Path pdf = outDir.resolve(sample.name() + ".pdf");
            Files.write(pdf, new PdfRenderer(sample, text).render(blocks));
            Path docx = outDir.resolve(sample.name() + ".docx");
            Files.write(docx, new DocxRenderer(sample).render(blocks));
            written.add(pdf);
            written.add(docx);
        }
        return written;
    }

    // ------------------------------------------------------------------------------------------ model + parser

    enum Kind {
        FRONT_TITLE, FRONT_NOTE, TOC_HEADING, TOC_PART, TOC_ENTRY, LONG_TITLE, ENACTING, NOTE,
        PART, SECTION, SUBSECTION, PARAGRAPH, SUBPARAGRAPH, DEFINITION, CONTINUATION,
        SCHEDULE, SCHEDULE_TITLE, SCHEDULE_SUBHEADING,
        BOOK, TITLE, CHAPTER, ARTICLE, ALINEA, ITEM
    }

    /**
     * One printed paragraph. {@code num}/{@code heading} are set for sections, parts and TOC entries;
     * {@code label} is an enumeration label without brackets ("1", "a", "ii"; "3" for "3°"), for a SECTION
     * the label of an inline first subsection.
     */
    record Block(Kind kind, String num, String heading, String label, String text) {
        static Block of(Kind kind, String text) {
            return new Block(kind, null, null, null, text);
        }
    }

    private static final Pattern SECTION = Pattern.compile("^(\\d+[A-Z]?)\\. (.+?)\\.\u2014(.*)$");
    private static final Pattern TOC_ENTRY = Pattern.compile("^(\\d+[A-Z]?)\\. (.+)$");
    private static final Pattern PART = Pattern.compile("^PART ([IVXLC]+)\u2014(.+)$");
    private static final Pattern NUMBER_LABEL = Pattern.compile("^\\((\\d+)\\) (.*)$");
    private static final Pattern LETTER_LABEL = Pattern.compile("^\\(([a-z]+)\\) (.*)$");
    private static final Pattern DEGREE_LABEL = Pattern.compile("^(\\d+)\u00b0 (.*)$");
    private static final Pattern ROMAN = Pattern.compile("^[ivx]+$");

    static List<Block> parse(String text, Style style) {
        List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        return style == Style.COMMONWEALTH ? parseCommonwealth(lines) : parseCivilLaw(lines);
    }

    private static List<Block> parseCommonwealth(List<String> lines) {
        List<Block> out = new ArrayList<>();
        LetterTracker letters = new LetterTracker();
        String phase = "front";
        boolean schedule = false;
        for (String line : lines) {
            if (phase.equals("front")) {
                if (line.equals("ARRANGEMENT OF SECTIONS")) {
                    out.add(Block.of(Kind.TOC_HEADING, line));
                    phase = "toc";
                } else {
                    out.add(Block.of(isUpper(line) ? Kind.FRONT_TITLE : Kind.FRONT_NOTE, line));
                }
                continue;
            }
            if (phase.equals("toc")) {
                Matcher m = TOC_ENTRY.matcher(line);
                if (line.startsWith("AN ACT")) {
                    out.add(Block.of(Kind.LONG_TITLE, line));
                    phase = "body";
                } else if (m.matches()) {
                    out.add(new Block(Kind.TOC_ENTRY, m.group(1), m.group(2), null, line));
                } else {
                    out.add(Block.of(Kind.TOC_PART, line));
                }
                continue;
            }
            Matcher m;
            if (line.startsWith("[") && line.endsWith("]")) {
                out.add(Block.of(Kind.NOTE, line));
            } else if (line.startsWith("ENACTED")) {
                out.add(Block.of(Kind.ENACTING, line));
            } else if ((m = PART.matcher(line)).matches()) {
                out.add(new Block(Kind.PART, m.group(1), m.group(2), null, line));
            } else if (line.equals("SCHEDULE")) {
                schedule = true;
                out.add(Block.of(Kind.SCHEDULE, line));
            } else if (schedule && line.startsWith("(") && line.endsWith(")")) {
                out.add(Block.of(Kind.NOTE, line));
            } else if (schedule && isUpper(line)) {
                out.add(Block.of(Kind.SCHEDULE_TITLE, line));
            } else if (schedule && line.matches("^[A-Z]\\. .*")) {
                letters.reset();
                out.add(Block.of(Kind.SCHEDULE_SUBHEADING, line));
            } else if ((m = SECTION.matcher(line)).matches()) {
                letters.reset();
                Matcher first = NUMBER_LABEL.matcher(m.group(3));
                out.add(first.matches()
                        ? new Block(Kind.SECTION, m.group(1), m.group(2), first.group(1), first.group(2))
                        : new Block(Kind.SECTION, m.group(1), m.group(2), null, m.group(3)));
            } else if ((m = NUMBER_LABEL.matcher(line)).matches()) {
                letters.reset();
                out.add(new Block(Kind.SUBSECTION, null, null, m.group(1), m.group(2)));
            } else if ((m = LETTER_LABEL.matcher(line)).matches()) {
                Kind kind = letters.classify(m.group(1));
                out.add(new Block(kind, null, null, m.group(1), m.group(2)));
            } else if (line.startsWith("\u201c")) {
                letters.reset();
                out.add(Block.of(Kind.DEFINITION, line));
            } else {
                out.add(Block.of(Kind.CONTINUATION, line));
            }
        }
        return out;
    }

    private static List<Block> parseCivilLaw(List<String> lines) {
        List<Block> out = new ArrayList<>();
        for (String line : lines) {
            Matcher m;
            if (line.startsWith("BOOK ")) {
                out.add(Block.of(Kind.BOOK, line));
            } else if (line.matches("^Title [IVXLC]+ \u2014 .*")) {
                out.add(Block.of(Kind.TITLE, line));
            } else if (line.matches("^Chapter [IVXLC]+ \u2014 .*")) {
                out.add(Block.of(Kind.CHAPTER, line));
            } else if (line.matches("^Article \\S+$")) {
                out.add(new Block(Kind.ARTICLE, line.substring("Article ".length()), null, null, line));
            } else if ((m = DEGREE_LABEL.matcher(line)).matches()) {
                out.add(new Block(Kind.ITEM, null, null, m.group(1), m.group(2)));
            } else if (out.stream().noneMatch(b -> b.kind() == Kind.BOOK)) {
                out.add(Block.of(isUpper(line) ? Kind.FRONT_TITLE : Kind.FRONT_NOTE, line));
            } else if (line.startsWith("(") && line.endsWith(")")) {
                out.add(Block.of(Kind.NOTE, line));
            } else {
                out.add(Block.of(Kind.ALINEA, line));
            }
        }
        return out;
    }

    private static boolean isUpper(String line) {
        return line.equals(line.toUpperCase(Locale.ROOT));
    }

    /**
     * "(i)", "(v)" and "(x)" are letters when they continue an (a), (b)... run and roman numerals otherwise;
     * this remembers the last letter seen since the last subsection, definition or section.
     */
    static final class LetterTracker {
        private char last;

        void reset() {
            last = 0;
        }

        Kind classify(String label) {
            String nextLetter = String.valueOf(last == 0 ? 'a' : (char) (last + 1));
            if (ROMAN.matcher(label).matches() && !label.equals(nextLetter)) {
                return Kind.SUBPARAGRAPH;
            }
            last = label.charAt(label.length() - 1);
            return Kind.PARAGRAPH;
        }
    }

    // ---------------------------------------------------------------------------------------------- WinAnsi

    private static final Map<Character, String> SUBSTITUTES = Map.of(
            '\u00a0', " ", '\u2011', "-", '\u2010', "-", '\u2212', "-", '\u2009', " ", '\u202f', " ",
            '\u2032', "'", '\u2033', "\"");

    /**
     * Makes {@code text} encodable in {@code font}: curly quotes, dashes, the degree sign and the like are in
     * WinAnsiEncoding and kept; a few look-alikes are substituted; anything else is an error naming the character.
     */
    static String encodable(String text, PDFont font) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String s = canEncode(font, c) ? String.valueOf(c) : SUBSTITUTES.get(c);
            if (s == null) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "character U+%04X '%c' cannot be encoded in %s", (int) c, c, font.getName()));
            }
            sb.append(s);
        }
        return sb.toString();
    }

    private static final Map<String, Boolean> ENCODABLE = new HashMap<>();

    private static boolean canEncode(PDFont font, char c) {
        return ENCODABLE.computeIfAbsent(font.getName() + ':' + c, k -> {
            try {
                font.encode(String.valueOf(c));
                return true;
            } catch (IllegalArgumentException | IOException e) {
                return false;
            }
        });
    }

    // --------------------------------------------------------------------------------------------------- PDF

    enum Align { LEFT, CENTER, JUSTIFY }

    private record Run(PDFont font, String text) {}

    /** Layout of one paragraph; x offsets are from the left margin. {@code label} hangs at {@code labelX}. */
    private record Layout(float size, float leading, Align align, float firstX, float restX, String label,
                          PDFont labelFont, float labelX, float spaceBefore, boolean keepWithNext,
                          boolean pageBreakBefore) {}

    private record Word(List<Run> parts, float width) {}

    private record Line(List<Run> pieces, float width, int spaces, boolean last) {}

    static final class PdfRenderer {
        private static final PDRectangle PAGE = PDRectangle.A4;
        private static final float LEFT = 72, RIGHT = 72, TOP = 78, BOTTOM = 66;
        private static final float WIDTH = PAGE.getWidth() - LEFT - RIGHT;
        private static final float BODY = 11f, LEADING = 14.2f;

        private final PDType1Font roman = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
        private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);
        private final PDType1Font italic = new PDType1Font(Standard14Fonts.FontName.TIMES_ITALIC);
        private final Sample sample;
        private final String source;
        private PDDocument doc;
        private PDPageContentStream cs;
        private float y;
        private int pageNo;
        // text state of the current content stream, to avoid repeating Tf/Tw
        private PDFont curFont;
        private float curSize;
        private float curWordSpacing;

        PdfRenderer(Sample sample, String source) {
            this.sample = sample;
            this.source = source;
        }

        byte[] render(List<Block> blocks) throws IOException {
            try (PDDocument d = new PDDocument()) {
                doc = d;
                PDDocumentInformation info = doc.getDocumentInformation();
                info.setTitle(sample.title());
                info.setSubject(sample.subject());
                info.setCreator("lexgap SampleGenerator");
                // PDFBox derives /ID from the clock unless one is set; derive it from the source instead
                byte[] id = md5(source);
                COSArray ids = new COSArray();
                ids.add(new COSString(id));
                ids.add(new COSString(id));
                doc.getDocument().getTrailer().setItem(COSName.ID, ids);
                newPage();
                Block prevHost = null;
                for (int i = 0; i < blocks.size(); i++) {
                    Block b = blocks.get(i);
                    if (b.kind() == Kind.SECTION || b.kind() == Kind.SUBSECTION || b.kind() == Kind.DEFINITION
                            || b.kind() == Kind.SCHEDULE_SUBHEADING) {
                        prevHost = b;
                    }
                    if (b.kind() == Kind.PART) {
                        Layout l = centered(bold, 11.5f, 18, true, false);
                        paragraph(List.of(new Run(bold, "PART " + b.num())), l, blocks, i);
                        paragraph(List.of(new Run(bold, b.heading())), centered(bold, 11.5f, 2, true, false),
                                blocks, i);
                        continue;
                    }
                    paragraph(runs(b), layout(b, prevHost, i == 0 ? null : blocks.get(i - 1)), blocks, i);
                }
                cs.close();
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                // uncompressed: Flate output depends on the zlib build, which would break byte-for-byte checks
                doc.save(bytes, CompressParameters.NO_COMPRESSION);
                return bytes.toByteArray();
            }
        }

        private List<Run> runs(Block b) {
            return switch (b.kind()) {
                case SECTION -> List.of(new Run(bold, b.num() + ". " + b.heading() + "."),
                        new Run(roman, "\u2014" + (b.label() == null ? "" : "(" + b.label() + ") ") + b.text()));
                case SUBSECTION -> List.of(new Run(roman, "(" + b.label() + ") " + b.text()));
                case PARAGRAPH, SUBPARAGRAPH, ITEM -> List.of(new Run(roman, b.text()));
                case TOC_ENTRY -> List.of(new Run(roman, b.heading()));
                case FRONT_TITLE, TOC_HEADING, TOC_PART, SCHEDULE, SCHEDULE_TITLE, SCHEDULE_SUBHEADING, BOOK,
                        TITLE, CHAPTER, ARTICLE -> List.of(new Run(bold, b.text()));
                case FRONT_NOTE, NOTE -> List.of(new Run(italic, b.text()));
                case LONG_TITLE -> List.of(new Run(bold, "AN ACT"), new Run(roman, b.text().substring(6)));
                case ENACTING -> List.of(new Run(bold, "ENACTED"), new Run(roman, b.text().substring(7)));
                default -> List.of(new Run(roman, b.text()));
            };
        }

        private Layout layout(Block b, Block host, Block prev) {
            boolean civil = sample.style() == Style.CIVIL_LAW;
            return switch (b.kind()) {
                case FRONT_TITLE -> centered(bold, prev == null ? 13f : 15f, prev == null ? 40 : 14, false, false);
                case FRONT_NOTE -> centered(italic, 10.5f, 12, false, false);
                case TOC_HEADING -> centered(bold, 11.5f, 30, true, false);
                case TOC_PART -> centered(bold, 10f, 10, true, false);
                case TOC_ENTRY -> new Layout(10.5f, 13f, Align.LEFT, 30, 30, b.num() + ".", roman, 0, 0, false,
                        false);
                case LONG_TITLE -> body(Align.JUSTIFY, 0, 0, 0, true);
                case ENACTING -> body(Align.JUSTIFY, 0, 0, 12, false);
                case NOTE -> prev != null && prev.kind() == Kind.SCHEDULE
                        ? centered(italic, 10.5f, 2, true, false)
                        : new Layout(10.5f, 13.5f, civil ? Align.CENTER : Align.LEFT, 0, 0, null, null, 0,
                                civil ? 4 : 6, false, false);
                case SCHEDULE -> centered(bold, 12f, 0, true, true);
                case SCHEDULE_TITLE -> centered(bold, 11f, 8, true, false);
                case SCHEDULE_SUBHEADING -> new Layout(BODY, LEADING, Align.LEFT, 0, 0, null, null, 0, 12, true,
                        false);
                case SECTION -> body(Align.JUSTIFY, 0, 0, 9, false);
                case SUBSECTION -> body(Align.JUSTIFY, 14, 0, 3, false);
                case PARAGRAPH -> hanging("(" + b.label() + ")", 28, 52);
                case SUBPARAGRAPH -> hanging("(" + b.label() + ")", 56, 80);
                case DEFINITION -> body(Align.JUSTIFY, 14, 14, 3, false);
                case CONTINUATION -> host != null && host.kind() == Kind.DEFINITION
                        ? body(Align.JUSTIFY, 14, 14, 2, false)
                        : body(Align.JUSTIFY, 0, 0, 2, false);
                case BOOK -> centered(bold, 13f, 18, true, false);
                case TITLE -> centered(bold, 12.5f, 10, true, false);
                case CHAPTER -> centered(bold, 11.5f, 20, true, false);
                case ARTICLE -> new Layout(BODY, LEADING, Align.LEFT, 0, 0, null, null, 0, 11, true, false);
                case ALINEA -> body(Align.JUSTIFY, 0, 0, 4, false);
                case ITEM -> hanging(b.label() + "\u00b0", 14, 34);
                default -> throw new IllegalStateException("no layout for " + b.kind());
            };
        }

        private Layout body(Align align, float firstX, float restX, float spaceBefore, boolean pageBreak) {
            return new Layout(BODY, LEADING, align, firstX, restX, null, null, 0, spaceBefore, false, pageBreak);
        }

        private Layout hanging(String label, float labelX, float textX) {
            return new Layout(BODY, LEADING, Align.JUSTIFY, textX, textX, label, roman, labelX, 2, false, false);
        }

        private Layout centered(PDFont font, float size, float spaceBefore, boolean keep, boolean pageBreak) {
            return new Layout(size, size * 1.3f, Align.CENTER, 0, 0, null, font, 0, spaceBefore, keep, pageBreak);
        }

        private void paragraph(List<Run> runs, Layout l, List<Block> blocks, int index) throws IOException {
            if (l.pageBreakBefore() && y < PAGE.getHeight() - TOP - 1) {
                newPage();
            }
            List<Line> lines = breakLines(runs, l);
            float space = y < PAGE.getHeight() - TOP - 1 ? l.spaceBefore() : 0;
            // headings stay with the first lines of what follows; short paragraphs are not split
            float need = space + l.leading() * (lines.size() <= 3 ? lines.size() : 2)
                    + (l.keepWithNext() && index + 1 < blocks.size() ? 3 * LEADING : 0);
            if (y - need < BOTTOM) {
                newPage();
                space = 0;
            }
            y -= space;
            for (int i = 0; i < lines.size(); i++) {
                if (y - l.leading() < BOTTOM) {
                    newPage();
                }
                y -= l.leading();
                Line line = lines.get(i);
                float avail = WIDTH - (i == 0 ? l.firstX() : l.restX());
                float x = LEFT + (i == 0 ? l.firstX() : l.restX());
                float wordSpacing = 0;
                if (l.align() == Align.CENTER) {
                    x = LEFT + (WIDTH - line.width()) / 2;
                } else if (l.align() == Align.JUSTIFY && !line.last() && line.spaces() > 0) {
                    wordSpacing = (avail - line.width()) / line.spaces();
                }
                if (i == 0 && l.label() != null) {
                    show(List.of(new Run(l.labelFont(), l.label())), LEFT + l.labelX(), l.size(), 0);
                }
                show(line.pieces(), x, l.size(), wordSpacing);
            }
        }

        private List<Line> breakLines(List<Run> runs, Layout l) throws IOException {
            List<Word> words = words(runs, l.size());
            List<Line> lines = new ArrayList<>();
            List<Word> current = new ArrayList<>();
            float width = 0;
            for (Word w : words) {
                float avail = WIDTH - (lines.isEmpty() ? l.firstX() : l.restX());
                float spaceW = current.isEmpty() ? 0 : spaceWidth(current.get(current.size() - 1), l.size());
                if (!current.isEmpty() && width + spaceW + w.width() > avail) {
                    lines.add(line(current, l.size(), false));
                    current = new ArrayList<>();
                    width = 0;
                    spaceW = 0;
                }
                current.add(w);
                width += spaceW + w.width();
            }
            lines.add(line(current, l.size(), true));
            return lines;
        }

        /** Splits runs into words at spaces; a word may mix fonts ("access.\u2014(1)"). */
        private List<Word> words(List<Run> runs, float size) throws IOException {
            List<Word> words = new ArrayList<>();
            List<Run> parts = new ArrayList<>();
            for (Run run : runs) {
                String text = encodable(run.text(), run.font());
                StringBuilder seg = new StringBuilder();
                for (int i = 0; i <= text.length(); i++) {
                    if (i == text.length() || text.charAt(i) == ' ') {
                        if (seg.length() > 0) {
                            parts.add(new Run(run.font(), seg.toString()));
                            seg.setLength(0);
                        }
                        if (i < text.length() && !parts.isEmpty()) {
                            words.add(word(parts, size));
                            parts = new ArrayList<>();
                        }
                    } else {
                        seg.append(text.charAt(i));
                    }
                }
            }
            if (!parts.isEmpty()) {
                words.add(word(parts, size));
            }
            return words;
        }

        private static Word word(List<Run> parts, float size) throws IOException {
            float w = 0;
            for (Run p : parts) {
                w += p.font().getStringWidth(p.text()) / 1000f * size;
            }
            return new Word(List.copyOf(parts), w);
        }

        private static float spaceWidth(Word before, float size) throws IOException {
            return before.parts().get(before.parts().size() - 1).font().getStringWidth(" ") / 1000f * size;
        }

        /** Joins words with single spaces, each space in the font of the text before it, merging equal fonts. */
        private static Line line(List<Word> words, float size, boolean last) throws IOException {
            List<Run> pieces = new ArrayList<>();
            float width = 0;
            for (int i = 0; i < words.size(); i++) {
                Word w = words.get(i);
                if (i > 0) {
                    width += spaceWidth(words.get(i - 1), size);
                    append(pieces, pieces.get(pieces.size() - 1).font(), " ");
                }
                for (Run p : w.parts()) {
                    append(pieces, p.font(), p.text());
                }
                width += w.width();
            }
            return new Line(pieces, width, Math.max(0, words.size() - 1), last);
        }

        private static void append(List<Run> pieces, PDFont font, String text) {
            int lastIdx = pieces.size() - 1;
            if (lastIdx >= 0 && pieces.get(lastIdx).font() == font) {
                pieces.set(lastIdx, new Run(font, pieces.get(lastIdx).text() + text));
            } else {
                pieces.add(new Run(font, text));
            }
        }

        private void show(List<Run> pieces, float x, float size, float wordSpacing) throws IOException {
            cs.beginText();
            cs.newLineAtOffset(x, y);
            if (wordSpacing != curWordSpacing) {
                cs.setWordSpacing(wordSpacing);
                curWordSpacing = wordSpacing;
            }
            for (Run p : pieces) {
                if (p.font() != curFont || size != curSize) {
                    cs.setFont(p.font(), size);
                    curFont = p.font();
                    curSize = size;
                }
                cs.showText(p.text());
            }
            cs.endText();
        }

        private void newPage() throws IOException {
            if (cs != null) {
                cs.close();
            }
            PDPage page = new PDPage(PAGE);
            doc.addPage(page);
            cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.OVERWRITE, false);
            curFont = null;
            curSize = 0;
            curWordSpacing = 0;
            pageNo++;
            float h = PAGE.getHeight();
            String head = encodable(sample.runningHead(), italic);
            float headW = italic.getStringWidth(head) / 1000f * 9.5f;
            y = h - 44;
            show(List.of(new Run(italic, head)), LEFT + (WIDTH - headW) / 2, 9.5f, 0);
            cs.setLineWidth(0.5f);
            cs.moveTo(LEFT, h - 50);
            cs.lineTo(LEFT + WIDTH, h - 50);
            cs.stroke();
            String foot = "- " + pageNo + " -";
            float footW = roman.getStringWidth(foot) / 1000f * 10f;
            y = 36;
            show(List.of(new Run(roman, foot)), LEFT + (WIDTH - footW) / 2, 10f, 0);
            y = h - TOP;
        }
    }

    private static byte[] md5(String text) {
        try {
            return MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // -------------------------------------------------------------------------------------------------- DOCX

    static final class DocxRenderer {
        private static final BigInteger LIST_ABSTRACT = BigInteger.ONE;
        private static final BigInteger DEGREE_ABSTRACT = BigInteger.TWO;
        private static final int HALF_INCH = 567;

        private final Sample sample;
        private XWPFNumbering numbering;
        private long nextNumId = 1;
        // current list instance and the counters Word keeps for it, per level
        private BigInteger numId;
        private BigInteger numAbstract;
        private final Integer[] counters = new Integer[3];

        DocxRenderer(Sample sample) {
            this.sample = sample;
        }

        byte[] render(List<Block> blocks) throws IOException {
            try (XWPFDocument doc = new XWPFDocument()) {
                var core = doc.getProperties().getCoreProperties();
                Date fixed = Date.from(FIXED_TIME.toInstant(java.time.ZoneOffset.UTC));
                core.setCreated(Optional.of(fixed));
                core.setModified(Optional.of(fixed));
                core.setCreator("lexgap SampleGenerator");
                core.setTitle(sample.title());
                core.setSubjectProperty(sample.subject());
                core.setLastModifiedByUser("lexgap SampleGenerator");
                styles(doc);
                numbering = doc.createNumbering();
                numbering.addAbstractNum(new XWPFAbstractNum(listAbstract(), numbering));
                numbering.addAbstractNum(new XWPFAbstractNum(degreeAbstract(), numbering));
                Block host = null;
                for (int i = 0; i < blocks.size(); i++) {
                    Block b = blocks.get(i);
                    if (b.kind() == Kind.SECTION || b.kind() == Kind.SUBSECTION || b.kind() == Kind.DEFINITION
                            || b.kind() == Kind.SCHEDULE_SUBHEADING) {
                        host = b;
                    }
                    write(doc, b, host, i == 0 ? null : blocks.get(i - 1));
                }
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                doc.write(bytes);
                return normaliseZip(bytes.toByteArray());
            }
        }

        private void write(XWPFDocument doc, Block b, Block host, Block prev) {
            switch (b.kind()) {
                case FRONT_TITLE -> styled(doc, "Title", b.text());
                case FRONT_NOTE, NOTE -> {
                    XWPFParagraph p = doc.createParagraph();
                    p.setAlignment(ParagraphAlignment.CENTER);
                    run(p, b.text(), false, true);
                }
                case TOC_HEADING, TOC_PART, SCHEDULE_TITLE -> {
                    XWPFParagraph p = doc.createParagraph();
                    p.setAlignment(ParagraphAlignment.CENTER);
                    p.setSpacingBefore(b.kind() == Kind.TOC_PART ? 120 : 240);
                    run(p, b.text(), true, false);
                }
                case TOC_ENTRY -> {
                    XWPFParagraph p = doc.createParagraph();
                    p.setIndentationLeft(HALF_INCH);
                    p.setIndentationHanging(HALF_INCH);
                    p.setSpacingAfter(0);
                    run(p, b.text(), false, false);
                }
                case LONG_TITLE, ENACTING -> {
                    XWPFParagraph p = doc.createParagraph();
                    p.setAlignment(ParagraphAlignment.BOTH);
                    p.setPageBreak(b.kind() == Kind.LONG_TITLE);
                    String lead = b.kind() == Kind.LONG_TITLE ? "AN ACT" : "ENACTED";
                    run(p, lead, true, false);
                    run(p, b.text().substring(lead.length()), false, false);
                }
                case PART -> styled(doc, "Heading1", b.text());
                case SCHEDULE -> styled(doc, "Heading1", b.text()).setPageBreak(true);
                case SCHEDULE_SUBHEADING -> {
                    styled(doc, "Heading2", b.text());
                    numId = null;
                }
                case BOOK -> styled(doc, "Heading1", b.text());
                case TITLE -> styled(doc, "Heading2", b.text());
                case CHAPTER -> styled(doc, "Heading3", b.text());
                case SECTION -> {
                    numId = null;
                    XWPFParagraph p = doc.createParagraph();
                    p.setAlignment(ParagraphAlignment.BOTH);
                    p.setSpacingBefore(180);
                    run(p, b.num() + ". " + b.heading() + ".", true, false);
                    if (b.label() == null) {
                        run(p, "\u2014" + b.text(), false, false);
                    } else {
                        p.setKeepNext(true);
                        numbered(doc, LIST_ABSTRACT, 0, Integer.parseInt(b.label()), b.text());
                    }
                }
                case ARTICLE -> {
                    numId = null;
                    XWPFParagraph p = doc.createParagraph();
                    p.setSpacingBefore(200);
                    p.setKeepNext(true);
                    run(p, b.text(), true, false);
                }
                case SUBSECTION -> numbered(doc, LIST_ABSTRACT, 0, Integer.parseInt(b.label()), b.text());
                case PARAGRAPH -> numbered(doc, LIST_ABSTRACT, 1, letterValue(b.label()), b.text());
                case SUBPARAGRAPH -> numbered(doc, LIST_ABSTRACT, 2, romanValue(b.label()), b.text());
                case ITEM -> numbered(doc, DEGREE_ABSTRACT, 0, Integer.parseInt(b.label()), b.text());
                case DEFINITION -> plain(doc, b.text(), HALF_INCH);
                case CONTINUATION -> plain(doc, b.text(),
                        host != null && host.kind() == Kind.DEFINITION ? HALF_INCH : 0);
                case ALINEA -> plain(doc, b.text(), 0);
                default -> throw new IllegalStateException("no DOCX mapping for " + b.kind());
            }
        }

        private XWPFParagraph styled(XWPFDocument doc, String style, String text) {
            XWPFParagraph p = doc.createParagraph();
            p.setStyle(style);
            p.createRun().setText(text);
            return p;
        }

        private void plain(XWPFDocument doc, String text, int indent) {
            XWPFParagraph p = doc.createParagraph();
            p.setAlignment(ParagraphAlignment.BOTH);
            if (indent > 0) {
                p.setIndentationLeft(indent);
            }
            run(p, text, false, false);
        }

        private static void run(XWPFParagraph p, String text, boolean bold, boolean italic) {
            XWPFRun r = p.createRun();
            r.setText(text);
            if (bold) {
                r.setBold(true);
            }
            if (italic) {
                r.setItalic(true);
            }
        }

        /**
         * Writes a list paragraph whose label Word will render as {@code value}. Word keeps one counter per
         * level and list instance, resetting deeper levels when a shallower one appears; when that would not
         * give {@code value}, a new instance starting at {@code value} is opened.
         */
        private void numbered(XWPFDocument doc, BigInteger abstractId, int level, int value, String text) {
            Integer rendered = numId == null || !abstractId.equals(numAbstract) ? null
                    : counters[level] == null ? Integer.valueOf(1) : Integer.valueOf(counters[level] + 1);
            if (rendered == null || rendered != value) {
                numId = newInstance(abstractId, level, value);
                numAbstract = abstractId;
                java.util.Arrays.fill(counters, null);
            }
            counters[level] = value;
            for (int deeper = level + 1; deeper < counters.length; deeper++) {
                counters[deeper] = null;
            }
            XWPFParagraph p = doc.createParagraph();
            p.setAlignment(ParagraphAlignment.BOTH);
            p.setNumID(numId);
            p.setNumILvl(BigInteger.valueOf(level));
            run(p, text, false, false);
        }

        /** Word carries counters over between instances of one abstractNum unless every level is overridden. */
        private BigInteger newInstance(BigInteger abstractId, int level, int start) {
            CTNum num = CTNum.Factory.newInstance();
            BigInteger id = BigInteger.valueOf(nextNumId++);
            num.setNumId(id);
            num.addNewAbstractNumId().setVal(abstractId);
            int levels = abstractId.equals(LIST_ABSTRACT) ? 3 : 1;
            for (int l = 0; l < levels; l++) {
                CTNumLvl o = num.addNewLvlOverride();
                o.setIlvl(BigInteger.valueOf(l));
                o.addNewStartOverride().setVal(BigInteger.valueOf(l == level ? start : 1));
            }
            numbering.addNum(new XWPFNum(num, numbering));
            return id;
        }

        private static CTAbstractNum listAbstract() {
            CTAbstractNum a = CTAbstractNum.Factory.newInstance();
            a.setAbstractNumId(LIST_ABSTRACT);
            level(a, 0, STNumberFormat.DECIMAL, "(%1)", HALF_INCH);
            level(a, 1, STNumberFormat.LOWER_LETTER, "(%2)", 2 * HALF_INCH);
            level(a, 2, STNumberFormat.LOWER_ROMAN, "(%3)", 3 * HALF_INCH);
            return a;
        }

        private static CTAbstractNum degreeAbstract() {
            CTAbstractNum a = CTAbstractNum.Factory.newInstance();
            a.setAbstractNumId(DEGREE_ABSTRACT);
            level(a, 0, STNumberFormat.DECIMAL, "%1\u00b0", HALF_INCH);
            return a;
        }

        private static void level(CTAbstractNum a, int ilvl, STNumberFormat.Enum format, String text, int left) {
            CTLvl lvl = a.addNewLvl();
            lvl.setIlvl(BigInteger.valueOf(ilvl));
            lvl.addNewStart().setVal(BigInteger.ONE);
            lvl.addNewNumFmt().setVal(format);
            lvl.addNewLvlText().setVal(text);
            lvl.addNewLvlJc().setVal(STJc.LEFT);
            CTInd ind = lvl.addNewPPr().addNewInd();
            ind.setLeft(BigInteger.valueOf(left));
            ind.setHanging(BigInteger.valueOf(HALF_INCH));
        }

        private static void styles(XWPFDocument doc) {
            XWPFStyles styles = doc.createStyles();
            CTFonts fonts = CTFonts.Factory.newInstance();
            fonts.setAscii("Times New Roman");
            fonts.setHAnsi("Times New Roman");
            fonts.setCs("Times New Roman");
            styles.setDefaultFonts(fonts);
            styles.addStyle(style("Normal", "Normal", null, 22, false, null, false));
            styles.addStyle(style("Title", "Title", "Normal", 32, true, null, true));
            styles.addStyle(style("Heading1", "heading 1", "Normal", 24, true, 0, true));
            styles.addStyle(style("Heading2", "heading 2", "Normal", 23, true, 1, true));
            styles.addStyle(style("Heading3", "heading 3", "Normal", 22, true, 2, true));
        }

        private static XWPFStyle style(String id, String name, String basedOn, int halfPoints, boolean bold,
                                       Integer outline, boolean centered) {
            CTStyle s = CTStyle.Factory.newInstance();
            s.setStyleId(id);
            s.setType(STStyleType.PARAGRAPH);
            s.addNewName().setVal(name);
            if (basedOn == null) {
                s.setDefault(true);
            } else {
                s.addNewBasedOn().setVal(basedOn);
                s.addNewNext().setVal("Normal");
            }
            s.addNewQFormat();
            CTPPrGeneral ppr = s.addNewPPr();
            ppr.addNewSpacing().setAfter(BigInteger.valueOf(basedOn == null ? 80 : 160));
            if (outline != null) {
                ppr.addNewKeepNext();
                ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
                ppr.getSpacing().setBefore(BigInteger.valueOf(360));
            }
            if (centered) {
                ppr.addNewJc().setVal(STJc.CENTER);
            }
            CTRPr rpr = s.addNewRPr();
            CTFonts f = rpr.addNewRFonts();
            f.setAscii("Times New Roman");
            f.setHAnsi("Times New Roman");
            if (bold) {
                rpr.addNewB();
            }
            rpr.addNewSz().setVal(BigInteger.valueOf(halfPoints));
            return new XWPFStyle(s);
        }
    }

    static int letterValue(String label) {
        return label.charAt(0) - 'a' + 1;
    }

    static int romanValue(String label) {
        int total = 0;
        int prev = 0;
        for (int i = label.length() - 1; i >= 0; i--) {
            int v = switch (label.charAt(i)) {
                case 'i' -> 1;
                case 'v' -> 5;
                case 'x' -> 10;
                default -> throw new IllegalArgumentException("not a roman numeral: " + label);
            };
            total += v < prev ? -v : v;
            prev = Math.max(prev, v);
        }
        return total;
    }

    /**
     * Rewrites a zip with stored (uncompressed) entries and a fixed timestamp: POI stamps entries with the
     * clock, and deflate output can differ between zlib builds.
     */
    static byte[] normaliseZip(byte[] zip) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream out = new ZipOutputStream(bytes)) {
                for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                    byte[] data = in.readAllBytes();
                    ZipEntry n = new ZipEntry(e.getName());
                    CRC32 crc = new CRC32();
                    crc.update(data);
                    n.setMethod(ZipEntry.STORED);
                    n.setSize(data.length);
                    n.setCompressedSize(data.length);
                    n.setCrc(crc.getValue());
                    n.setTimeLocal(FIXED_TIME);
                    out.putNextEntry(n);
                    out.write(data);
                    out.closeEntry();
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
