package org.lexgap.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;

/** One run of lexgap as the command line does it ({@link Main#run}), with its exit code and captured output. */
record Run(int code, String out, String err) {

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  List<String> lastLines(int n) {
    List<String> lines = Arrays.asList(out.split("\n"));
    return lines.subList(Math.max(0, lines.size() - n), lines.size());
  }
}
