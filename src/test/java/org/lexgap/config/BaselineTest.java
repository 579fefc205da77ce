package org.lexgap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.lexgap.analysis.GapReport;
import org.lexgap.analysis.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {

  @TempDir Path dir;

  @Test
  void fingerprintIsStableAndDependsOnlyOnObligationAndStatus() {
    String fp = Baseline.fingerprint("UNCC-7", Status.PARTIAL);
    assertThat(fp).hasSize(16).matches("[0-9a-f]{16}");
    assertThat(fp).isEqualTo(Baseline.fingerprint("UNCC-7", Status.PARTIAL));
    assertThat(fp).isNotEqualTo(Baseline.fingerprint("UNCC-7", Status.MISSING))
        .isNotEqualTo(Baseline.fingerprint("UNCC-8", Status.PARTIAL));
    // the same gap cited from another section (the bill was renumbered) keeps its fingerprint
    GapReport a = Fixtures.report(List.of(Fixtures.finding("UNCC-7", Status.PARTIAL, List.of("5"), List.of("x"))));
    GapReport b = Fixtures.report(List.of(Fixtures.finding("UNCC-7", Status.PARTIAL, List.of("9"), List.of("y"))));
    assertThat(Baseline.of(a)).isEqualTo(Baseline.of(b));
  }

  @Test
  void writesSortedJsonAndReadsItBack() throws Exception {
    Path file = dir.resolve("sub/.lexgap-baseline.json");
    Baseline.write(Fixtures.sample(), file);
    String json = Files.readString(file);
    assertThat(json).isEqualTo("""
        {
          "formatVersion": "1",
          "checklist": {
            "id": "uncc-test",
            "version": "1.0"
          },
          "gaps": [
            {
              "obligation": "UNCC-7",
              "status": "partial",
              "fingerprint": "%s"
            },
            {
              "obligation": "UNCC-8",
              "status": "missing",
              "fingerprint": "%s"
            }
          ]
        }
        """.formatted(Baseline.fingerprint("UNCC-7", Status.PARTIAL),
        Baseline.fingerprint("UNCC-8", Status.MISSING)));
    assertThat(Baseline.read(file)).isEqualTo(Baseline.of(Fixtures.sample()));
    try (var s = Files.list(file.getParent())) {
      assertThat(s).hasSize(1); // no temporary file left behind
    }
  }

  @Test
  void comparesNewUnchangedAbsentAndNone() {
    // baseline: UNCC-7 partial, UNCC-8 missing
    Baseline base = Baseline.of(Fixtures.sample());
    GapReport now = Fixtures.report(List.of(
        Fixtures.finding("UNCC-7", Status.MISSING, List.of(), List.of("the conduct")), // partial -> missing
        Fixtures.finding("UNCC-8", Status.PARTIAL, List.of("6"), List.of("intent")), // missing -> partial
        Fixtures.finding("UNCC-24", Status.MET, List.of("20"), List.of()),
        Fixtures.finding("UNCC-40", Status.NOT_ASSESSABLE, List.of(), List.of())));
    BaselineComparison c = Baseline.compare(base, now);
    assertThat(c.state("UNCC-7")).isEqualTo(BaselineState.NEW);
    assertThat(c.state("UNCC-8")).isEqualTo(BaselineState.UNCHANGED);
    assertThat(c.state("UNCC-24")).isEqualTo(BaselineState.NONE);
    assertThat(c.state("UNCC-40")).isEqualTo(BaselineState.NONE);
    assertThat(c.hasNew()).isTrue();
    assertThat(c.warnings()).isEmpty();

    GapReport fixed = Fixtures.report(List.of(
        Fixtures.finding("UNCC-7", Status.MET, List.of("5"), List.of()),
        Fixtures.finding("UNCC-8", Status.MISSING, List.of(), List.of("the conduct")),
        Fixtures.finding("UNCC-24", Status.PARTIAL, List.of("20"), List.of("intent"))));
    BaselineComparison d = Baseline.compare(base, fixed);
    assertThat(d.obligations(BaselineState.ABSENT)).containsExactly("UNCC-7");
    assertThat(d.obligations(BaselineState.UNCHANGED)).containsExactly("UNCC-8");
    assertThat(d.obligations(BaselineState.NEW)).containsExactly("UNCC-24");
  }

  @Test
  void baselineGapsOfObligationsNoLongerInTheChecklistAreVanished() {
    Baseline base = new Baseline("1", "uncc-test", "0.9", List.of(
        new Baseline.Gap("UNCC-99", Status.MISSING, Baseline.fingerprint("UNCC-99", Status.MISSING))));
    BaselineComparison c = Baseline.compare(base, Fixtures.sample());
    assertThat(c.vanished()).extracting(Baseline.Gap::obligation).containsExactly("UNCC-99");
    assertThat(c.warnings()).containsExactly("the baseline was written for uncc-test version 0.9, this report "
        + "uses version 1.0; obligations are compared by id");
  }

  @Test
  void readErrorsCarryFileLineAndColumn() throws Exception {
    Path file = dir.resolve("b.json");
    Files.writeString(file, """
        {
          "formatVersion": "1",
          "checklist": {"id": "uncc-test", "version": "1.0"},
          "gaps": [
            {"obligation": "UNCC-7", "status": "met"},
            {"obligation": "UNCC-8", "stauts": "missing"}
          ]
        }
        """);
    assertThatThrownBy(() -> Baseline.read(file)).isInstanceOf(ConfigException.class)
        .satisfies(e -> assertThat(((ConfigException) e).errors()).containsExactly(
            file + ":5:40: status 'met' is not a gap (partial or missing) (at gaps[0].status)",
            file + ":6:30: unknown key 'stauts' (did you mean 'status'?) (at gaps[1])",
            file + ":6:5: missing 'status' (at gaps[1])"));
  }

  @Test
  void malformedJsonIsOneLocatedLine() throws Exception {
    Path file = dir.resolve("b.json");
    Files.writeString(file, "{\n  \"formatVersion\": \"1\",\n  \"gaps\": [\n}\n");
    assertThatThrownBy(() -> Baseline.read(file)).isInstanceOf(ConfigException.class)
        .hasMessageStartingWith(file + ":4:").hasMessageContaining("invalid JSON");
  }

  @Test
  void aNewerFormatIsRefused() throws Exception {
    Path file = dir.resolve("b.json");
    Files.writeString(file, "{\"formatVersion\": \"2\", \"checklist\": {\"id\": \"x\"}, \"gaps\": []}");
    assertThatThrownBy(() -> Baseline.read(file)).hasMessageContaining("baseline format 2 is not supported");
  }
}
