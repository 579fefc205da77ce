package org.lexgap.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lexgap.cli.CliHarness.MINI;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lexgap check} end to end: every exit code, option handling and all-or-nothing output. */
class CheckCommandTest {

  @TempDir Path dir;
  CliHarness cli;

  @BeforeEach
  void setUp() {
    cli = new CliHarness(dir);
  }

  // ---- exit 0 and 1

  @Test
  void exitsZeroWithoutGapsAndWithoutAThreshold() throws Exception {
    Path full = cli.write("full.txt", CliHarness.FULL);
    cli.assumeStatuses(full, Map.of("MINI-7", "met", "MINI-9", "met", "MINI-25", "met"));
    assertThat(cli.run("check", "--checklist", MINI, "--fail-on", "partial", full.toString()))
        .isEqualTo(ExitCodes.OK);
    assertThat(cli.out()).startsWith("lexgap gap report").contains("MINI-40-central-authority");
    assertThat(cli.err()).isEmpty();

    Path gaps = cli.write("gaps.txt", CliHarness.ACCESS_ONLY);
    assertThat(cli.run("check", "--checklist", MINI, gaps.toString())).as("--fail-on never is the default")
        .isEqualTo(ExitCodes.OK);
    assertThat(cli.run("check", "--checklist", MINI, "--fail-on", "never", gaps.toString()))
        .isEqualTo(ExitCodes.OK);
  }

  @Test
  void failOnMissingExitsOneWhenAnObligationIsMissing() throws Exception {
    Path gaps = cli.write("gaps.txt", CliHarness.ACCESS_ONLY);
    cli.assumeStatuses(gaps, Map.of("MINI-7", "met", "MINI-9", "missing", "MINI-25", "missing"));
    assertThat(cli.run("check", "--checklist", MINI, "--fail-on", "missing", gaps.toString()))
        .isEqualTo(ExitCodes.GAPS);
    assertThat(cli.out()).contains("MISSING");
    assertThat(cli.err()).isEmpty();
  }

  @Test
  void failOnPartialAlsoFailsOnAStatuteWithOnlyPartialGaps() throws Exception {
    Path partial = cli.write("partial.txt", CliHarness.PARTIAL_ONLY);
    cli.assumeStatuses(partial, Map.of("MINI-7", "partial", "MINI-9", "partial", "MINI-25", "partial"));
    assertThat(cli.run("check", "--checklist", MINI, "--fail-on", "missing", partial.toString()))
        .isEqualTo(ExitCodes.OK);
    assertThat(cli.run("check", "--checklist", MINI, "--fail-on", "partial", partial.toString()))
        .isEqualTo(ExitCodes.GAPS);
    assertThat(cli.run("check", "--checklist", MINI, "--fail-on", "PARTIAL", partial.toString()))
        .as("levels ignore case").isEqualTo(ExitCodes.GAPS);
  }

  // ---- exit 2

  @Test
  void badFailOnValueIsAUsageError() throws Exception {
    Path full = cli.write("full.txt", CliHarness.FULL);
    assertThat(cli.run("check", "--checklist", MINI, "--fail-on", "sometimes", full.toString()))
        .isEqualTo(ExitCodes.USAGE);
    assertThat(cli.err()).isEqualTo("lexgap: invalid --fail-on 'sometimes' (use missing, partial or never)\n");
    assertThat(cli.out()).isEmpty();
  }

  @Test
  void unknownFormatIsAUsageErrorNamingEveryFormat() throws Exception {
    Path full = cli.write("full.txt", CliHarness.FULL);
    assertThat(cli.run("check", "--checklist", MINI, "--format", "docx", full.toString()))
        .isEqualTo(ExitCodes.USAGE);
    assertThat(cli.err()).isEqualTo(
        "lexgap: unknown format 'docx' (use text, md, json, csv, html, sarif, junit, github)\n");
  }

  @Test
  void unknownChecklistNameIsAUsageError() throws Exception {
    Path full = cli.write("full.txt", CliHarness.FULL);
    assertThat(cli.run("check", "--checklist", "un-cybercrime-convnetion", full.toString()))
        .isEqualTo(ExitCodes.USAGE);
    assertThat(cli.err()).contains("un-cybercrime-convnetion").contains("un-cybercrime-convention")
        .doesNotContain("Exception");
  }

  @Test
  void brokenChecklistFileListsEveryErrorWithItsPosition() throws Exception {
    Path full = cli.write("full.txt", CliHarness.FULL);
    Path broken = Path.of("src/test/resources/checklist/broken.yaml").toAbsolutePath();
    assertThat(cli.run("check", "--checklist", broken.toString(), full.toString())).isEqualTo(ExitCodes.USAGE);
    String[] lines = cli.err().split("\n");
    assertThat(lines).hasSizeGreaterThan(3)
        .allSatisfy(l -> assertThat(l).matches(java.util.regex.Pattern.quote(broken.toString()) + ":\\d+:\\d+: .+"));
    assertThat(cli.out()).isEmpty();
  }

  @Test
  void noDocumentsAndNoConfigurationIsAUsageError() {
    assertThat(cli.run("check", "--checklist", MINI)).isEqualTo(ExitCodes.USAGE);
    assertThat(cli.err())
        .isEqualTo("lexgap: no documents given (pass FILE|DIR or set documents in .lexgap.yaml)\n");
  }

  @Test
  void unknownOptionIsAUsageErrorWithAHint() {
    assertThat(cli.run("check", "--strict-waiver", "x.txt")).isEqualTo(ExitCodes.USAGE);
    assertThat(cli.err()).startsWith("lexgap: Unknown option: '--strict-waiver'")
        .contains("Try 'lexgap check --help'");
  }

  // ---- exit 3

  @Test
  void missingFileIsAnInputError() {
    assertThat(cli.run("check", "--checklist", MINI, "nope.txt")).isEqualTo(ExitCodes.INPUT);
    assertThat(cli.err()).isEqualTo("lexgap: " + dir.resolve("nope.txt") + ": no such file\n");
  }

  @Test
  void corruptPdfIsAnInputError() throws Exception {
    Path pdf = dir.resolve("bill.pdf");
    Files.write(pdf, "%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\ntrailer\n<<>>\n%%EOF\n"
        .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    assertThat(cli.run("check", "--checklist", MINI, pdf.toString())).isEqualTo(ExitCodes.INPUT);
    assertThat(cli.err()).startsWith("lexgap: " + pdf + ": ").doesNotContain("Exception").hasLineCount(1);
  }

  @Test
  void emptyFileIsAnInputError() throws Exception {
    Path empty = cli.write("empty.txt", "");
    assertThat(cli.run("check", "--checklist", MINI, empty.toString())).isEqualTo(ExitCodes.INPUT);
    assertThat(cli.err()).startsWith("lexgap: " + empty + ": ").hasLineCount(1);
  }

  @Test
  void folderWithoutStatutesIsAnInputError() throws Exception {
    cli.write("notes/readme.json", "{}");
    cli.write("notes/.hidden/bill.txt", CliHarness.FULL);
    assertThat(cli.run("check", "--checklist", MINI, dir.resolve("notes").toString()))
        .isEqualTo(ExitCodes.INPUT);
    assertThat(cli.err()).startsWith("lexgap: " + dir.resolve("notes") + ": no statutes found");
  }

  // ---- output

  @Test
  void aFailedRunLeavesNoReportAndNoTemporaryFile() throws Exception {
    Path out = dir.resolve("out");
    Files.createDirectories(out);
    assertThat(cli.run("check", "--checklist", MINI, "-f", "json", "-o", out.resolve("report.json").toString(),
        "nope.txt")).isEqualTo(ExitCodes.INPUT);
    assertThat(CliHarness.listing(out)).isEmpty();

    Path pdf = dir.resolve("bill.pdf");
    Files.write(pdf, new byte[] {'%', 'P', 'D', 'F', '-', '1', '.', '4', '\n', 0, 1, 2, 3});
    Files.writeString(out.resolve("report.json"), "the previous report\n");
    assertThat(cli.run("check", "--checklist", MINI, "-f", "json", "-o", out.resolve("report.json").toString(),
        pdf.toString())).isEqualTo(ExitCodes.INPUT);
    assertThat(CliHarness.listing(out)).containsExactly("report.json");
    assertThat(Files.readString(out.resolve("report.json"))).as("an earlier report is left as it was")
        .isEqualTo("the previous report\n");
  }

  @Test
  void outputFileIsWrittenEvenWhenTheRunFailsOnGaps() throws Exception {
    Path gaps = cli.write("gaps.txt", CliHarness.ACCESS_ONLY);
    assertThat(cli.run("check", "--checklist", MINI, "-f", "json", "--fail-on", "missing", "-o", "r/report.json",
        gaps.toString())).isEqualTo(ExitCodes.GAPS);
    assertThat(cli.out()).isEmpty();
    assertThat(CliHarness.statuses(Files.readString(dir.resolve("r/report.json")))).containsEntry("MINI-9",
        "missing");
    assertThat(CliHarness.listing(dir.resolve("r"))).containsExactly("report.json");
  }

  @Test
  void sarifIncludeMetAddsPassResults() throws Exception {
    Path gaps = cli.write("gaps.txt", CliHarness.ACCESS_ONLY);
    assertThat(cli.run("check", "--checklist", MINI, "-f", "sarif", "gaps.txt")).isEqualTo(ExitCodes.OK);
    var plain = CliHarness.sarifResults(cli.out());
    assertThat(plain).containsOnlyKeys("MINI-9", "MINI-25");
    assertThat(plain.get("MINI-9").get(0).at("/locations/0/physicalLocation/artifactLocation/uri").asText())
        .as("paths are relative to the working directory").isEqualTo("gaps.txt");

    assertThat(cli.run("check", "--checklist", MINI, "-f", "sarif", "--sarif-include-met", gaps.toString()))
        .isEqualTo(ExitCodes.OK);
    var all = CliHarness.sarifResults(cli.out());
    assertThat(all).containsKeys("MINI-7", "MINI-9", "MINI-25", "MINI-40-central-authority");
    assertThat(all.get("MINI-7").get(0).get("kind").asText()).isEqualTo("pass");
    assertThat(all.get("MINI-40-central-authority").get(0).get("kind").asText()).isEqualTo("notApplicable");
    assertThat(all.get("MINI-9").get(0).get("kind").asText()).isEqualTo("fail");
  }

  @Test
  void helpListsEveryFormatAndTheNewOptions() {
    assertThat(cli.run("check", "--help")).isEqualTo(ExitCodes.OK);
    assertThat(cli.out().replaceAll("\\s+", " ")).contains("text, md, json, csv, html, sarif, junit, github")
        .contains("--config", "--baseline", "--write-baseline", "--strict-waivers", "--sarif-include-met",
            "--title");
    assertThat(org.lexgap.report.Renderers.names()).hasSize(8);
  }

  @Test
  void documentsFromTheConfigurationAreShownRelativeToTheWorkingDirectory() {
    Path here = Path.of("").toAbsolutePath();
    assertThat(CheckCommand.portable(here, here.resolve("bill/act.txt"))).isEqualTo(Path.of("bill/act.txt"));
    assertThat(CheckCommand.portable(here, here)).isEqualTo(Path.of("."));
    assertThat(CheckCommand.portable(here, dir.resolve("act.txt"))).as("outside the working directory")
        .isEqualTo(dir.resolve("act.txt"));
    // an injected working directory is not the process's: relative paths could not be read, so none are made
    assertThat(CheckCommand.portable(dir, dir.resolve("act.txt"))).isEqualTo(dir.resolve("act.txt"));
    assertThat(CheckCommand.resolve(dir, Path.of("act.txt"))).isEqualTo(dir.resolve("act.txt"));
    assertThat(CheckCommand.resolve(here, Path.of("act.txt"))).as("kept as typed").isEqualTo(Path.of("act.txt"));
  }

  @Test
  void titleReachesTheReport() throws Exception {
    Path full = cli.write("full.txt", CliHarness.FULL);
    assertThat(cli.run("check", "--checklist", MINI, "-f", "md", "--title", "Republic of Examplia",
        full.toString())).isEqualTo(ExitCodes.OK);
    assertThat(cli.out()).contains("Republic of Examplia");
  }
}
