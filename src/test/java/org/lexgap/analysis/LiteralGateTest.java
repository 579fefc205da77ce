package org.lexgap.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.re2j.Pattern;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.lexgap.checklist.Checklist;
import org.lexgap.checklist.ChecklistLoader;
import org.lexgap.checklist.Concept;

/** The literal gate may skip a sentence only when the pattern cannot match it. */
class LiteralGateTest {

  @Test
  void derivesRequiredLiteralsFromSimpleShapes() {
    assertThat(LiteralGate.of("\\bwithout\\s+(\\w+\\s+){0,4}?consent\\b").admits("acts without his consent"))
        .isTrue();
    assertThat(LiteralGate.of("\\bwithout\\s+(\\w+\\s+){0,4}?consent\\b").admits("with consent")).isFalse();
    assertThat(LiteralGate.of("\\b(intent|intention|purpose)\\w*\\s+x").admits("for the purpose of x")).isTrue();
    assertThat(LiteralGate.of("\\b(intent|intention|purpose)\\w*\\s+x").admits("nothing here")).isFalse();
  }

  @Test
  void givesUpOnShapesItCannotReadSafely() {
    assertThat(LiteralGate.of("a|bcd")).isNull();
    assertThat(LiteralGate.of("(?i)consent")).isNull();
    assertThat(LiteralGate.of("(ab|c[de])+")).isNull();
    assertThat(LiteralGate.of("\\bnon-?consensual").admits("nonconsensual")).isTrue();
    assertThat(LiteralGate.of("x?yz")).isNull();
  }

  /** Every shipped pattern, on every sentence of the samples and the corpus: gated never loses a match. */
  @Test
  void neverHidesAMatchOfAShippedPattern() throws Exception {
    List<String> lines = new ArrayList<>();
    List<Path> texts = new ArrayList<>(List.of(Path.of("samples/cybercrimes-act-2025.txt"),
        Path.of("samples/code-penal-numerique.txt")));
    Path corpus = Path.of(System.getProperty("lexgap.shared", "../shared"), "corpus", "text");
    if (Files.isDirectory(corpus)) {
      try (Stream<Path> s = Files.list(corpus)) {
        s.filter(p -> p.toString().endsWith(".txt") && !p.toString().contains("full")).sorted()
            .forEach(texts::add);
      }
    }
    for (Path t : texts) {
      for (String line : Files.readAllLines(t)) {
        lines.add(line.toLowerCase(Locale.ROOT));
      }
    }
    int gated = 0;
    int total = 0;
    for (String name : List.of("un-cybercrime-convention", "budapest-convention")) {
      Checklist cl = ChecklistLoader.loadEmbedded(name);
      for (Concept c : cl.concepts().values()) {
        for (String p : c.patterns()) {
          total++;
          LiteralGate gate = LiteralGate.of(p);
          if (gate == null) {
            continue;
          }
          gated++;
          Pattern re = Pattern.compile(p);
          for (String line : lines) {
            if (re.matcher(line).find()) {
              assertThat(gate.admits(line)).as("gate of %s on: %s", p, line).isTrue();
            }
          }
        }
      }
    }
    assertThat(gated).as("patterns with a gate, of %d", total).isGreaterThan(total / 3);
  }
}
