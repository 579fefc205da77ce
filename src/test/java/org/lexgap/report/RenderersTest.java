package org.lexgap.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lexgap.analysis.Status;

class RenderersTest {

  @Test
  void registryIsClosedAndOrdered() {
    assertThat(Renderers.names()).containsExactly("text", "md", "json", "csv", "html", "sarif", "junit", "github");
    assertThat(Renderers.byName("HTML")).containsInstanceOf(HtmlRenderer.class);
    assertThat(Renderers.byName("org.lexgap.report.HtmlRenderer")).isEmpty();
    assertThat(Renderers.byName(null)).isEmpty();
    assertThat(Renderers.all()).extracting(Renderer::fileExtension)
        .containsExactly("txt", "md", "json", "csv", "html", "sarif", "xml", "github.txt");
    assertThat(Renderers.all()).allSatisfy(r -> assertThat(r.description()).isNotBlank().isNotEqualTo(r.format()));
  }

  @Test
  void optionsDefaultsAndFailOn() {
    RenderOptions d = RenderOptions.defaults();
    assertThat(d.color()).isFalse();
    assertThat(d.sarifIncludeMet()).isFalse();
    assertThat(d.failOn()).isNull();
    assertThat(d.maxQuotes()).isEqualTo(3);
    var findings = ReportFixtures.sample().findings();
    assertThat(findings).noneMatch(d::fails);
    assertThat(findings).filteredOn(d.withFailOn(Status.PARTIAL)::fails).extracting(f -> f.obligation())
        .containsExactly("UNCC-7", "UNCC-16");
    assertThat(findings).filteredOn(d.withFailOn(Status.MET)::fails).hasSize(5);
    assertThat(d.withSarifIncludeMet(true).withColor(true).withMaxQuotes(0))
        .isEqualTo(new RenderOptions(true, true, null, null, null, 0));
  }
}
