package org.lexgap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Runs lexgap as the command line does ({@link Main#run}) with captured streams and a working directory of
 * the test's choosing ({@link CheckCommand#CWD_PROPERTY}), and holds the small statutes the end-to-end tests
 * check against the mini checklist.
 */
final class CliHarness {

  static final String MINI = Path.of("src/test/resources/checklist/mini.yaml").toAbsolutePath().toString();
  static final ObjectMapper JSON = new ObjectMapper();

  /** MINI-7, MINI-9 and MINI-25 met (MINI-40 is never assessable). */
  static final String FULL = """
      THE COMPUTER MISUSE ACT

      1. Short title.—This Act may be cited as the Computer Misuse Act.

      2. Illegal access.—A person who intentionally accesses a computer system without authorization commits \
      an offence and is liable on conviction to imprisonment for two years.

      3. Data interference.—A person who intentionally and without authorization deletes, alters or \
      suppresses computer data commits an offence and is liable on conviction to imprisonment for three years.

      4. Preservation.—A judge may, on application by a police officer, issue a preservation order requiring \
      a person to preserve specified stored computer data, and the court order may be reviewed by judicial \
      review.
      """;

  /** Every assessable obligation partial, none missing: no intent, no "without right", no review. */
  static final String PARTIAL_ONLY = """
      THE COMPUTER MISUSE ACT

      1. Short title.—This Act may be cited as the Computer Misuse Act.

      2. Illegal access.—A person who accesses a computer system commits an offence and is liable on \
      conviction to imprisonment for two years.

      3. Data interference.—A person who intentionally deletes, alters or suppresses computer data commits an \
      offence and is liable on conviction to imprisonment for three years.

      4. Preservation.—A police officer may require a person to preserve specified stored computer data.
      """;

  /** MINI-7 met; MINI-9 and MINI-25 missing. */
  static final String ACCESS_ONLY = """
      THE COMPUTER MISUSE ACT

      1. Short title.—This Act may be cited as the Computer Misuse Act.

      2. Illegal access.—A person who intentionally accesses a computer system without authorization commits \
      an offence and is liable on conviction to imprisonment for two years.
      """;

  /** The next version of {@link #ACCESS_ONLY}: the access offence removed, a data offence added. */
  static final String DATA_ONLY = """
      THE COMPUTER MISUSE ACT

      1. Short title.—This Act may be cited as the Computer Misuse Act.

      3. Data interference.—A person who intentionally and without authorization deletes, alters or \
      suppresses computer data commits an offence and is liable on conviction to imprisonment for three years.
      """;

  final Path dir;
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  CliHarness(Path dir) {
    this.dir = dir;
  }

  /** Runs lexgap in {@link #dir} after clearing the captured output. */
  int run(String... args) {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    String before = System.getProperty(CheckCommand.CWD_PROPERTY);
    System.setProperty(CheckCommand.CWD_PROPERTY, dir.toString());
    try {
      return Main.run(args, new PrintWriter(out), new PrintWriter(err));
    } finally {
      if (before == null) {
        System.clearProperty(CheckCommand.CWD_PROPERTY);
      } else {
        System.setProperty(CheckCommand.CWD_PROPERTY, before);
      }
    }
  }

  String out() {
    return out.toString();
  }

  String err() {
    return err.toString();
  }

  Path write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content);
    return p;
  }

  /** The file names in a folder, hidden ones included: what an interrupted write would leave behind. */
  static List<String> listing(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  /** obligation id -> status of a JSON report. */
  static Map<String, String> statuses(String json) throws IOException {
    Map<String, String> m = new LinkedHashMap<>();
    for (JsonNode f : JSON.readTree(json).get("findings")) {
      m.put(f.get("obligation").asText(), f.get("status").asText());
    }
    return m;
  }

  /** The finding of one obligation in a JSON report. */
  static JsonNode finding(String json, String obligation) throws IOException {
    for (JsonNode f : JSON.readTree(json).get("findings")) {
      if (f.get("obligation").asText().equals(obligation)) {
        return f;
      }
    }
    throw new AssertionError("no finding for " + obligation);
  }

  /** ruleId -> the SARIF results for it. */
  static Map<String, List<JsonNode>> sarifResults(String sarif) throws IOException {
    JsonNode run = JSON.readTree(sarif).get("runs").get(0);
    Map<String, List<JsonNode>> m = new LinkedHashMap<>();
    for (JsonNode r : run.get("results")) {
      m.computeIfAbsent(r.get("ruleId").asText(), k -> new java.util.ArrayList<>()).add(r);
    }
    return m;
  }

  /** Asserts the fixture still means what the tests rely on (the analysis may change under them). */
  void assumeStatuses(Path statute, Map<String, String> expected) throws IOException {
    int code = run("check", "--checklist", MINI, "--format", "json", statute.toString());
    assertThat(code).as("check %s: %s", statute, err()).isEqualTo(ExitCodes.OK);
    assertThat(statuses(out())).as("statuses of fixture %s", statute.getFileName())
        .containsAllEntriesOf(expected);
  }
}
