package io.scimworks.core.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scimworks.core.ScimException;
import io.scimworks.core.ScimUrns;
import io.scimworks.core.json.ScimJson;
import io.scimworks.core.schema.AttributeDefinition;
import io.scimworks.core.schema.AttributeType;
import io.scimworks.core.schema.ResourceType;
import io.scimworks.core.schema.Returned;
import io.scimworks.core.schema.SchemaRegistry;
import io.scimworks.core.schema.Schemas;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class ProjectionTest {
  private static final String ENT = ScimUrns.ENTERPRISE_USER;
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.defaults().toBuilder()
          .schema(
              Schemas.user().toBuilder()
                  .attribute(
                      AttributeDefinition.builder("loginCount", AttributeType.INTEGER)
                          .returned(Returned.REQUEST)
                          .build())
                  .build())
          .build();
  private static final ResourceType USERS = ResourceType.user();
  private static final ObjectNode USER =
      ScimJson.readObject(
          """
          {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User",
                       "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
           "id": "1", "userName": "bjensen", "password": "secret", "loginCount": 7,
           "name": {"givenName": "Barbara", "familyName": "Jensen"},
           "emails": [{"value": "b@x.org", "type": "work"}, {"value": "h@x.org", "type": "home"}],
           "shoeSize": 44,
           "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":
             {"employeeNumber": "7", "department": "R&D"},
           "meta": {"resourceType": "User"}}
          """);

  private static String project(List<String> attributes, List<String> excluded) {
    return ScimJson.write(Projection.of(REGISTRY, USERS, attributes, excluded).apply(USER));
  }

  @Test
  void byDefaultNeverAndRequestAttributesAreLeftOut() {
    String out = project(List.of(), List.of());
    assertThat(out).doesNotContain("password").doesNotContain("loginCount");
    assertThat(out).contains("\"userName\"", "\"shoeSize\"", ENT, "\"meta\"");
  }

  @Test
  void namedAttributesComeWithTheAlwaysReturnedOnes() {
    assertThat(project(List.of("USERNAME"), List.of()))
        .isEqualTo(
            "{\"schemas\":[\""
                + ScimUrns.CORE_USER
                + "\",\""
                + ENT
                + "\"],\"id\":\"1\",\"userName\":\"bjensen\"}");
  }

  @Test
  void aNamedSubAttributeReturnsItsParentWithThatSubAttributeOnly() {
    ObjectNode out =
        Projection.of(REGISTRY, USERS, List.of("name.givenName", "emails.value"), List.of())
            .apply(USER);
    assertThat(out.get("name").toString()).isEqualTo("{\"givenName\":\"Barbara\"}");
    assertThat(out.get("emails").toString())
        .isEqualTo("[{\"value\":\"b@x.org\"},{\"value\":\"h@x.org\"}]");
  }

  @Test
  void aRequestAttributeIsReturnedOnlyWhenNamed() {
    assertThat(project(List.of("loginCount"), List.of())).contains("\"loginCount\":7");
    assertThat(project(List.of("userName"), List.of())).doesNotContain("loginCount");
  }

  @Test
  void aNeverReturnedAttributeStaysHiddenEvenWhenNamed() {
    assertThat(project(List.of("password"), List.of())).doesNotContain("password");
  }

  @Test
  void anAlwaysReturnedAttributeCannotBeExcluded() {
    assertThat(project(List.of(), List.of("id", "schemas")))
        .contains("\"id\":\"1\"", "\"schemas\"");
  }

  @Test
  void excludedAttributesAndSubAttributesAreLeftOut() {
    ObjectNode out =
        Projection.of(REGISTRY, USERS, List.of(), List.of("emails", "name.familyName")).apply(USER);
    assertThat(out.has("emails")).isFalse();
    assertThat(out.get("name").toString()).isEqualTo("{\"givenName\":\"Barbara\"}");
    assertThat(out.get("userName").asString()).isEqualTo("bjensen");
  }

  @Test
  void anExtensionUrnSelectsOrExcludesTheWholeExtension() {
    assertThat(project(List.of(ENT), List.of()))
        .contains("\"employeeNumber\":\"7\"", "\"department\"")
        .doesNotContain("userName");
    assertThat(project(List.of(), List.of(ENT.toLowerCase()))).doesNotContain("employeeNumber");
  }

  @Test
  void extensionAttributesAreSelectedByQualifiedOrBareName() {
    assertThat(project(List.of(ENT + ":employeeNumber"), List.of()))
        .contains("\"employeeNumber\":\"7\"")
        .doesNotContain("department");
    assertThat(project(List.of("department"), List.of()))
        .contains("\"department\":\"R&D\"")
        .doesNotContain("employeeNumber");
  }

  @Test
  void entraExcludesMembersWhenReadingGroups() {
    ObjectNode group =
        ScimJson.readObject(
            "{\"schemas\": [\""
                + ScimUrns.CORE_GROUP
                + "\"], \"id\": \"g\", \"displayName\": \"G\","
                + " \"members\": [{\"value\": \"1\"}]}");
    ObjectNode out =
        Projection.of(REGISTRY, ResourceType.group(), List.of(), List.of("members")).apply(group);
    assertThat(out.has("members")).isFalse();
    assertThat(out.get("displayName").asString()).isEqualTo("G");
  }

  @Test
  void theInputIsNotChanged() {
    String before = ScimJson.write(USER);
    Projection.of(REGISTRY, USERS, List.of("name.givenName"), List.of()).apply(USER);
    assertThat(ScimJson.write(USER)).isEqualTo(before);
  }

  @Test
  void aMalformedAttributeListEntryIsInvalidPath() {
    assertThatThrownBy(() -> Projection.of(REGISTRY, USERS, List.of("emails[type eq"), List.of()))
        .isInstanceOfSatisfying(
            ScimException.class, e -> assertThat(e.scimType()).isEqualTo("invalidPath"));
  }
}
