package org.lexgap.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.lexgap.analysis.GapReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicOutputTest {

  /** Writes a lot (past any buffer), then fails, as a renderer bug or a full disk would. */
  private static final Renderer FAILING = new Renderer() {
    @Override
    public String format() {
      return "failing";
    }

    @Override
    public void render(GapReport report, RenderOptions options, Writer out) throws IOException {
      for (int i = 0; i < 10_000; i++) {
        out.write("partial output line " + i + "\n");
      }
      out.flush();
      throw new IllegalStateException("renderer bug");
    }
  };

  private static long files(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.count();
    }
  }

  @Test
  void failureMidwayLeavesNoFileAndNoTemp(@TempDir Path dir) throws IOException {
    Path target = dir.resolve("report.html");
    assertThatThrownBy(() -> AtomicOutput.write(target, FAILING, ReportFixtures.sample(), RenderOptions.defaults()))
        .isInstanceOf(IllegalStateException.class).hasMessage("renderer bug");
    assertThat(target).doesNotExist();
    assertThat(files(dir)).isZero();
  }

  @Test
  void failureKeepsThePreviousReport(@TempDir Path dir) throws IOException {
    Path target = dir.resolve("report.json");
    Files.writeString(target, "previous");
    assertThatThrownBy(() -> AtomicOutput.write(target, out -> {
      out.write("half");
      throw new IOException("disk full");
    })).hasMessage("disk full");
    assertThat(target).hasContent("previous");
    assertThat(files(dir)).isEqualTo(1);
  }

  @Test
  void successReplacesTheFileWithUtf8(@TempDir Path dir) throws IOException {
    Path target = dir.resolve("sub/dir/report.md");
    Files.createDirectories(target.getParent());
    Files.writeString(target, "old and longer content than the new one");
    AtomicOutput.write(target, new MarkdownRenderer(), ReportFixtures.sample(), RenderOptions.defaults());
    String expected = RendererGoldenTest.render(new MarkdownRenderer(), ReportFixtures.sample(),
        RenderOptions.defaults());
    assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo(expected).contains("pénal");
    assertThat(files(target.getParent())).isEqualTo(1);
  }

  @Test
  void createsMissingDirectoriesAndSurvivesLoneSurrogates(@TempDir Path dir) throws IOException {
    Path target = dir.resolve("new/report.txt");
    AtomicOutput.write(target, out -> out.write("a\ud800b"));
    assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo("a?b");
  }
}
