package org.lexgap.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lexgap.cli.Run.run;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lexgap.GoldenFiles;

class RulesCommandTest {

  static final String MINI = "src/test/resources/checklist/mini.yaml";
  static final Path GOLDEN = Path.of("src/test/resources/golden/rules");

  /** Compares with a golden file; -Dlexgap.updateGolden=true rewrites it instead (on purpose only). */
  static void assertGolden(String name, String actual) throws Exception {
    GoldenFiles.assertMatches(GOLDEN.resolve(name), actual);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "list.txt,       list,                             text",
    "list.md,        list,                             md",
    "list.json,      list,                             json",
    "show-MINI-7.txt, show MINI-7,                     text",
    "show-MINI-9.md, show MINI-9,                      md",
    "show-MINI-7.json, show MINI-7,                    json",
    "show-MINI-40.txt, show MINI-40-central-authority, text",
  })
  void goldenOutput(String golden, String command, String format) throws Exception {
    String[] words = command.split(" ");
    String[] args = new String[words.length + 5];
    args[0] = "rules";
    System.arraycopy(words, 0, args, 1, words.length);
    args[words.length + 1] = "--checklist";
    args[words.length + 2] = MINI;
    args[words.length + 3] = "--format";
    args[words.length + 4] = format;
    Run r = run(args);
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    assertGolden(golden, r.out());
  }

  /** The shipped UN checklist, as a reviewer sees it: regenerate on purpose when the checklist changes. */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "un-list.txt,    list",
    "un-show-UNCC-7.txt, show UNCC-7",
  })
  void goldenOutputOfTheEmbeddedChecklist(String golden, String command) throws Exception {
    String[] words = command.split(" ");
    String[] args = new String[words.length + 1];
    args[0] = "rules";
    System.arraycopy(words, 0, args, 1, words.length);
    Run r = run(args);
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    assertGolden(golden, r.out());
  }

  @Test
  void validateReportsEachFileAndFailsWhenAnyIsInvalid() throws Exception {
    Run r = run("rules", "validate", MINI, "src/test/resources/checklist/warnings.yaml",
        "src/test/resources/checklist/broken.yaml");
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).isEmpty();
    assertGolden("validate.txt", r.out());

    Run ok = run("rules", "validate", MINI);
    assertThat(ok.code()).isZero();
    assertThat(ok.out()).isEqualTo(MINI + ": ok (4 obligations, 9 concepts)\n");
  }

  @Test
  void unknownObligationIsAUsageError() {
    Run r = run("rules", "show", "MINI-77", "--checklist", MINI);
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("lexgap: unknown obligation 'MINI-77' in checklist mini-convention\n");
  }

  @Test
  void obligationIdsMatchIgnoringCase() {
    assertThat(run("rules", "show", "mini-7", "--checklist", MINI).out())
        .isEqualTo(run("rules", "show", "MINI-7", "--checklist", MINI).out())
        .startsWith("MINI-7  Illegal access\n");
  }

  @Test
  void invalidChecklistPrintsEveryErrorLine() {
    Run r = run("rules", "list", "--checklist", "src/test/resources/checklist/broken.yaml");
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines()).hasSize(21)
        .allMatch(l -> l.startsWith("src/test/resources/checklist/broken.yaml:"));
  }

  @Test
  void missingChecklistAndSubcommand() {
    Run r = run("rules", "list", "--checklist", "nowhere.yaml");
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).isEqualTo("nowhere.yaml: no such file, and not an embedded checklist"
        + " (budapest-convention, un-cybercrime-convention)\n");

    Run none = run("rules");
    assertThat(none.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(none.err()).startsWith("lexgap: missing subcommand: list, show or validate");

    Run noFiles = run("rules", "validate");
    assertThat(noFiles.code()).isEqualTo(ExitCodes.USAGE);

    Run badFormat = run("rules", "list", "--checklist", MINI, "--format", "xml");
    assertThat(badFormat.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(badFormat.err()).contains("--format");
  }

  @Test
  void markdownEscapesChecklistText() {
    assertThat(RulesCommand.md("a|b *c* <script> [x](y)")).isEqualTo("a\\|b \\*c\\* \\<script\\> \\[x\\](y)");
    assertThat(RulesCommand.code("a`b")).isEqualTo("``a`b``");
    assertThat(RulesCommand.code("`x")).isEqualTo("`` `x ``");
  }
}
