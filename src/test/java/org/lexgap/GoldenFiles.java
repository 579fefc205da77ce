package org.lexgap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The golden-file contract of every golden test (src/test/resources/golden/&lt;area&gt;/): a mismatch or a missing
 * golden fails; goldens are (re)written only on purpose with {@code -Dlexgap.updateGolden=true}, then reviewed
 * and committed.
 */
public final class GoldenFiles {

  private GoldenFiles() {}

  public static void assertMatches(Path file, String actual) throws IOException {
    if (Boolean.getBoolean("lexgap.updateGolden")) {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, actual, StandardCharsets.UTF_8);
      return;
    }
    if (!Files.exists(file)) {
      fail("golden " + file + " is missing: run with -Dlexgap.updateGolden=true, review it, and git add it");
    }
    String expected = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(actual).as("rendering differs from golden %s (regenerate on purpose with "
        + "-Dlexgap.updateGolden=true)", file).isEqualTo(expected);
  }
}
