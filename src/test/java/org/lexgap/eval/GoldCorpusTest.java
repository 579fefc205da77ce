package org.lexgap.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The shared expert gold files parse cleanly and the baseline scores them (skipped without the corpus). */
class GoldCorpusTest {

  private static List<Path> goldFiles() throws IOException {
    String shared = System.getProperty("lexgap.shared");
    Assumptions.assumeTrue(shared != null && Files.isDirectory(Path.of(shared, "corpus", "gold")),
        "shared corpus not available");
    try (Stream<Path> s = Files.list(Path.of(shared, "corpus", "gold"))) {
      return s.filter(p -> p.getFileName().toString().endsWith(".gold.yaml")).sorted().toList();
    }
  }

  @Test
  void everyGoldFileIsValidAndScored() throws Exception {
    List<Path> files = goldFiles();
    assertThat(files).isNotEmpty();
    List<GoldFile> golds = GoldParser.parseAll(files);
    int articles = golds.stream().mapToInt(g -> g.articles().size()).sum();
    assertThat(golds).allSatisfy(g -> assertThat(g.treaty()).isEqualTo("un-cybercrime-convention"));
    Evaluator.Evaluation ev = Evaluator.run(golds, null, name -> {
      throw new AssertionError("baseline needs no checklist");
    }, false);
    assertThat(ev.grep().total().articles()).isEqualTo(articles);
    assertThat(ev.grep().total().statutes()).isEqualTo(files.size());
    // every judged article has a keyword list
    assertThat(golds).allSatisfy(g -> assertThat(GrepBaseline.KEYWORDS.keySet())
        .containsAll(g.articles().stream().map(GoldEntry::article).toList()));
  }
}
