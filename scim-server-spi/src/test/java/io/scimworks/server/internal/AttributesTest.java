package io.scimworks.server.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.scimworks.core.json.ScimJson;
import io.scimworks.core.query.Projection;
import io.scimworks.core.schema.ResourceType;
import io.scimworks.core.schema.SchemaRegistry;
import io.scimworks.server.ServerOptions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A request's attribute lists become a projection once per resource type: every resource of a page
 * is rendered with that one projection, so a long list is read once per request and type, not once
 * per resource (60,000 names on a root search of 1,000 groups took most of a minute).
 */
class AttributesTest {
  private final SchemaRegistry registry = SchemaRegistry.defaults();

  @Test
  void aSearchsAttributesAreReadIntoOneProjectionPerType() {
    ObjectNode body = ScimJson.object();
    body.putArray("schemas").add("urn:ietf:params:scim:api:messages:2.0:SearchRequest");
    ArrayNode names = body.putArray("attributes");
    for (int i = 0; i < 60_000; i++) {
      names.add("x" + i + ".y");
    }
    Attributes attributes = SearchSpec.fromBody(body, ServerOptions.builder().build()).projection();

    Projection users = attributes.projection(registry, ResourceType.user());
    Projection groups = attributes.projection(registry, ResourceType.group());
    List<Projection> again = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      again.add(attributes.projection(registry, ResourceType.user()));
      again.add(attributes.projection(registry, ResourceType.group()));
    }

    assertThat(users).isNotSameAs(groups);
    for (int i = 0; i < again.size(); i += 2) {
      assertThat(again.get(i)).isSameAs(users);
      assertThat(again.get(i + 1)).isSameAs(groups);
    }
  }

  @Test
  void theSharedEmptyListsKeepNoProjectionOfAnyServer() {
    SchemaRegistry other = SchemaRegistry.defaults();
    assertThat(Attributes.NONE.projection(registry, ResourceType.user()))
        .isNotSameAs(Attributes.NONE.projection(other, ResourceType.user()));
  }
}
