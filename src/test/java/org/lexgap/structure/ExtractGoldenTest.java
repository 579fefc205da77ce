package org.lexgap.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lexgap.GoldenFiles;
import org.lexgap.read.ReadException;
import org.lexgap.read.Readers;

/**
 * extract's outputs for a small committed statute. Regenerate on purpose only, with
 * {@code -Dlexgap.updateGolden=true}.
 */
class ExtractGoldenTest {

  private static final Path GOLDEN = Path.of("src/test/resources/golden/structure");

  private static List<StructuredDocument> sample() throws ReadException, URISyntaxException {
    Path file = Path.of(ExtractGoldenTest.class.getResource("/structure/sample-act.txt").toURI());
    return List.of(new StructureParser().parse(Readers.read(file, "sample-act.txt", null)));
  }

  private static void check(String name, String actual) throws IOException {
    GoldenFiles.assertMatches(GOLDEN.resolve(name), actual);
  }

  @Test
  void json() throws Exception {
    String json = ExtractWriter.json(sample());
    check("sample-act.json", json);
    assertThat(ExtractWriter.json(sample())).isEqualTo(json);
  }

  @Test
  void text() throws Exception {
    check("sample-act.txt", ExtractWriter.text(sample()));
  }
}
