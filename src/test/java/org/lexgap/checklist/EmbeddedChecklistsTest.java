package org.lexgap.checklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.InputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shipped checklists load with no error and no warning and match the JSON Schema. Skipped for a checklist
 * that is not in this build yet (the content is written separately from the loader).
 */
class EmbeddedChecklistsTest {

  static java.util.List<String> names() {
    return Checklists.embeddedNames();
  }

  @ParameterizedTest
  @MethodSource("names")
  void embeddedChecklistIsCleanAndSchemaValid(String name) throws Exception {
    assumeTrue(ChecklistLoader.class.getResource(Checklists.resource(name)) != null,
        "rules/" + name + ".yaml is not in this build");
    Validation v = ChecklistLoader.validate(name);
    assertThat(v.errors()).extracting(ChecklistError::toString).isEmpty();
    assertThat(v.warnings()).extracting(ChecklistError::toString).isEmpty();
    Checklist c = v.checklist().orElseThrow();
    assertThat(c.id()).isEqualTo(name);
    assertThat(c.source()).isEqualTo("embedded:" + name);
    assertThat(c.obligations()).isNotEmpty();
    try (InputStream in = ChecklistLoader.class.getResourceAsStream(Checklists.resource(name))) {
      assertThat(ChecklistSchemaTest.schema == null ? loadSchema() : ChecklistSchemaTest.schema)
          .satisfies(s -> assertThat(s.validate(new YAMLMapper().readTree(in))).isEmpty());
    }
  }

  private static com.networknt.schema.JsonSchema loadSchema() throws Exception {
    ChecklistSchemaTest.loadSchema();
    return ChecklistSchemaTest.schema;
  }
}
