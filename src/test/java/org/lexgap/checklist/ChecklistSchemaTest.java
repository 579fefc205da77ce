package org.lexgap.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** rules/schema/checklist.schema.json agrees with the loader on what a well-formed checklist is. */
class ChecklistSchemaTest {

  static JsonSchema schema;
  static final YAMLMapper YAML = new YAMLMapper();

  @TempDir static Path tmp;

  @BeforeAll
  static void loadSchema() throws Exception {
    JsonNode s = new ObjectMapper().readTree(Path.of("rules/schema/checklist.schema.json").toFile());
    schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(s);
  }

  static Set<ValidationMessage> schemaErrors(String yaml) throws Exception {
    return schema.validate(YAML.readTree(yaml));
  }

  @ParameterizedTest
  @ValueSource(strings = {"checklist/mini.yaml", "checklist/warnings.yaml", "checklist/extension.yaml",
      "org/lexgap/checklist/embedded-mini.yaml"})
  void validTestChecklistsMatchTheSchema(String resource) throws Exception {
    Path p = Path.of("src/test/resources").resolve(resource);
    assertThat(schemaErrors(Files.readString(p))).isEmpty();
    assertThat(ChecklistLoader.validate(p).errors()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"checklist/broken.yaml", "checklist/extension-broken.yaml"})
  void brokenTestChecklistsFailTheSchema(String resource) throws Exception {
    Path p = Path.of("src/test/resources").resolve(resource);
    assertThat(schemaErrors(Files.readString(p))).isNotEmpty();
    assertThat(ChecklistLoader.validate(p).errors()).isNotEmpty();
  }

  /** Each single mistake in mini.yaml is rejected by both the schema and the loader. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "kind: offence|kind: felony",
    "summary: Let competent|summmary: Let competent",
    "budapest: \"4\"|budapest: 4",
    "chapter: IV|chapter: Four",
    "article: 25|article: \"25\"",
    "concepts: [central-authority]|concepts: []",
    "assessable-note: Usually designated|# assessable-note: Usually designated",
    "implemented-in: [mla-law, regulation]|implemented-in: [mla-law, statute]",
    "id: MINI-25|id: mini-25",
    "language: en|language: English",
    "version: \"1.0.0\"|version: 1.0",
    "    terms: [central authority]|    terms: []",
    "        required: false|        required: maybe",
    "    paragraph: \"13\"|    paragraph: 13",
    "id: mini-convention|id: mini-convention\\ndisable: [MINI-7]",
    "        label: Without right|        labels: Without right",
  })
  void singleMistakesAreRejectedByBoth(String from, String to) throws Exception {
    String mini = Files.readString(Path.of("src/test/resources/checklist/mini.yaml"));
    assertThat(mini).contains(from);
    String broken = mini.replaceFirst(java.util.regex.Pattern.quote(from),
        java.util.regex.Matcher.quoteReplacement(to.replace("\\n", "\n")));
    assertThat(schemaErrors(broken)).as("schema").isNotEmpty();
    Path p = tmp.resolve("mutated.yaml");
    Files.writeString(p, broken);
    assertThat(ChecklistLoader.validate(p).errors()).as("loader").isNotEmpty();
  }
}
