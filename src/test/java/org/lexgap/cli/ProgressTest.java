package org.lexgap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ProgressTest {

  private final BooleanSupplier saved = Progress.terminal;

  @AfterEach
  void restore() {
    Progress.terminal = saved;
  }

  private static String[] check() {
    return new String[] {"check", CompareCommandTest.EXAMPLIA, CompareCommandTest.OTHERLAND, "-f", "json"};
  }

  @Test
  void silentWhenStderrIsNotATerminal() {
    Progress.terminal = () -> false;
    Run r = Run.run(check());
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
  }

  @Test
  void checkShowsDocumentsAndObligationsOnATerminalThenErasesTheLine() {
    Progress.terminal = () -> true;
    Run r = Run.run(check());
    assertThat(r.code()).as(r.err()).isZero();
    String err = r.err();
    assertThat(err).contains("\rlexgap: reading 1/2: " + CompareCommandTest.EXAMPLIA + "/cybercrime-act.txt")
        .contains("\rlexgap: read 2/2 documents")
        .contains("\rlexgap: assessing 61 obligations against 2 documents")
        .contains("\rlexgap: assessed 61 obligations")
        .doesNotContain("\n");
    // The last write blanks the line and returns to its start, so the report starts clean.
    assertThat(err).matches("(?s).*\r {10,}\r$");
    // The report on stdout is untouched by progress.
    assertThat(r.out()).startsWith("{");
  }

  @Test
  void compareNamesTheCountryBeingChecked() {
    Progress.terminal = () -> true;
    Run r = Run.run("compare", "-f", "csv", CompareCommandTest.EXAMPLIA,
        CompareCommandTest.OTHERLAND);
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("\rlexgap: [1/2 Examplia] reading 1/1: ")
        .contains("\rlexgap: [2/2 Otherland] assessed 61 obligations");
  }

  @Test
  void errorsStartOnACleanLine() {
    Progress.terminal = () -> true;
    Run r = Run.run("check", CompareCommandTest.EXAMPLIA, "no-such-file.txt");
    assertThat(r.code()).isEqualTo(ExitCodes.INPUT);
    assertThat(r.err()).matches("(?s)(.*\r {10,}\r)?lexgap: no-such-file.txt: no such file\n");
  }

  @Test
  void pagesAccumulateAndLinesFitEightyColumns() {
    StringWriter w = new StringWriter();
    try (Progress p = new Progress(new PrintWriter(w), true)) {
      p.documentRead(1, 2, "a.pdf", 10);
      p.documentRead(2, 2, "b.pdf", 5);
      p.documentStarted(3, 3, "x/" + "very-long-name-".repeat(10) + ".pdf");
    }
    String[] writes = w.toString().split("\r");
    assertThat(writes[1]).isEqualTo("lexgap: read 1/2 documents, 10 pages");
    assertThat(writes[2]).isEqualTo("lexgap: read 2/2 documents, 15 pages");
    assertThat(writes[3].codePointCount(0, writes[3].length())).isEqualTo(Progress.WIDTH);
    assertThat(writes[3]).startsWith("lexgap: reading 3/3, 15 pages: x/very").contains("\u2026").endsWith("-.pdf");
  }

  @Test
  void hostileNamesCannotDriveTheTerminal() {
    assertThat(Progress.fit("a\u001b[2J\u202eb\nc")).isEqualTo("a[2Jbc");
  }

  @Test
  void disabledProgressWritesNothing() {
    StringWriter w = new StringWriter();
    try (Progress p = new Progress(new PrintWriter(w), false)) {
      p.corpusStarted(1, 1, "X");
      p.analysisStarted(3, 1);
    }
    assertThat(w.toString()).isEmpty();
  }
}
