package io.scimworks.filter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The example resources of RFC 7643 §8.1-8.3, as JSON trees. */
final class TestResources {
  static final JsonMapper JSON = JsonMapper.builder().build();

  private TestResources() {}

  static JsonNode minimalUser() {
    return load("minimal-user.json");
  }

  static JsonNode fullUser() {
    return load("full-user.json");
  }

  static JsonNode enterpriseUser() {
    return load("enterprise-user.json");
  }

  static JsonNode json(String text) {
    return JSON.readTree(text);
  }

  private static JsonNode load(String name) {
    try (InputStream in = TestResources.class.getResourceAsStream("/rfc7643/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
