package org.lexgap.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.lexgap.analysis.Finding;
import org.lexgap.analysis.GapReport;
import org.junit.jupiter.api.Test;

class WaiversTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

  private static WaiverSpec waiver(String id, LocalDate expires) {
    return new WaiverSpec(id, "Accepted for " + id, id.equals("UNCC-8") ? "Penal Code, s. 12" : null, expires,
        ".lexgap.yaml:" + id.length() + ":5");
  }

  @Test
  void aLiveWaiverMarksTheGapAndTheSummaryCountsIt() {
    GapReport r = Fixtures.sample();
    assertThat(r.summary().waived()).isZero();
    WaiverResult w = Waivers.apply(r, List.of(waiver("UNCC-8", LocalDate.of(2026, 3, 1))), TODAY);
    assertThat(w.unmatched()).isEmpty();
    assertThat(w.expired()).isEmpty();
    assertThat(w.clean()).isTrue();
    Finding f = w.report().findings().get(1);
    assertThat(f.obligation()).isEqualTo("UNCC-8");
    assertThat(f.waiver()).isEqualTo(new Finding.Waiver("UNCC-8", "Accepted for UNCC-8", "Penal Code, s. 12",
        "2026-03-01"));
    assertThat(f.status()).isEqualTo(r.findings().get(1).status());
    assertThat(w.report().summary().waived()).isEqualTo(1);
    assertThat(w.report().summary().missing()).isEqualTo(1);
    assertThat(w.report().findings().get(0).waived()).isFalse();
  }

  @Test
  void anExpiredWaiverDoesNotApply() {
    WaiverResult w = Waivers.apply(Fixtures.sample(), List.of(waiver("UNCC-7", LocalDate.of(2026, 2, 28))),
        TODAY);
    assertThat(w.report().findings()).noneMatch(Finding::waived);
    assertThat(w.report().summary().waived()).isZero();
    assertThat(w.expired()).containsExactly(
        ".lexgap.yaml:6:5: the waiver for UNCC-7 expired on 2026-02-28 and no longer applies");
    assertThat(w.unmatched()).isEmpty();
    assertThat(w.clean()).isFalse();
  }

  @Test
  void waiversForUnknownOrMetObligationsAreUnmatched() {
    WaiverResult w = Waivers.apply(Fixtures.sample(),
        List.of(waiver("UNCC-77", null), waiver("UNCC-24", null), waiver("UNCC-40", null), waiver("UNCC-7", null)),
        TODAY);
    assertThat(w.unmatched()).containsExactly(
        ".lexgap.yaml:7:5: the waiver for UNCC-77 matches no obligation of checklist uncc-test "
            + "(did you mean 'UNCC-7'?)",
        ".lexgap.yaml:7:5: the waiver for UNCC-24 is not needed: the obligation is met",
        ".lexgap.yaml:7:5: the waiver for UNCC-40 is not needed: the obligation is not-assessable");
    assertThat(w.report().findings()).filteredOn(Finding::waived).extracting(Finding::obligation)
        .containsExactly("UNCC-7");
  }

  @Test
  void todayComesFromTheEnvironmentWhenSet() throws Exception {
    assertThat(Waivers.today(java.util.Map.of("LEXGAP_TODAY", "2030-01-02"))).isEqualTo(LocalDate.of(2030, 1, 2));
    assertThat(Waivers.today(java.util.Map.of())).isEqualTo(LocalDate.now());
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Waivers.today(java.util.Map.of("LEXGAP_TODAY", "soon")))
        .isInstanceOf(ConfigException.class).hasMessage("LEXGAP_TODAY='soon' is not a date in the form yyyy-mm-dd");
  }

  @Test
  void noWaiversLeavesTheReportAsItWas() {
    GapReport r = Fixtures.sample();
    WaiverResult w = Waivers.apply(r, List.of(), TODAY);
    assertThat(w.report()).isEqualTo(r);
  }
}
