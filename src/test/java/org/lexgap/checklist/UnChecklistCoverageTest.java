package org.lexgap.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The embedded UN checklist covers the Convention: at least one obligation for every article of Chapters II
 * to V (7-46) that places a duty on national law, each complete enough to act on.
 */
class UnChecklistCoverageTest {

  /**
   * Articles 7-46, all of which require or enable something in domestic law (offences, jurisdiction,
   * procedural powers and safeguards, and the legal basis for international cooperation).
   */
  static final List<Integer> DUTY_ARTICLES = IntStream.rangeClosed(7, 46).boxed().toList();

  @Test
  void everyArticleThatPlacesADutyHasACompleteObligation() throws Exception {
    Checklist un = ChecklistLoader.loadEmbedded(Checklists.DEFAULT);
    for (int article : DUTY_ARTICLES) {
      List<Obligation> os = un.obligations().stream()
          .filter(o -> o.article().equals(Integer.toString(article))).toList();
      assertThat(os).as("obligations for Art. %d", article).isNotEmpty();
      for (Obligation o : os) {
        assertThat(o.id()).startsWith("UNCC-" + article);
        assertThat(o.summary()).as(o.id() + " summary").isNotBlank();
        assertThat(o.elements()).as(o.id() + " elements").isNotEmpty();
        assertThat(o.requiredElements()).as(o.id() + " required elements").isNotEmpty();
        assertThat(o.recommendation()).as(o.id() + " recommendation").isNotBlank();
        assertThat(o.implementedIn()).as(o.id() + " implemented-in").isNotEmpty();
        assertThat(o.budapest()).as(o.id() + " Budapest crosswalk").isNotBlank();
      }
    }
  }

  @Test
  void article24IsCheckedPowerByPowerAndArticle14ByConductGroup() throws Exception {
    Checklist un = ChecklistLoader.loadEmbedded(Checklists.DEFAULT);
    List<String> ids = un.obligations().stream().map(Obligation::id).toList();
    assertThat(ids).contains("UNCC-24-preservation", "UNCC-24-traffic-disclosure", "UNCC-24-production",
        "UNCC-24-search", "UNCC-24-traffic-realtime", "UNCC-24-interception");
    assertThat(ids).contains("UNCC-14-production-distribution", "UNCC-14-access-procuring",
        "UNCC-14-possession", "UNCC-14-financing", "UNCC-14-definition");
    assertThat(un.obligations().stream().filter(o -> o.id().startsWith("UNCC-24-")))
        .allSatisfy(o -> assertThat(o.kind()).isEqualTo(Kind.SAFEGUARD));
  }

  @Test
  void budapestChecklistStatesItsUnCounterparts() throws Exception {
    Checklist bc = ChecklistLoader.loadEmbedded("budapest-convention");
    assertThat(bc.obligations()).isNotEmpty()
        .allSatisfy(o -> assertThat(o.summary()).contains("UN Convention counterpart"));
  }
}
