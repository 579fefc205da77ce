package org.lexgap.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.lexgap.analysis.GapReport;
import org.lexgap.analysis.Status;
import org.lexgap.config.Fixtures;
import org.junit.jupiter.api.Test;

class ReportDiffTest {

  static GapReport before() {
    return Fixtures.sample(); // 7 partial (5), 8 missing, 24 met (20), 40 not assessable
  }

  /** 7 improves to met, 8 stays missing, 24 regresses to partial, 40 becomes assessable (met). */
  static GapReport after() {
    return Fixtures.report(List.of(
        Fixtures.finding("UNCC-7", Status.MET, List.of("5", "6"), List.of()),
        Fixtures.finding("UNCC-8", Status.MISSING, List.of(), List.of("the conduct", "intent")),
        Fixtures.finding("UNCC-24", Status.PARTIAL, List.of("20"), List.of("intent")),
        Fixtures.finding("UNCC-40", Status.MET, List.of("41"), List.of())));
  }

  @Test
  void classifiesImprovedRegressedUnchangedAndNotCompared() {
    DiffResult d = ReportDiff.compare(before(), after());
    assertThat(d.obligations()).extracting(ObligationDiff::obligation, ObligationDiff::change).containsExactly(
        org.assertj.core.groups.Tuple.tuple("UNCC-7", Change.IMPROVED),
        org.assertj.core.groups.Tuple.tuple("UNCC-8", Change.UNCHANGED),
        org.assertj.core.groups.Tuple.tuple("UNCC-24", Change.REGRESSED),
        org.assertj.core.groups.Tuple.tuple("UNCC-40", Change.NOT_COMPARED));
    assertThat(d.hasRegression()).isTrue();
    assertThat(d.counts()).containsEntry(Change.IMPROVED, 1).containsEntry(Change.REGRESSED, 1)
        .containsEntry(Change.EVIDENCE_CHANGED, 0).hasSize(Change.values().length);
  }

  @Test
  void sameStatusWithOtherCitationsOrMissingElementsIsEvidenceChanged() {
    GapReport a = Fixtures.report(List.of(
        Fixtures.finding("UNCC-7", Status.PARTIAL, List.of("5"), List.of("intent")),
        Fixtures.finding("UNCC-8", Status.PARTIAL, List.of("6"), List.of("intent")),
        Fixtures.finding("UNCC-24", Status.MET, List.of("20", "21"), List.of())));
    GapReport b = Fixtures.report(List.of(
        Fixtures.finding("UNCC-7", Status.PARTIAL, List.of("5A"), List.of("intent")),
        Fixtures.finding("UNCC-8", Status.PARTIAL, List.of("6"), List.of("the conduct")),
        Fixtures.finding("UNCC-24", Status.MET, List.of("21", "20"), List.of())));
    DiffResult d = ReportDiff.compare(a, b);
    assertThat(d.with(Change.EVIDENCE_CHANGED)).extracting(ObligationDiff::obligation)
        .containsExactly("UNCC-7", "UNCC-8");
    assertThat(d.with(Change.UNCHANGED)).extracting(ObligationDiff::obligation).containsExactly("UNCC-24");
    assertThat(d.hasRegression()).isFalse();
  }

  @Test
  void obligationsInOnlyOneReportAreListed() {
    GapReport a = Fixtures.report(List.of(
        Fixtures.finding("UNCC-7", Status.PARTIAL, List.of("5"), List.of("intent")),
        Fixtures.finding("UNCC-8", Status.MISSING, List.of(), List.of("intent"))));
    GapReport b = Fixtures.report(List.of(
        Fixtures.finding("UNCC-24", Status.MISSING, List.of(), List.of("intent")),
        Fixtures.finding("UNCC-7", Status.MISSING, List.of(), List.of("intent"))));
    DiffResult d = ReportDiff.compare(a, b);
    assertThat(d.obligations()).extracting(ObligationDiff::obligation, ObligationDiff::change).containsExactly(
        org.assertj.core.groups.Tuple.tuple("UNCC-24", Change.ADDED),
        org.assertj.core.groups.Tuple.tuple("UNCC-7", Change.REGRESSED),
        org.assertj.core.groups.Tuple.tuple("UNCC-8", Change.REMOVED));
    assertThat(d.with(Change.ADDED).get(0).before()).isNull();
    assertThat(d.with(Change.REMOVED).get(0).after()).isNull();
  }

  @Test
  void aReportComparedWithItselfHasNoChange() {
    DiffResult d = ReportDiff.compare(before(), before());
    assertThat(d.obligations()).allMatch(o -> o.change() == Change.UNCHANGED);
    assertThat(d.hasRegression()).isFalse();
  }
}
