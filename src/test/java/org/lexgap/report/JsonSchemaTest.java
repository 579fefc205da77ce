package org.lexgap.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The schema published in docs/report-json.md describes what the renderer writes. */
class JsonSchemaTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static JsonSchema schema;

  @BeforeAll
  static void loadSchemaFromDocs() throws IOException {
    String doc = Files.readString(Path.of("docs", "report-json.md"), StandardCharsets.UTF_8);
    int start = doc.indexOf("```json schema\n");
    assertThat(start).as("docs/report-json.md has a ```json schema block").isNotNegative();
    int end = doc.indexOf("\n```", start + 15);
    String json = doc.substring(start + "```json schema\n".length(), end);
    schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(MAPPER.readTree(json));
  }

  private static Set<ValidationMessage> validate(String json) throws IOException {
    return schema.validate(MAPPER.readTree(json));
  }

  @Test
  void goldensAndHostileReportConform() throws IOException {
    for (String golden : new String[] {"sample.json", "empty.json"}) {
      assertThat(validate(Files.readString(Golden.DIR.resolve(golden), StandardCharsets.UTF_8))).as(golden)
          .isEmpty();
    }
    String hostile = RendererGoldenTest.render(new JsonRenderer(), ReportFixtures.hostile(),
        RenderOptions.defaults());
    assertThat(validate(hostile)).isEmpty();
  }

  @Test
  void schemaRejectsWhatTheFormatForbids() throws IOException {
    JsonNode root = MAPPER.readTree(Files.readString(Golden.DIR.resolve("sample.json"), StandardCharsets.UTF_8));
    String json = MAPPER.writeValueAsString(root);
    assertThat(validate(json.replace("\"status\":\"met\"", "\"status\":\"ok\""))).isNotEmpty();
    assertThat(validate(json.replace("\"formatVersion\":\"1.0\"", "\"formatVersion\":\"2.0\""))).isNotEmpty();
    assertThat(validate(json.replace("\"missingElements\":[],", ""))).isNotEmpty();
    assertThat(validate(json.replace("\"page\":3", "\"page\":0"))).isNotEmpty();
  }
}
