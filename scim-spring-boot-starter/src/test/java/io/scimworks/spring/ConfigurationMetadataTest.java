package io.scimworks.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** IDEs complete {@code scimworks.*} from the metadata the build puts in the jar. */
class ConfigurationMetadataTest {

  @Test
  void everyScimworksPropertyIsDescribedForIdeCompletion() throws Exception {
    JsonNode metadata;
    try (InputStream in =
        getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
      assertThat(in).as("configuration metadata in the jar").isNotNull();
      metadata = JsonMapper.builder().build().readTree(in);
    }
    List<String> names = new ArrayList<>();
    for (JsonNode p : metadata.get("properties")) {
      names.add(p.get("name").asString());
      assertThat(p.path("description").asString()).as(p.get("name").asString()).isNotBlank();
    }
    assertThat(names)
        .contains(
            "scimworks.base-path",
            "scimworks.tokens",
            "scimworks.authentication",
            "scimworks.in-memory",
            "scimworks.max-results",
            "scimworks.max-request-bytes",
            "scimworks.bulk.max-operations",
            "scimworks.bulk.max-payload-bytes");
  }
}
