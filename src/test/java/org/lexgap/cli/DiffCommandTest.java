package org.lexgap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.lexgap.analysis.GapReport;
import org.lexgap.config.Fixtures;
import org.lexgap.report.JsonRenderer;
import org.lexgap.report.RenderOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffCommandTest {

  static final String MINI = Path.of("src/test/resources/checklist/mini.yaml").toString();

  @TempDir Path dir;
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  int run(String... args) {
    return Main.run(args, new PrintWriter(out), new PrintWriter(err));
  }

  Path json(String name, GapReport r) throws Exception {
    Path p = dir.resolve(name);
    try (Writer w = Files.newBufferedWriter(p)) {
      new JsonRenderer().render(r, RenderOptions.defaults(), w);
    }
    return p;
  }

  @Test
  void aRegressionExitsOneAndAnImprovementZero() throws Exception {
    Path before = json("before.json", org.lexgap.diff.ReportDiffTestAccess.before());
    Path after = json("after.json", org.lexgap.diff.ReportDiffTestAccess.after());
    assertThat(run("diff", before.toString(), after.toString())).isEqualTo(ExitCodes.GAPS);
    assertThat(out.toString()).contains("Regressed (1)").contains("UNCC-24");
    assertThat(err.toString()).isEmpty();

    out.getBuffer().setLength(0);
    Path improved = json("improved.json", Fixtures.report(java.util.List.of(
        Fixtures.finding("UNCC-7", org.lexgap.analysis.Status.MET, java.util.List.of("5"),
            java.util.List.of()))));
    Path partial = json("partial.json", Fixtures.report(java.util.List.of(
        Fixtures.finding("UNCC-7", org.lexgap.analysis.Status.PARTIAL, java.util.List.of("5"),
            java.util.List.of("intent")))));
    assertThat(run("diff", "--format", "md", partial.toString(), improved.toString())).isEqualTo(ExitCodes.OK);
    assertThat(out.toString()).startsWith("# lexgap diff").contains("## Improved (1)");
  }

  @Test
  void writesToAnOutputFile() throws Exception {
    Path before = json("before.json", Fixtures.sample());
    Path target = dir.resolve("out/diff.json");
    assertThat(run("diff", "-f", "json", "-o", target.toString(), before.toString(), before.toString()))
        .isEqualTo(ExitCodes.OK);
    assertThat(out.toString()).isEmpty();
    assertThat(Files.readString(target)).contains("\"regression\": false");
  }

  @Test
  void checksStatuteFilesAgainstAChecklist() throws Exception {
    Path v1 = dir.resolve("v1.txt");
    Path v2 = dir.resolve("v2.txt");
    Files.writeString(v1, "1. Short title\nThis Act may be cited as the Computer Misuse Act.\n"
        + "2. A person who intentionally accesses a computer system without authorization commits an offence "
        + "and is liable on conviction to imprisonment for two years.\n");
    Files.writeString(v2, "1. Short title\nThis Act may be cited as the Computer Misuse Act.\n");
    assertThat(run("diff", "--checklist", MINI, v1.toString(), v1.toString())).isEqualTo(ExitCodes.OK);
    assertThat(out.toString()).startsWith("lexgap diff: mini-convention 1.0.0\n")
        .contains("No obligation changed.");
    out.getBuffer().setLength(0);
    int code = run("diff", "--checklist", MINI, "--format", "json", v1.toString(), v2.toString());
    assertThat(out.toString()).contains("\"obligation\": \"MINI-7\"");
    // whatever the analysis makes of the first version, deleting the offence cannot improve anything
    assertThat(out.toString()).doesNotContain("\"change\": \"improved\"");
    assertThat(code).isIn(ExitCodes.OK, ExitCodes.GAPS);
  }

  @Test
  void usageAndInputErrorsHaveTheirExitCodes() throws Exception {
    Path r = json("r.json", Fixtures.sample());
    assertThat(run("diff", "--format", "html", r.toString(), r.toString())).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("unknown diff format 'html' (use text, md, json)");
    assertThat(run("diff", r.toString())).isEqualTo(ExitCodes.USAGE);
    err.getBuffer().setLength(0);
    assertThat(run("diff", r.toString(), dir.resolve("nope.txt").toString(), "--checklist", MINI))
        .isEqualTo(ExitCodes.INPUT);
    assertThat(err.toString()).contains("nope.txt: no such file");
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"formatVersion\": \"1.0\"}");
    err.getBuffer().setLength(0);
    assertThat(run("diff", bad.toString(), r.toString())).isEqualTo(ExitCodes.INPUT);
    assertThat(err.toString()).startsWith("lexgap: " + bad).doesNotContain("Exception");
    err.getBuffer().setLength(0);
    Path txt = dir.resolve("a.txt");
    Files.writeString(txt, "Some text.\n");
    assertThat(run("diff", "--checklist", dir.resolve("missing.yaml").toString(), txt.toString(), txt.toString()))
        .isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void isListedInTheMainHelp() {
    run("--help");
    assertThat(out.toString()).contains("diff");
  }
}
