package org.lexgap.compare;

import java.io.IOException;
import java.nio.file.Path;
import org.lexgap.GoldenFiles;

/** Golden files under src/test/resources/golden/compare/, checked by {@link GoldenFiles}. */
final class Golden {

  static final Path DIR = Path.of("src", "test", "resources", "golden", "compare");

  private Golden() {}

  static void assertMatches(String name, String actual) throws IOException {
    GoldenFiles.assertMatches(DIR.resolve(name), actual);
  }
}
