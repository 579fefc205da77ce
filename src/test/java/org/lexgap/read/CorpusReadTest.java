package org.lexgap.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Reads the real statutes of the shared corpus (skipped when the corpus is not present). */
class CorpusReadTest {

  @Test
  void everyCorpusTextReadsLineForLine() throws Exception {
    String shared = System.getProperty("lexgap.shared");
    assumeTrue(shared != null && Files.isDirectory(Path.of(shared, "corpus", "text")), "no shared corpus");
    List<Path> files;
    try (Stream<Path> s = Files.list(Path.of(shared, "corpus", "text"))) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    assertThat(files).isNotEmpty();
    for (Path f : files) {
      RawDocument doc = Readers.read(f, f.getFileName().toString(), null);
      List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
      long nonBlank = lines.stream().filter(l -> !Texts.clean(l).isEmpty()).count();
      // decoding must not add replacement characters (a source file may contain some of its own)
      long sourceBad = lines.stream().mapToLong(l -> l.chars().filter(c -> c == 0xFFFD).count()).sum();
      long readBad = doc.blocks().stream().mapToLong(b -> b.text().chars().filter(c -> c == 0xFFFD).count()).sum();
      assertThat(doc.format()).as(f.toString()).isEqualTo("text");
      assertThat(doc.blocks()).as(f.toString()).hasSize((int) nonBlank);
      assertThat(readBad).as(f.toString()).isEqualTo(sourceBad);
    }
  }
}
