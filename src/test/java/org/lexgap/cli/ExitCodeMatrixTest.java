package org.lexgap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every exit code of every lexgap command is exercised end to end through {@link Main#run}. The matrix, and
 * where each cell is tested (4, an internal error, is a bug by definition and has no trigger):
 *
 * <pre>
 * command  0                              1                                2                                       3
 * check    CheckCommandTest               CheckCommandTest (missing,       CheckCommandTest (--fail-on value,      CheckCommandTest (missing file,
 *          .exitsZeroWithout...           partial-only statute),           format, checklist name, broken          corrupt PDF, empty file, folder
 *                                         CheckConfigTest (baseline: new   checklist file:line:col, no documents), without statutes, atomic -o)
 *                                         gap)                             CheckConfigTest (.lexgap.yaml, baseline,
 *                                                                          --strict-waivers expired / unmatched)
 * diff     DiffCommandTest, here          DiffCommandTest, here (sample    DiffCommandTest (format, arity,         DiffCommandTest (missing file, bad
 *                                         bill: 1 regression, 1            checklist)                              JSON report), here (corrupt PDF)
 *                                         improvement)
 * rules    RulesCommandTest (golden       -                                RulesCommandTest (unknown obligation,   -
 *          list/show/validate)                                             invalid checklist, no subcommand)
 * extract  ExtractCommandTest (text,       -                                ExtractCommandTest (unknown format)     ExtractCommandTest (missing file,
 *          json, folder)                                                                                           folder without statutes), here
 *                                                                                                                  (empty file)
 * eval     EvalCommandTest (baseline      EvalCommandTest (total below     EvalCommandTest (gold errors, usage)    EvalCommandTest (unreadable
 *          and lexgap totals)             its minimum)                                                             documents)
 * </pre>
 */
class ExitCodeMatrixTest {

  static final Path SAMPLE = Path.of("samples/cybercrimes-act-2025.txt").toAbsolutePath();

  /** Section 15A of the derived draft: an offence the sample bill lacks (Convention art. 15). */
  static final String GROOMING = "15A. Solicitation of children.—(1) A person who, by means of a computer system,"
      + " communicates with a child with intent to commit a sexual offence against the child commits an offence"
      + " and is liable on conviction to imprisonment for ten years.\n\n";

  @TempDir Path dir;
  CliHarness cli;

  @BeforeEach
  void setUp() {
    cli = new CliHarness(dir);
  }

  /**
   * The next draft of the sample bill: section 10 (computer-related forgery) deleted outright, and a grooming
   * offence inserted as section 15A at the end of Part II.
   */
  static String nextDraft(String bill) {
    int forgery = bill.indexOf("10. Computer-related forgery.—(1)");
    int fraud = bill.indexOf("11. Computer-related fraud.—(1)");
    int partThree = bill.indexOf("PART III—PROCEDURAL POWERS\n\n16.");
    assertThat(forgery).as("section 10 of the sample").isPositive();
    assertThat(fraud).isGreaterThan(forgery);
    assertThat(partThree).as("the body's Part III heading").isGreaterThan(fraud);
    return bill.substring(0, forgery) + bill.substring(fraud, partThree) + GROOMING + bill.substring(partThree);
  }

  @Test
  void diffOfTwoDraftsOfTheSampleBillReportsOneRegressionAndOneImprovement() throws Exception {
    Path next = cli.write("cybercrimes-act-2025-draft2.txt", nextDraft(Files.readString(SAMPLE)));
    int code = cli.run("diff", "--format", "json", SAMPLE.toString(), next.toString());
    assertThat(cli.err()).isEmpty();
    JsonNode diff = CliHarness.JSON.readTree(cli.out());
    List<String> regressed = new ArrayList<>();
    List<String> improved = new ArrayList<>();
    for (JsonNode o : diff.get("obligations")) {
      String change = o.get("change").asText();
      String line = o.get("obligation").asText() + " " + o.at("/old/status").asText() + " -> "
          + o.at("/new/status").asText();
      if (change.equals("regressed")) {
        regressed.add(line);
      } else if (change.equals("improved")) {
        improved.add(line);
      }
    }
    assertThat(regressed).containsExactly("UNCC-12 met -> missing");
    assertThat(improved).hasSize(1).allMatch(s -> s.startsWith("UNCC-15 missing -> "));
    assertThat(diff.at("/counts/regressed").asInt()).isEqualTo(1);
    assertThat(diff.at("/counts/improved").asInt()).isEqualTo(1);
    assertThat(diff.get("regression").asBoolean()).isTrue();
    assertThat(code).isEqualTo(ExitCodes.GAPS);
  }

  @Test
  void diffOfAnUnreadableDraftIsAnInputError() throws Exception {
    Path pdf = dir.resolve("draft.pdf");
    Files.write(pdf, "%PDF-1.4\nnot really\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    assertThat(cli.run("diff", "--checklist", CliHarness.MINI, SAMPLE.toString(), pdf.toString()))
        .isEqualTo(ExitCodes.INPUT);
    assertThat(cli.err()).startsWith("lexgap: " + pdf + ": ").hasLineCount(1);
    assertThat(cli.out()).isEmpty();
  }

  @Test
  void extractOfAnEmptyFileIsAnInputError() throws Exception {
    Path empty = cli.write("empty.txt", "");
    assertThat(cli.run("extract", empty.toString())).isEqualTo(ExitCodes.INPUT);
    assertThat(cli.err()).startsWith("lexgap: " + empty + ": ").hasLineCount(1);
    assertThat(cli.out()).isEmpty();
  }
}
