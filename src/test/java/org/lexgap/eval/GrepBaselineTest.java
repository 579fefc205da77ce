package org.lexgap.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lexgap.read.Location;
import org.lexgap.structure.Provision;
import org.lexgap.structure.ProvisionKind;
import org.lexgap.structure.StructuredDocument;

class GrepBaselineTest {

  private static Provision section(String num, String heading, String text, Provision... children) {
    return new Provision("s. " + num, num, ProvisionKind.SECTION, num, heading, text,
        Location.ofLine("act.txt", 1), Location.ofLine("act.txt", 1), "Part I", List.of(children));
  }

  private static Provision sub(String section, String num, String text) {
    return new Provision("s. " + section + "(" + num + ")", num, ProvisionKind.SUBSECTION, section, null, text,
        Location.ofLine("act.txt", 2), Location.ofLine("act.txt", 2), "s. " + section, List.of());
  }

  private static final StructuredDocument DOC = new StructuredDocument("act.txt", "text", 0, "Act", List.of(
      new Provision("Part I", "I", ProvisionKind.PART, null, "Offences", "", Location.ofLine("act.txt", 1),
          Location.ofLine("act.txt", 1), null, List.of(
              section("4", "Unauthorised ACCESS", "A person who enters a computer system commits an offence."),
              section("5", "Interception", "", sub("5", "1", "A person who Intercepts data commits an offence.")),
              section("6", null, "A person who deletes or alters computer data commits an offence."),
              section("7", null, "A person who alters a record commits an offence."),
              section("8", null, "The Minister may order the preservation of data at the request of a foreign"
                  + " State.")))),
      List.of(), List.of());

  @Test
  void sectionsHitWhenEveryKeywordGroupMatches() {
    Map<String, ArticlePrediction> p = GrepBaseline.predict(List.of(DOC));
    assertThat(p.keySet()).containsExactlyElementsOf(GrepBaseline.KEYWORDS.keySet());
    // the heading counts, case does not
    assertThat(p.get("7").provisions()).containsExactly("4");
    assertThat(p.get("7").status()).isEqualTo(ArticleStatus.MET);
    // subsection text counts towards its section
    assertThat(p.get("8").provisions()).containsExactly("5");
    assertThat(p.get("30").provisions()).containsExactly("5");
    // Art 9 needs "data" and one of delet/alter/damag in the same section: s7 alters no data
    assertThat(p.get("9").provisions()).containsExactly("6");
    assertThat(p.get("25").provisions()).containsExactly("8");
    assertThat(p.get("42").provisions()).containsExactly("8");
    assertThat(p.get("17").status()).isEqualTo(ArticleStatus.MISSING);
    assertThat(p.get("17").provisions()).isEmpty();
  }

  @Test
  void evidenceQuotesTheHit() {
    ArticlePrediction p = GrepBaseline.predict(List.of(DOC)).get("7");
    assertThat(p.support()).singleElement().satisfies(s -> {
      assertThat(s.source()).isEqualTo("grep");
      assertThat(s.evidence()).singleElement().satisfies(e -> {
        assertThat(e.provision()).isEqualTo("s. 4");
        assertThat(e.quote()).contains("Unauthorised ACCESS");
      });
    });
  }

  @Test
  void matchNeedsEveryGroup() {
    assertThat(GrepBaseline.match("data was altered", List.of(List.of("data"), List.of("delet", "alter"))))
        .isZero();
    assertThat(GrepBaseline.match("it was altered", List.of(List.of("data"), List.of("alter")))).isEqualTo(-1);
    assertThat(GrepBaseline.match("no such word", List.of(List.of("intercept")))).isEqualTo(-1);
  }
}
