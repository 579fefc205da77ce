package org.lexgap.read;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown: like plain text (one block per non-blank line, by line number), but '#' and underlined headings
 * become HEADING blocks with their level, bold markers and link syntax are removed, and list lines become
 * LIST_ITEM blocks with their markers kept as text (they are often the provision labels).
 */
public final class MarkdownReader implements DocumentReader {

  private static final Pattern ATX = Pattern.compile("^ {0,3}(#{1,6})(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$");
  private static final Pattern SETEXT = Pattern.compile("^ {0,3}(=+|-+)[ \\t]*$");
  private static final Pattern RULE = Pattern.compile("^ {0,3}([-*_])(?:[ \\t]*\\1){2,}[ \\t]*$");
  private static final Pattern FENCE = Pattern.compile("^ {0,3}(```|~~~)");
  private static final Pattern QUOTE = Pattern.compile("^ {0,3}(?:>[ \\t]?)+");
  private static final Pattern LIST = Pattern.compile("^([ \\t]*)(?:[-*+]|\\d{1,9}[.)])[ \\t]+\\S");
  // The inner text must start and end with a non-marker so that form blanks like "________" survive.
  private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)([^\\s*_](?:.*?[^\\s*_])?)\\1");
  private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)\\]\\([^)\\s]*(?:\\s+\"[^\"]*\")?\\)");
  private static final Pattern SNIFF = Pattern.compile("^#{1,6}[ \\t]+\\S");

  @Override
  public String format() {
    return "markdown";
  }

  @Override
  public List<String> extensions() {
    return List.of("md", "markdown");
  }

  /** A file whose first non-blank line is a '#' heading. */
  @Override
  public boolean sniff(byte[] head) {
    for (String line : Decoding.decode(head).split("\r\n|\r|\n")) {
      if (!line.isBlank()) {
        return SNIFF.matcher(line.strip()).find();
      }
    }
    return false;
  }

  @Override
  public RawDocument read(Path file, String displayPath) throws ReadException {
    String[] lines = TextReader.readLines(file, displayPath);
    List<TextBlock> blocks = new ArrayList<>();
    boolean inFence = false;
    int lastParagraphLine = -1; // source line of the last PARAGRAPH block, for setext headings
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      Location loc = Location.ofLine(displayPath, i + 1);
      if (FENCE.matcher(line).find()) {
        inFence = !inFence;
        continue;
      }
      if (inFence) {
        String text = Texts.clean(line);
        if (!text.isEmpty()) {
          blocks.add(TextBlock.paragraph(text, loc));
        }
        continue;
      }
      Matcher setext = SETEXT.matcher(line);
      if (setext.matches() && lastParagraphLine == i - 1) {
        TextBlock prev = blocks.remove(blocks.size() - 1);
        int level = setext.group(1).charAt(0) == '=' ? 1 : 2;
        blocks.add(new TextBlock(prev.text(), BlockKind.HEADING, level, prev.location(), null));
        lastParagraphLine = -1;
        continue;
      }
      if (RULE.matcher(line).matches()) {
        continue; // a thematic break carries no text
      }
      Matcher quote = QUOTE.matcher(line);
      boolean quoted = quote.find();
      if (quoted) {
        line = line.substring(quote.end()); // a quoted line is never underlined into a heading from outside
      }
      Matcher atx = ATX.matcher(line);
      if (atx.matches()) {
        String text = inline(atx.group(2) == null ? "" : atx.group(2));
        if (!text.isEmpty()) {
          blocks.add(new TextBlock(text, BlockKind.HEADING, atx.group(1).length(), loc, null));
        }
        continue;
      }
      String text = inline(line);
      if (text.isEmpty()) {
        continue;
      }
      Matcher list = LIST.matcher(line);
      if (list.find()) {
        int indent = list.group(1).replace("\t", "    ").length();
        blocks.add(new TextBlock(text, BlockKind.LIST_ITEM, Math.min(indent / 2, 8), loc, null));
      } else {
        blocks.add(TextBlock.paragraph(text, loc));
        lastParagraphLine = quoted ? -1 : i;
      }
    }
    if (blocks.isEmpty()) {
      throw new ReadException(displayPath + ": empty document (no text)");
    }
    return new RawDocument(displayPath, format(), 0, blocks, List.of());
  }

  private static String inline(String s) {
    String t = LINK.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
    String prev;
    do { // nested bold, e.g. **__x__**
      prev = t;
      t = STRONG.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(2)));
    } while (!t.equals(prev));
    return Texts.clean(t);
  }
}
