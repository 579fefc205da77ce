package org.lexgap.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lexgap.cli.CliHarness.MINI;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code lexgap check} with a project configuration: discovery and {@code --config}, command-line overrides,
 * waivers (applied, expired, unmatched, {@code --strict-waivers}) and baselines.
 */
class CheckConfigTest {

  @TempDir Path dir;
  CliHarness cli;

  @BeforeEach
  void setUp() throws Exception {
    cli = new CliHarness(dir);
    cli.write("bill/act.txt", CliHarness.ACCESS_ONLY);
  }

  Path config(String yaml) throws Exception {
    return cli.write(".lexgap.yaml", yaml);
  }

  // ---- configuration

  @Test
  void aBareCheckTakesEverythingFromTheNearestConfiguration() throws Exception {
    config("documents: [bill/act.txt]\nchecklist: " + MINI + "\nfail-on: missing\nformat: json\n");
    Path sub = Files.createDirectories(dir.resolve("bill/drafts"));
    CliHarness below = new CliHarness(sub);
    assertThat(below.run("check")).as(below.err()).isEqualTo(ExitCodes.GAPS);
    assertThat(CliHarness.statuses(below.out())).containsEntry("MINI-7", "met").containsEntry("MINI-9",
        "missing");
    assertThat(below.err()).isEmpty();
  }

  @Test
  void commandLineOptionsOverrideTheConfiguration() throws Exception {
    config("documents: [bill/act.txt]\nchecklist: " + MINI + "\nfail-on: missing\nformat: json\n");
    assertThat(cli.run("check", "--fail-on", "never")).isEqualTo(ExitCodes.OK);
    assertThat(cli.out()).startsWith("{");
    assertThat(cli.run("check", "--format", "text")).isEqualTo(ExitCodes.GAPS);
    assertThat(cli.out()).startsWith("lexgap gap report");
    // the default of an option (--format text, --fail-on never) is not "given" and does not override
    assertThat(cli.run("check", "--title", "Examplia")).isEqualTo(ExitCodes.GAPS);
    assertThat(cli.out()).startsWith("{");

    // FILE|DIR replaces documents
    cli.write("other.txt", CliHarness.FULL);
    assertThat(cli.run("check", "other.txt")).isEqualTo(ExitCodes.OK);
    assertThat(CliHarness.statuses(cli.out())).containsEntry("MINI-9", "met");
  }

  @Test
  void outputFromTheConfigurationAndDashForStandardOutput() throws Exception {
    config("documents: [bill/act.txt]\nchecklist: " + MINI + "\nformat: sarif\noutput: reports/lexgap.sarif\n");
    assertThat(cli.run("check")).isEqualTo(ExitCodes.OK);
    assertThat(cli.out()).isEmpty();
    assertThat(CliHarness.sarifResults(Files.readString(dir.resolve("reports/lexgap.sarif"))))
        .containsKeys("MINI-9", "MINI-25");
    assertThat(cli.run("check", "-o", "-", "-f", "csv")).isEqualTo(ExitCodes.OK);
    assertThat(cli.out()).contains("MINI-9");
  }

  @Test
  void explicitConfigFileResolvesPathsAgainstItsOwnFolder() throws Exception {
    cli.write("ci/lexgap.yaml", "documents: [../bill]\nchecklist: " + MINI + "\nfail-on: missing\n");
    config("documents: [nothing-here.txt]\n");
    assertThat(cli.run("check", "--config", "ci/lexgap.yaml")).as(cli.err()).isEqualTo(ExitCodes.GAPS);
    assertThat(cli.run("check", "--config", "ci/missing.yaml")).isEqualTo(ExitCodes.USAGE);
    assertThat(cli.err()).isEqualTo(dir.resolve("ci/missing.yaml") + ": no such file\n");
  }

  @Test
  void aBrokenConfigurationListsEveryProblemAndExitsTwo() throws Exception {
    Path cfg = config("documents: [bill/act.txt]\nfail-on: sometimes\nwaivers:\n  - obligation: MINI-9\n"
        + "    reason: ''\nwiavers: []\n");
    assertThat(cli.run("check")).isEqualTo(ExitCodes.USAGE);
    assertThat(cli.err().split("\n")).containsExactly(
        cfg + ":2:10: 'sometimes' is not one of missing, partial, never (at fail-on)",
        cfg + ":5:13: expected the reason the gap is accepted, found an empty string (at waivers[0].reason)",
        cfg + ":6:1: unknown key 'wiavers' (did you mean 'waivers'?); known keys: documents, checklist, fail-on,"
            + " format, output, waivers, baseline");
    assertThat(cli.out()).isEmpty();
  }

  @Test
  void aConfigurationWithoutDocumentsAndNoArgumentsIsAUsageError() throws Exception {
    config("fail-on: missing\n");
    assertThat(cli.run("check", "--checklist", MINI)).isEqualTo(ExitCodes.USAGE);
    assertThat(cli.err())
        .isEqualTo("lexgap: no documents given (pass FILE|DIR or set documents in .lexgap.yaml)\n");
  }

  // ---- waivers

  static final String WAIVE_9 = "  - obligation: MINI-9\n    reason: Data interference is an offence under the"
      + " Penal Code, s. 403.\n    implemented-in: Penal Code, s. 403\n    expires: 2999-12-31\n";
  static final String WAIVE_25 = "  - obligation: MINI-25\n    reason: Preservation is in the Criminal"
      + " Procedure Code.\n";

  @Test
  void aWaivedGapIsShownAsWaivedAndDoesNotFailTheRun() throws Exception {
    config("documents: [bill/act.txt]\nchecklist: " + MINI + "\nfail-on: missing\nwaivers:\n" + WAIVE_9);
    assertThat(cli.run("check", "-f", "json")).as("MINI-25 is still missing").isEqualTo(ExitCodes.GAPS);
    JsonNode f = CliHarness.finding(cli.out(), "MINI-9");
    assertThat(f.get("status").asText()).as("a waiver keeps the status").isEqualTo("missing");
    assertThat(f.get("waived").asBoolean()).isTrue();
    assertThat(cli.out()).contains("Data interference is an offence under the Penal Code, s. 403.");
    assertThat(CliHarness.finding(cli.out(), "MINI-25").get("waived").asBoolean()).isFalse();
    assertThat(cli.err()).isEmpty();

    config("documents: [bill/act.txt]\nchecklist: " + MINI + "\nfail-on: missing\nwaivers:\n" + WAIVE_9
        + WAIVE_25);
    assertThat(cli.run("check", "-f", "sarif")).as("every missing obligation waived").isEqualTo(ExitCodes.OK);
    JsonNode r = CliHarness.sarifResults(cli.out()).get("MINI-9").get(0);
    assertThat(r.at("/suppressions/0/kind").asText()).isEqualTo("external");
    assertThat(r.at("/suppressions/0/status").asText()).isEqualTo("accepted");
    assertThat(r.at("/suppressions/0/justification").asText())
        .contains("Data interference is an offence under the Penal Code, s. 403.");
  }

  @Test
  void anExpiredWaiverDoesNotApplyAndIsReported() throws Exception {
    Path cfg = config("documents: [bill/act.txt]\nchecklist: " + MINI + "\nfail-on: missing\nwaivers:\n"
        + WAIVE_9.replace("2999-12-31", "2000-01-31") + WAIVE_25);
    assertThat(cli.run("check", "-f", "json")).isEqualTo(ExitCodes.GAPS);
    assertThat(CliHarness.finding(cli.out(), "MINI-9").get("waived").asBoolean()).isFalse();
    assertThat(CliHarness.finding(cli.out(), "MINI-25").get("waived").asBoolean()).isTrue();
    assertThat(cli.err()).isEqualTo("lexgap: warning: " + cfg
        + ":5:5: the waiver for MINI-9 expired on 2000-01-31 and no longer applies\n");
  }

  @Test
  void anUnmatchedWaiverIsReported() throws Exception {
    Path cfg = config("documents: [bill/act.txt]\nchecklist: " + MINI + "\nwaivers:\n"
        + "  - obligation: MINI-7\n    reason: Not needed any more.\n"
        + "  - obligation: MINI-77\n    reason: A typo.\n");
    assertThat(cli.run("check", "-f", "json")).isEqualTo(ExitCodes.OK);
    assertThat(cli.err().split("\n")).containsExactly(
        "lexgap: warning: " + cfg + ":4:5: the waiver for MINI-7 is not needed: the obligation is met",
        "lexgap: warning: " + cfg + ":6:5: the waiver for MINI-77 matches no obligation of checklist"
            + " mini-convention (did you mean 'MINI-7'?)");
    assertThat(CliHarness.statuses(cli.out())).containsEntry("MINI-7", "met");
  }

  @Test
  void strictWaiversTurnsAnExpiredWaiverIntoAnErrorAndWritesNothing() throws Exception {
    config("documents: [bill/act.txt]\nchecklist: " + MINI + "\nformat: json\noutput: out/report.json\n"
        + "waivers:\n" + WAIVE_9.replace("2999-12-31", "2000-01-31"));
    assertThat(cli.run("check", "--strict-waivers", "--write-baseline", "out/base.json"))
        .isEqualTo(ExitCodes.USAGE);
    assertThat(cli.err()).contains("lexgap: warning: ").contains("expired on 2000-01-31")
        .endsWith("lexgap: --strict-waivers: 1 waiver does not apply; no report written\n");
    assertThat(cli.out()).isEmpty();
    assertThat(dir.resolve("out")).doesNotExist();
    assertThat(cli.run("check")).as("without --strict-waivers it is a warning").isEqualTo(ExitCodes.OK);
    assertThat(dir.resolve("out/report.json")).exists();
  }

  @Test
  void strictWaiversTurnsAnUnmatchedWaiverIntoAnError() throws Exception {
    config("documents: [bill/act.txt]\nchecklist: " + MINI + "\nwaivers:\n" + WAIVE_9
        + "  - obligation: MINI-7\n    reason: Not needed any more.\n"
        + "  - obligation: MINI-77\n    reason: A typo.\n");
    assertThat(cli.run("check", "--strict-waivers")).isEqualTo(ExitCodes.USAGE);
    assertThat(cli.err()).contains("MINI-77 matches no obligation")
        .endsWith("lexgap: --strict-waivers: 2 waivers do not apply; no report written\n");
    assertThat(cli.out()).isEmpty();
    config("documents: [bill/act.txt]\nchecklist: " + MINI + "\nwaivers:\n" + WAIVE_9);
    assertThat(cli.run("check", "--strict-waivers")).as("every waiver applies").isEqualTo(ExitCodes.OK);
    assertThat(cli.err()).isEmpty();
  }

  // ---- baselines

  @Test
  void aBaselineFailsOnlyOnNewGaps() throws Exception {
    Path act = dir.resolve("bill/act.txt");
    assertThat(cli.run("check", "--checklist", MINI, "--write-baseline", ".lexgap-baseline.json", act.toString()))
        .isEqualTo(ExitCodes.OK);
    String baseline = Files.readString(dir.resolve(".lexgap-baseline.json"));
    assertThat(baseline).contains("\"obligation\": \"MINI-9\"", "\"obligation\": \"MINI-25\"")
        .doesNotContain("MINI-7\"");
    assertThat(CliHarness.listing(dir)).containsExactlyInAnyOrder(".lexgap-baseline.json", "bill");

    assertThat(cli.run("check", "--checklist", MINI, "--baseline", ".lexgap-baseline.json", "--fail-on",
        "missing", act.toString())).as("the same gaps as the baseline").isEqualTo(ExitCodes.OK);
    assertThat(cli.out()).contains("MISSING");
    assertThat(cli.err()).isEmpty();

    // the next draft drops the access offence (a new gap) and adds the data offence (a baseline gap fixed)
    Path v2 = cli.write("bill-v2/act.txt", CliHarness.DATA_ONLY);
    cli.assumeStatuses(v2, Map.of("MINI-7", "missing", "MINI-9", "met", "MINI-25", "missing"));
    assertThat(cli.run("check", "--checklist", MINI, "--baseline", ".lexgap-baseline.json", "--fail-on",
        "missing", v2.toString())).isEqualTo(ExitCodes.GAPS);
    assertThat(cli.run("check", "--checklist", MINI, "--baseline", ".lexgap-baseline.json", "-f", "sarif",
        v2.toString())).isEqualTo(ExitCodes.OK);
    Map<String, List<JsonNode>> results = CliHarness.sarifResults(cli.out());
    assertThat(results.get("MINI-7").get(0).get("baselineState").asText()).isEqualTo("new");
    assertThat(results.get("MINI-25").get(0).get("baselineState").asText()).isEqualTo("unchanged");
    assertThat(results.get("MINI-9").get(0).get("baselineState").asText()).isEqualTo("absent");
    assertThat(results.get("MINI-9").get(0).get("kind").asText()).isEqualTo("pass");
  }

  @Test
  void aBaselineFromTheConfigurationIsCreatedByWriteBaselineAndUsedAfterwards() throws Exception {
    config("documents: [bill/act.txt]\nchecklist: " + MINI + "\nfail-on: missing\nbaseline: .lexgap-baseline.json\n");
    assertThat(cli.run("check")).as("no baseline yet: %s", cli.err()).isEqualTo(ExitCodes.USAGE);
    assertThat(cli.err()).endsWith(".lexgap-baseline.json: no such file\n");
    assertThat(cli.run("check", "--write-baseline", ".lexgap-baseline.json")).as(cli.err())
        .isEqualTo(ExitCodes.GAPS);
    assertThat(cli.run("check")).as(cli.err()).isEqualTo(ExitCodes.OK);
    // with --baseline the named file must exist, even while writing another
    assertThat(cli.run("check", "--baseline", "old.json", "--write-baseline", "old.json"))
        .isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void aBrokenBaselineIsAUsageErrorWithItsPosition() throws Exception {
    Path base = cli.write("base.json", "{\n  \"formatVersion\": \"1\",\n  \"checklist\": {\"id\": \"mini\"},\n"
        + "  \"gaps\": [{\"obligation\": \"MINI-9\", \"status\": \"met\"}]\n}\n");
    assertThat(cli.run("check", "--checklist", MINI, "--baseline", "base.json", "bill/act.txt"))
        .isEqualTo(ExitCodes.USAGE);
    assertThat(cli.err()).startsWith(base + ":4:").contains("status 'met' is not a gap");
    assertThat(cli.out()).isEmpty();
  }

  @Test
  void aBaselineOfAnotherChecklistIsComparedWithAWarning() throws Exception {
    cli.write("base.json", "{\"formatVersion\": \"1\", \"checklist\": {\"id\": \"other\", \"version\": \"2\"},"
        + " \"gaps\": [{\"obligation\": \"MINI-9\", \"status\": \"missing\"},"
        + " {\"obligation\": \"MINI-25\", \"status\": \"missing\"}]}");
    assertThat(cli.run("check", "--checklist", MINI, "--baseline", "base.json", "--fail-on", "missing",
        "bill/act.txt")).isEqualTo(ExitCodes.OK);
    assertThat(cli.err()).isEqualTo("lexgap: warning: the baseline was written for checklist other, this report"
        + " uses mini-convention; obligations are compared by id\n");
  }

  @Test
  void aWaivedGapStaysInTheBaseline() throws Exception {
    config("documents: [bill/act.txt]\nchecklist: " + MINI + "\nwaivers:\n" + WAIVE_9);
    assertThat(cli.run("check", "--write-baseline", "b.json")).isEqualTo(ExitCodes.OK);
    assertThat(Files.readString(dir.resolve("b.json"))).as("a waived gap is still a gap")
        .contains("\"obligation\": \"MINI-9\"");
  }
}
