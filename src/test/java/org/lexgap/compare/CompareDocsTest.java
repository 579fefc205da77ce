package org.lexgap.compare;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** docs/compare.md stays true: its manifest example loads, and it documents every JSON key lexgap writes. */
class CompareDocsTest {

  static final Path DOC = Path.of("docs", "compare.md");

  @TempDir Path tmp;

  private static String block(String doc, String lang) {
    int start = doc.indexOf("```" + lang + "\n");
    assertThat(start).as("a ```" + lang + " block in " + DOC).isNotNegative();
    start += lang.length() + 4;
    return doc.substring(start, doc.indexOf("```", start));
  }

  @Test
  void manifestExampleLoads() throws Exception {
    String yaml = block(Files.readString(DOC, StandardCharsets.UTF_8), "yaml");
    // Create the documents the example names, then load it as a user would.
    JsonNode tree = new YAMLMapper().readTree(yaml);
    for (JsonNode c : tree.get("countries")) {
      for (JsonNode d : c.get("documents")) {
        Path p = tmp.resolve(d.asText());
        Files.createDirectories(p.getParent());
        if (d.asText().contains(".")) {
          Files.writeString(p, "1. Short title.\n");
        } else {
          Files.createDirectories(p);
        }
      }
    }
    Path m = tmp.resolve("region.yaml");
    Files.writeString(m, yaml);
    List<Country> countries = Manifest.load(m);
    assertThat(countries).extracting(Country::name).containsExactly("Tanzania", "Uganda");
    assertThat(countries.get(0).inputs()).hasSize(2);
  }

  @Test
  void everyJsonKeyIsDocumented() throws Exception {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    Set<String> keys = new TreeSet<>();
    collect(new ObjectMapper().readTree(Golden.DIR.resolve("sample.json").toFile()), keys);
    List<String> undocumented = new ArrayList<>();
    for (String k : keys) {
      if (!doc.contains("`" + k + "`") && !doc.contains("." + k + "`") && !doc.contains("`" + k + ",")) {
        undocumented.add(k);
      }
    }
    assertThat(undocumented).isEmpty();
    // The example in the doc is valid JSON with the same top-level keys as real output.
    JsonNode example = new ObjectMapper().readTree(block(doc, "json"));
    List<String> top = new ArrayList<>();
    example.fieldNames().forEachRemaining(top::add);
    List<String> real = new ArrayList<>();
    new ObjectMapper().readTree(Golden.DIR.resolve("sample.json").toFile()).fieldNames().forEachRemaining(real::add);
    assertThat(top).isEqualTo(real);
  }

  private static void collect(JsonNode n, Set<String> keys) {
    if (n.isObject()) {
      for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
        String k = it.next();
        keys.add(k);
        collect(n.get(k), keys);
      }
    } else if (n.isArray()) {
      n.forEach(x -> collect(x, keys));
    }
  }
}
