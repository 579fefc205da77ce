package org.lexgap.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under src/test/resources/golden/compare/. A mismatch or a missing golden fails; goldens are
 * (re)written only on purpose with {@code -Dlexgap.updateGolden=true}, then reviewed and committed.
 */
final class Golden {

  static final Path DIR = Path.of("src", "test", "resources", "golden", "compare");

  private Golden() {}

  static void assertMatches(String name, String actual) throws IOException {
    Path file = DIR.resolve(name);
    if (Boolean.getBoolean("lexgap.updateGolden")) {
      Files.createDirectories(DIR);
      Files.writeString(file, actual, StandardCharsets.UTF_8);
      return;
    }
    if (!Files.exists(file)) {
      fail("golden " + file + " is missing: run with -Dlexgap.updateGolden=true, review it, and git add it");
    }
    assertThat(actual).as("rendering differs from golden %s (regenerate on purpose with "
        + "-Dlexgap.updateGolden=true)", file).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }
}
