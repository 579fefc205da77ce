package org.lexgap.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.stream.Stream;
import org.lexgap.analysis.GapReport;
import org.lexgap.analysis.Status;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every registered renderer against its goldens, and determinism (same input, same bytes). */
class RendererGoldenTest {

  /** Options that exercise every option the formats read, fixed so the goldens are stable. */
  static RenderOptions goldenOptions() {
    return RenderOptions.defaults().withTitle("Republic of Examplia").withToolVersion("0.1.0")
        .withFailOn(Status.PARTIAL);
  }

  static String render(Renderer r, GapReport report, RenderOptions options) throws IOException {
    StringWriter w = new StringWriter();
    r.render(report, options, w);
    return w.toString();
  }

  static Stream<Arguments> cases() {
    return Renderers.all().stream().flatMap(r -> Stream.of(
        Arguments.of(r.format(), "sample", "sample." + r.fileExtension()),
        Arguments.of(r.format(), "empty", "empty." + r.fileExtension())));
  }

  private static GapReport fixture(String name) {
    return name.equals("sample") ? ReportFixtures.sample() : ReportFixtures.empty();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("cases")
  void matchesGolden(String format, String fixture, String golden) throws IOException {
    Renderer r = Renderers.byName(format).orElseThrow();
    Golden.assertMatches(golden, render(r, fixture(fixture), goldenOptions()));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("cases")
  void deterministic(String format, String fixture, String golden) throws IOException {
    Renderer r = Renderers.byName(format).orElseThrow();
    String first = render(r, fixture(fixture), goldenOptions());
    String second = render(r, fixture(fixture), goldenOptions());
    assertThat(second).isEqualTo(first);
    assertThat(first).endsWith(format.equals("csv") ? "\r\n" : "\n");
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("cases")
  void colourOnlyInTextWhenAsked(String format, String fixture, String golden) throws IOException {
    Renderer r = Renderers.byName(format).orElseThrow();
    assertThat(render(r, fixture(fixture), goldenOptions())).doesNotContain("\u001b");
    String coloured = render(r, fixture(fixture), goldenOptions().withColor(true));
    if (format.equals("text")) {
      assertThat(coloured).contains("\u001b[");
    } else {
      assertThat(coloured).isEqualTo(render(r, fixture(fixture), goldenOptions()));
    }
  }
}
