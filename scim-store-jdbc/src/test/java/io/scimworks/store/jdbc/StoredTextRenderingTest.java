package io.scimworks.store.jdbc;

import static io.scimworks.store.jdbc.Client.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.scimworks.core.json.ScimJson;
import io.scimworks.server.ScimResponse;
import io.scimworks.server.memory.InMemoryRepository;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A resource read from the database is answered as compact JSON holding exactly what was written,
 * and as the in-memory store answers it: on PostgreSQL the store hands the server the row's jsonb
 * text, whose members the server copies into the response without parsing them.
 */
class StoredTextRenderingTest {
  private static final String USER =
      "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\","
          + "\"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\"],"
          + "\"userName\":\"text-%s\",\"displayName\":\"A: b, c\","
          + "\"name\":{\"givenName\":\"Zoë \\\"Z\\\"\",\"familyName\":\"O'Brien, \\\\ Jr\","
          + "\"formatted\":\"line\\none\\ttab \\u2028 \\ud83d\\ude00\"},"
          + "\"emails\":[{\"value\":\"z@example.com\",\"type\":\"work\",\"primary\":true},"
          + "{\"value\":\"zz@example.com\",\"type\":\"home\"}],"
          + "\"active\":true,\"password\":\"Secret-1\","
          + "\"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\":"
          + "{\"department\":\"R & D\",\"employeeNumber\":\"42\"}}";

  @ParameterizedTest
  @EnumSource(TestDatabases.Db.class)
  void aStoredUserIsAnsweredCompactAndWhole(TestDatabases.Db db) {
    JdbcStore store = TestDatabases.store(db);
    Client jdbc = Client.of(store.users(), store.groups());
    Client memory = Client.of(InMemoryRepository.forUsers(), InMemoryRepository.forGroups());
    String tag = db.name();
    String[] queries = {"", "?attributes=name.givenName,emails.value", "?excludedAttributes=name"};
    for (int i = 0; i < queries.length; i++) {
      String query = queries[i];
      String id = created(jdbc, tag + i);
      String memoryId = created(memory, tag + i);
      String read = jdbc.get("/Users/" + id + query).bodyText();
      assertThat(read).isEqualTo(ScimJson.write(ScimJson.read(read))); // compact
      assertThat(comparable(read))
          .isEqualTo(comparable(memory.get("/Users/" + memoryId + query).bodyText()));
      String filter =
          "?filter="
              + URLEncoder.encode("userName eq \"text-" + tag + i + "\"", StandardCharsets.UTF_8)
              + (query.isEmpty() ? "" : "&" + query.substring(1));
      JsonNode listed = json(jdbc.get("/Users" + filter));
      assertThat(listed.get("Resources").get(0)).isEqualTo(ScimJson.read(read));
    }
  }

  private static String created(Client c, String suffix) {
    ScimResponse r = c.post("/Users", String.format(USER, suffix));
    assertThat(r.status()).as(r.bodyText()).isEqualTo(201);
    return json(r).get("id").stringValue();
  }

  /** The body without what differs between two stores: id and meta. */
  private static JsonNode comparable(String body) {
    ObjectNode o = (ObjectNode) ScimJson.read(body);
    o.remove("id");
    o.remove("meta");
    return o;
  }
}
