package org.lexgap.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.lexgap.checklist.Checklist;
import org.lexgap.checklist.ChecklistError;
import org.lexgap.checklist.ChecklistException;
import org.lexgap.checklist.Concept;
import org.lexgap.checklist.Element;
import org.lexgap.checklist.Kind;
import org.lexgap.checklist.Obligation;
import org.lexgap.checklist.Strength;

/** Runs the real pipeline on a tiny statute; assertions hold whatever the analysis concludes. */
class EvaluatorTest {

  static final Path TINY = Path.of("src/test/resources/eval/tiny.gold.yaml");

  private static Obligation offence(String article, String concept) {
    return new Obligation("UNCC-" + article, article, "", "Art " + article, "II", Kind.OFFENCE,
        Strength.MANDATORY, "summary", List.of(concept), true,
        List.of(new Element("conduct", "the conduct", true, List.of(concept))), List.of(), List.of(),
        List.of("cybercrime-act"), "Enact it.", "none", true, null);
  }

  static Checklist checklist() {
    return new Checklist("test-checklist", "Test", "UN Convention against Cybercrime", "1", "A/RES/79/243",
        "en", "test", Map.of("access", new Concept("access", "access", List.of("access"), List.of()),
            "intercept", new Concept("intercept", "intercept", List.of("intercept"), List.of())),
        List.of(offence("7", "access"), offence("8", "intercept"), offence("30", "intercept")));
  }

  @Test
  void scoresLexgapAndTheBaselineOnTheSameArticles() throws Exception {
    List<GoldFile> golds = GoldParser.parseAll(List.of(TINY, TINY));
    AtomicInteger loads = new AtomicInteger();
    Evaluator.Evaluation ev = Evaluator.run(golds, null, name -> {
      assertThat(name).isEqualTo("un-cybercrime-convention");
      loads.incrementAndGet();
      return checklist();
    }, true);
    assertThat(loads).hasValue(1);
    assertThat(ev.lexgap().scored()).isEqualTo("lexgap");
    assertThat(ev.lexgap().total().articles()).isEqualTo(8);
    assertThat(ev.lexgap().total().statutes()).isEqualTo(2);
    // Art 17 has no obligation: lexgap cannot but agree with gold's "missing"
    assertThat(ev.lexgap().statutes().get(0).disagreements()).extracting(Disagreement::article)
        .doesNotContain("17");
    assertThat(ev.warnings()).containsExactly(
        TINY + ": judged against 'un-cybercrime-convention' but checked with checklist 'test-checklist'",
        TINY + ": article 17 has no obligation in checklist 'test-checklist' (scored as missing)");
  }

  @Test
  void baselineFiguresOnTheTinyStatute() throws Exception {
    Evaluator.Evaluation ev = Evaluator.run(GoldParser.parseAll(List.of(TINY)), null, name -> {
      throw new ChecklistException(List.of(new ChecklistError(name, 0, 0, "must not be loaded", null)));
    }, false);
    assertThat(ev.lexgap()).isNull();
    Score s = ev.grep().total();
    // gold 7 met [2], 8 met [3], 17 missing, 30 missing; grep: 7 [2], 8 [3], 17 -, 30 met [3] ("intercepts")
    // addressed TP 2 FP 1 FN 0: F1 0.8; missing TP 1 FP 0 FN 1: F1 2/3; macro (0.8 + 2/3) / 2 = 11/15
    assertThat(s.addressed()).isEqualTo(new Prf(2, 1, 0));
    assertThat(s.macroF1()).isCloseTo(11.0 / 15, within(1e-9));
    assertThat(s.accuracy()).isEqualTo(0.75);
    assertThat(s.provisions()).isEqualTo(new Prf(2, 0, 0));
    assertThat(ev.grep().statutes().get(0).disagreements()).singleElement()
        .satisfies(d -> assertThat(d.article()).isEqualTo("30"));
  }

  @Test
  void explicitChecklistIsUsedForEveryGoldFile() throws Exception {
    List<String> asked = new ArrayList<>();
    Evaluator.run(GoldParser.parseAll(List.of(TINY)), "my-list.yaml", name -> {
      asked.add(name);
      return checklist();
    }, true);
    assertThat(asked).containsExactly("my-list.yaml");
  }
}
