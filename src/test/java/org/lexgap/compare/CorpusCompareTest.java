package org.lexgap.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexgap.ProgressListener;
import org.lexgap.analysis.Status;
import org.lexgap.checklist.Checklist;
import org.lexgap.checklist.ChecklistLoader;
import org.lexgap.checklist.Obligation;

/**
 * A comparison over real statutes (Tanzania 2015, Uganda 2011, from ../shared; skipped without it) and the
 * fictional samples, declared in a manifest: the matrix has the expected shape and every output format is the
 * same on a second run.
 */
class CorpusCompareTest {

  @TempDir Path tmp;

  @Test
  void corpusAndSamplesCompareDeterministically() throws Exception {
    String shared = System.getProperty("lexgap.shared");
    Assumptions.assumeTrue(shared != null && Files.isDirectory(Path.of(shared, "corpus", "text")),
        "../shared corpus not available");
    Path corpus = Path.of(shared, "corpus", "text").toAbsolutePath();
    List<String> entries = new ArrayList<>();
    entries.add("  - {name: Tanzania, code: TZ, documents: [\"" + corpus.resolve("tz-cybercrimes-act-2015.txt")
        + "\"]}");
    entries.add("  - {name: Uganda, code: UG, documents: [\"" + corpus.resolve("ug-computer-misuse-act-2011.txt")
        + "\"]}");
    for (String[] s : List.of(new String[] {"Veloria", "samples/cybercrimes-act-2025.txt"},
        new String[] {"Estavia", "samples/code-penal-numerique.txt"})) {
      Path p = Path.of(s[1]).toAbsolutePath();
      if (Files.exists(p)) {
        entries.add("  - {name: " + s[0] + ", documents: [\"" + p + "\"]}");
      }
    }
    Path manifest = tmp.resolve("countries.yaml");
    Files.writeString(manifest, "countries:\n" + String.join("\n", entries) + "\n");

    List<Country> countries = Manifest.load(manifest);
    Checklist checklist = ChecklistLoader.load(ChecklistLoader.DEFAULT);
    Comparison first = Compare.run(countries, checklist, null, ProgressListener.NONE);
    Comparison second = Compare.run(countries, checklist, null, ProgressListener.NONE);

    int n = entries.size();
    assertThat(first.countries()).extracting(r -> r.country().name()).startsWith("Tanzania", "Uganda")
        .hasSize(n);
    Set<String> articles = new LinkedHashSet<>();
    for (Obligation o : checklist.obligations()) {
      articles.add(o.article());
    }
    assertThat(first.articles()).extracting(Comparison.ArticleRow::article).containsExactlyElementsOf(articles);
    assertThat(first.articles()).allSatisfy(a -> assertThat(a.cells()).hasSize(n));
    // Every country had its statute read and every obligation assessed.
    for (Comparison.CountryResult r : first.countries()) {
      assertThat(r.report().documents()).hasSize(1);
      assertThat(r.report().documents().get(0).provisions()).isGreaterThan(2);
      assertThat(r.report().findings()).hasSize(checklist.obligations().size());
    }
    // Real statutes address the core offences somewhere: not every cell of the matrix is a gap.
    long addressed = first.articles().stream().flatMap(a -> a.cells().stream())
        .filter(c -> c.status() == Status.MET || c.status() == Status.PARTIAL).count();
    assertThat(addressed).isGreaterThan(n * 5L);
    // The ranking is by missing, then partial, descending.
    for (int i = 1; i < first.commonGaps().size(); i++) {
      Comparison.CommonGap a = first.commonGaps().get(i - 1);
      Comparison.CommonGap b = first.commonGaps().get(i);
      assertThat(a.missingIn().size() * 100 + a.partialIn().size())
          .isGreaterThanOrEqualTo(b.missingIn().size() * 100 + b.partialIn().size());
      assertThat(b.missingIn().size() + b.partialIn().size() + b.metIn().size() + b.notAssessableIn().size())
          .isEqualTo(n);
    }

    for (CompareRenderer r : CompareRenderer.all()) {
      StringWriter a = new StringWriter();
      StringWriter b = new StringWriter();
      r.render(first, "East Africa and samples", a);
      r.render(second, "East Africa and samples", b);
      assertThat(a.toString()).as(r.format() + " output on a second run").isEqualTo(b.toString());
    }
  }
}
