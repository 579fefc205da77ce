package org.lexgap.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextReaderTest {

  @TempDir Path dir;

  private final TextReader text = new TextReader();
  private final MarkdownReader markdown = new MarkdownReader();

  private Path write(String name, byte[]... parts) throws Exception {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      b.write(p);
    }
    return Files.write(dir.resolve(name), b.toByteArray());
  }

  @Test
  void oneBlockPerNonBlankLineWithLineNumbers() throws Exception {
    Path f = write("act.txt", "Title\r\n\r\n  1. Section one  \n\u00A0\n2. Two\u00A0words, unauth\u00ADorised\rlast".getBytes(StandardCharsets.UTF_8));
    RawDocument doc = text.read(f, "act.txt");
    assertThat(doc.blocks()).extracting(TextBlock::text)
        .containsExactly("Title", "1. Section one", "2. Two words, unauthorised", "last");
    assertThat(doc.blocks()).extracting(b -> b.location().line()).containsExactly(1, 3, 5, 6);
    assertThat(doc.blocks().get(0).location()).isEqualTo(Location.ofLine("act.txt", 1));
    assertThat(doc.format()).isEqualTo("text");
    assertThat(doc.pages()).isZero();
  }

  @Test
  void utf8Bom() throws Exception {
    Path f = write("bom.txt", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        "d\u00E9lit informatique".getBytes(StandardCharsets.UTF_8));
    assertThat(text.read(f, "bom.txt").blocks().get(0).text()).isEqualTo("d\u00E9lit informatique");
  }

  @Test
  void utf16LittleEndianBom() throws Exception {
    Path f = write("wide.txt", new byte[] {(byte) 0xFF, (byte) 0xFE},
        "Article 1\r\nd\u00E9lit \u2014 \u00AB donn\u00E9es \u00BB".getBytes(StandardCharsets.UTF_16LE));
    assertThat(text.read(f, "wide.txt").blocks()).extracting(TextBlock::text)
        .containsExactly("Article 1", "d\u00E9lit \u2014 \u00AB donn\u00E9es \u00BB");
  }

  @Test
  void windows1252WhenNotUtf8() throws Exception {
    // 0x93/0x94 are curly quotes and 0xE9 is e-acute in Windows-1252; none of it is valid UTF-8
    Path f = write("legacy.txt", new byte[] {(byte) 0x93, 'd', (byte) 0xE9, 'l', 'i', 't', (byte) 0x94});
    assertThat(text.read(f, "legacy.txt").blocks().get(0).text()).isEqualTo("\u201Cd\u00E9lit\u201D");
  }

  @Test
  void binaryIsRefused() throws Exception {
    Path f = write("data.txt", new byte[] {'a', 0, 'b', 0, 1, 2, 3});
    assertThatThrownBy(() -> text.read(f, "data.txt"))
        .isInstanceOf(ReadException.class)
        .hasMessage("data.txt: unreadable charset or binary file");
  }

  @Test
  void blankFileIsEmpty() throws Exception {
    Path f = write("blank.txt", " \n\t\n".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> text.read(f, "blank.txt"))
        .isInstanceOf(ReadException.class)
        .hasMessage("blank.txt: empty document (no text)");
  }

  @Test
  void markdownHeadingsListsAndEmphasis() throws Exception {
    Path f = write("act.md", """
        # Cybercrimes Act ##

        ## Part **II**: Offences
        Preamble text
        =============

        5. **Unauthorised access.** A person who accesses a __computer system__ commits an offence.
          - (a) intentionally; see [section 2](#s2)
        > Quoted note
        ---
        ```
        # not a heading
        ```
        Signature: ____________
        """.getBytes(StandardCharsets.UTF_8));
    RawDocument doc = markdown.read(f, "act.md");
    assertThat(doc.format()).isEqualTo("markdown");
    assertThat(doc.blocks()).extracting(TextBlock::text).containsExactly(
        "Cybercrimes Act",
        "Part II: Offences",
        "Preamble text",
        "5. Unauthorised access. A person who accesses a computer system commits an offence.",
        "- (a) intentionally; see section 2",
        "Quoted note",
        "# not a heading",
        "Signature: ____________");
    assertThat(doc.blocks()).extracting(TextBlock::kind).containsExactly(
        BlockKind.HEADING, BlockKind.HEADING, BlockKind.HEADING, BlockKind.LIST_ITEM, BlockKind.LIST_ITEM,
        BlockKind.PARAGRAPH, BlockKind.PARAGRAPH, BlockKind.PARAGRAPH);
    assertThat(doc.blocks()).extracting(TextBlock::level).containsExactly(1, 2, 1, 0, 1, 0, 0, 0);
    assertThat(doc.blocks()).extracting(b -> b.location().line()).containsExactly(1, 3, 4, 7, 8, 9, 12, 14);
  }

  @Test
  void markdownSniffedByLeadingHeading() {
    assertThat(markdown.sniff("\n# Title\ntext".getBytes(StandardCharsets.UTF_8))).isTrue();
    assertThat(markdown.sniff("Title\n# not first".getBytes(StandardCharsets.UTF_8))).isFalse();
    assertThat(markdown.sniff("#hashtag".getBytes(StandardCharsets.UTF_8))).isFalse();
  }
}
