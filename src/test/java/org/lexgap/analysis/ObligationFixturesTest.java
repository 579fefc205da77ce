package org.lexgap.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.lexgap.Lexgap;
import org.lexgap.checklist.Checklist;
import org.lexgap.checklist.ChecklistException;
import org.lexgap.checklist.ChecklistLoader;
import org.lexgap.structure.StructuredDocument;

/**
 * Statute snippets with the verdict a careful reader gives them, run through the whole pipeline (text reader,
 * structure parser, analysis with an embedded checklist). The folder is the obligation id, the file name's
 * prefix the expected status; see src/test/resources/fixtures/README.md. Adding a file adds a test.
 *
 * <p>Cases listed in KNOWN-FAILURES.txt document a defect of the analysis: they are skipped with the reason
 * while they fail, and fail once they pass, so the list cannot go stale.
 */
class ObligationFixturesTest {

  static final String DEFAULT_CHECKLIST = "un-cybercrime-convention";

  /** Obligations the fixture set must cover with a met, a partial and a missing/not-assessable case. */
  static final List<String> REQUIRED = List.of("UNCC-7", "UNCC-8", "UNCC-9", "UNCC-10", "UNCC-11", "UNCC-12",
      "UNCC-13", "UNCC-14-production-distribution", "UNCC-14-access-procuring", "UNCC-14-possession",
      "UNCC-15", "UNCC-16", "UNCC-25", "UNCC-26", "UNCC-27", "UNCC-28", "UNCC-29", "UNCC-30",
      "UNCC-24-production", "UNCC-24-search", "UNCC-24-interception");

  private static final Map<String, Status> PREFIXES = prefixes();

  private static Map<String, Status> prefixes() {
    Map<String, Status> m = new LinkedHashMap<>();
    // longest first: "not-assessable-" must not be read as anything shorter
    m.put("not-assessable-", Status.NOT_ASSESSABLE);
    m.put("partial-", Status.PARTIAL);
    m.put("missing-", Status.MISSING);
    m.put("met-", Status.MET);
    return m;
  }

  private final Map<String, Checklist> checklists = new HashMap<>();

  @TempDir
  static Path work;

  /** One parsed fixture file. */
  record Fixture(String obligation, String name, Status expected, List<String> expectMissing,
      List<String> expectProvisions, String checklist, String statute) {

    String path() {
      return obligation + "/" + name;
    }
  }

  static Path root() {
    URL url = ObligationFixturesTest.class.getResource("/fixtures");
    assertThat(url).as("src/test/resources/fixtures on the test classpath").isNotNull();
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @TestFactory
  Stream<DynamicNode> fixtures() throws IOException {
    Map<String, String> known = knownFailures(root());
    List<DynamicNode> groups = new ArrayList<>();
    for (Path dir : folders(root())) {
      List<DynamicNode> tests = new ArrayList<>();
      for (Path file : files(dir)) {
        String rel = dir.getFileName() + "/" + file.getFileName();
        tests.add(dynamicTest(rel, file.toUri(), () -> run(file, known.get(rel))));
      }
      groups.add(dynamicContainer(dir.getFileName().toString(), dir.toUri(), tests.stream()));
    }
    return groups.stream();
  }

  private void run(Path file, String knownFailure) throws Exception {
    Fixture fx = parse(file);
    if (knownFailure == null) {
      check(fx);
      return;
    }
    try {
      check(fx);
    } catch (AssertionError e) {
      Assumptions.abort("known failure (" + knownFailure + "): " + oneLine(e.getMessage()));
    }
    fail(fx.path() + " is listed in KNOWN-FAILURES.txt but now passes: remove its line");
  }

  private void check(Fixture fx) throws Exception {
    Path dir = Files.createDirectories(work.resolve(fx.obligation()));
    Path statute = dir.resolve(fx.name());
    Files.writeString(statute, fx.statute(), StandardCharsets.UTF_8);
    List<StructuredDocument> docs = Lexgap.load(List.of(statute), "text");
    GapReport report = Lexgap.check(docs, checklist(fx.checklist()));
    Finding f = report.findings().stream().filter(x -> x.obligation().equals(fx.obligation())).findFirst()
        .orElse(null);
    assertThat(f).as("%s: checklist %s has no obligation %s", fx.path(), fx.checklist(), fx.obligation())
        .isNotNull();
    String why = fx.path() + ": " + describe(f);
    assertThat(f.status()).as(why).isEqualTo(fx.expected());
    if (!fx.expectMissing().isEmpty()) {
      assertThat(f.missingElements()).as(why).containsAll(fx.expectMissing());
    }
    if (!fx.expectProvisions().isEmpty()) {
      assertThat(f.provisions()).as(why).containsExactlyElementsOf(fx.expectProvisions());
    }
  }

  private static String describe(Finding f) {
    return f.status().id() + ", provisions " + f.provisions() + ", missing " + f.missingElements()
        + (f.note() == null ? "" : ", note: " + f.note());
  }

  /** AssertJ's message (description, expected, actual) on one line, for the skip reason. */
  private static String oneLine(String s) {
    return s == null ? "" : s.strip().replaceAll("\\s+", " ");
  }

  private Checklist checklist(String name) throws ChecklistException {
    Checklist c = checklists.get(name);
    if (c == null) {
      c = ChecklistLoader.load(name);
      checklists.put(name, c);
    }
    return c;
  }

  // ---- the convention -----------------------------------------------------------------------------------

  static List<Path> folders(Path root) throws IOException {
    try (Stream<Path> s = Files.list(root)) {
      return s.filter(Files::isDirectory).sorted().toList();
    }
  }

  static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    }
  }

  /** Reads a fixture; a malformed name or header is a failure of the fixture, not a skip. */
  static Fixture parse(Path file) throws IOException {
    String obligation = file.getParent().getFileName().toString();
    String name = file.getFileName().toString();
    String where = obligation + "/" + name;
    assertThat(name).as("%s: fixtures are .txt files", where).endsWith(".txt");
    Status expected = statusOf(name);
    assertThat(expected).as("%s: name must start with one of %s", where, PREFIXES.keySet()).isNotNull();

    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<String> missing = new ArrayList<>();
    List<String> provisions = new ArrayList<>();
    String checklist = DEFAULT_CHECKLIST;
    StringBuilder statute = new StringBuilder();
    boolean header = true;
    for (String line : lines) {
      if (header && line.startsWith("#")) {
        String h = line.substring(1).strip();
        int colon = h.indexOf(':');
        assertThat(colon).as("%s: header line '%s' is not 'key: value'", where, line).isPositive();
        String key = h.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        String value = h.substring(colon + 1).strip();
        assertThat(value).as("%s: header '%s' has no value", where, key).isNotEmpty();
        switch (key) {
          case "expect-missing" -> missing.add(value);
          case "expect-provisions" -> {
            for (String p : value.split(",")) {
              if (!p.isBlank()) {
                provisions.add(p.strip());
              }
            }
          }
          case "checklist" -> checklist = value;
          case "note" -> { }
          default -> fail(where + ": unknown header '" + key + "' (expect-missing, expect-provisions,"
              + " checklist, note)");
        }
        // keep line numbers of the statute equal to the file's, so evidence points at the fixture line
        statute.append('\n');
        continue;
      }
      header = false;
      statute.append(line).append('\n');
    }
    assertThat(statute.toString()).as("%s: no statute text after the header", where).isNotBlank();
    if (expected == Status.PARTIAL) {
      assertThat(missing).as("%s: a partial fixture names what it lacks with '# expect-missing:'", where)
          .isNotEmpty();
    } else {
      assertThat(missing).as("%s: '# expect-missing:' only makes sense for partial fixtures", where)
          .isEmpty();
    }
    if (expected == Status.MISSING || expected == Status.NOT_ASSESSABLE) {
      assertThat(provisions).as("%s: a %s fixture cites no provisions", where, expected.id()).isEmpty();
    }
    return new Fixture(obligation, name, expected, List.copyOf(missing), List.copyOf(provisions), checklist,
        statute.toString());
  }

  static Status statusOf(String name) {
    for (Map.Entry<String, Status> e : PREFIXES.entrySet()) {
      if (name.startsWith(e.getKey()) && name.length() > e.getKey().length() + ".txt".length()) {
        return e.getValue();
      }
    }
    return null;
  }

  /** KNOWN-FAILURES.txt: "<obligation>/<file> <reason>" per line; blank lines and '#' comments allowed. */
  static Map<String, String> knownFailures(Path root) {
    Path f = root.resolve("KNOWN-FAILURES.txt");
    Map<String, String> out = new TreeMap<>();
    if (!Files.exists(f)) {
      return out;
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(f, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (String raw : lines) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split("\\s+", 2);
      assertThat(parts).as("KNOWN-FAILURES.txt: '%s' needs a path and a reason", line).hasSize(2);
      assertThat(out.put(parts[0], parts[1].strip())).as("KNOWN-FAILURES.txt: %s listed twice", parts[0])
          .isNull();
    }
    return out;
  }

  // ---- meta tests: the set stays complete and the list honest ----------------------------------------------

  @Test
  void everyKnownFailureNamesAnExistingFixture() {
    Path root = root();
    for (String path : knownFailures(root).keySet()) {
      assertThat(root.resolve(path)).as("KNOWN-FAILURES.txt names %s", path).isRegularFile();
    }
  }

  @Test
  void everyFolderIsAnObligationOfItsChecklists() throws Exception {
    for (Path dir : folders(root())) {
      for (Path file : files(dir)) {
        Fixture fx = parse(file);
        Set<String> ids = new HashSet<>();
        checklist(fx.checklist()).obligations().forEach(o -> ids.add(o.id()));
        assertThat(ids).as("%s: folder is not an obligation of %s", fx.path(), fx.checklist())
            .contains(fx.obligation());
      }
    }
  }

  @Test
  void requiredObligationsHaveMetPartialAndAbsentCases() throws IOException {
    Map<String, Set<Status>> seen = new TreeMap<>();
    for (Path dir : folders(root())) {
      for (Path file : files(dir)) {
        seen.computeIfAbsent(dir.getFileName().toString(), k -> new HashSet<>())
            .add(statusOf(file.getFileName().toString()));
      }
    }
    for (String id : REQUIRED) {
      Set<Status> s = seen.getOrDefault(id, Set.of());
      assertThat(s).as("%s has a met fixture", id).contains(Status.MET);
      assertThat(s).as("%s has a partial fixture", id).contains(Status.PARTIAL);
      assertThat(s.contains(Status.MISSING) || s.contains(Status.NOT_ASSESSABLE))
          .as("%s has a missing or not-assessable fixture", id).isTrue();
    }
  }
}
