package io.scimworks.core.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scimworks.core.ScimException;
import io.scimworks.core.ScimUrns;
import io.scimworks.core.json.ScimJson;
import org.junit.jupiter.api.Test;

class SchemasTest {

  @Test
  void theBuiltInUserSchemaCarriesTheRfcCharacteristics() {
    Schema user = Schemas.user();
    assertThat(user.id()).isEqualTo(ScimUrns.CORE_USER);
    AttributeDefinition userName = user.attribute("USERNAME").orElseThrow();
    assertThat(userName.required()).isTrue();
    assertThat(userName.uniqueness()).isEqualTo(Uniqueness.SERVER);
    assertThat(userName.caseExact()).isFalse();
    AttributeDefinition password = user.attribute("password").orElseThrow();
    assertThat(password.mutability()).isEqualTo(Mutability.WRITE_ONLY);
    assertThat(password.returned()).isEqualTo(Returned.NEVER);
    AttributeDefinition emails = user.attribute("emails").orElseThrow();
    assertThat(emails.multiValued()).isTrue();
    assertThat(emails.subAttribute("type").orElseThrow().canonicalValues())
        .containsExactly("work", "home", "other");
    assertThat(emails.subAttribute("primary").orElseThrow().type())
        .isEqualTo(AttributeType.BOOLEAN);
    AttributeDefinition groups = user.attribute("groups").orElseThrow();
    assertThat(groups.mutability()).isEqualTo(Mutability.READ_ONLY);
    assertThat(groups.subAttribute("$ref").orElseThrow().referenceTypes())
        .containsExactly("User", "Group");
    assertThat(
            user.attribute("x509Certificates")
                .orElseThrow()
                .subAttribute("value")
                .orElseThrow()
                .type())
        .isEqualTo(AttributeType.BINARY);
  }

  @Test
  void allSixBuiltInSchemasLoad() {
    assertThat(Schemas.builtIn())
        .extracting(Schema::id)
        .containsExactly(
            ScimUrns.CORE_USER,
            ScimUrns.CORE_GROUP,
            ScimUrns.ENTERPRISE_USER,
            ScimUrns.SERVICE_PROVIDER_CONFIG,
            ScimUrns.RESOURCE_TYPE,
            ScimUrns.SCHEMA);
    assertThat(Schemas.enterpriseUser().attribute("manager").orElseThrow().subAttributes())
        .extracting(AttributeDefinition::name)
        .containsExactly("value", "$ref", "displayName");
    assertThat(Schemas.group().attribute("members").orElseThrow().subAttribute("value"))
        .get()
        .extracting(AttributeDefinition::mutability)
        .isEqualTo(Mutability.IMMUTABLE);
  }

  @Test
  void everyBuiltInSchemaSurvivesAJsonRoundTrip() {
    for (Schema s : Schemas.builtIn()) {
      assertThat(Schemas.fromJson(ScimJson.write(Schemas.toJson(s)))).isEqualTo(s);
    }
  }

  @Test
  void aCustomSchemaLoadsFromJsonWithDefaultsFilledIn() {
    Schema s =
        Schemas.fromJson(
            """
            {"id": "urn:example:workspace:2.0:User", "name": "Workspace",
             "attributes": [{"name": "timezone"},
                            {"name": "seats", "type": "integer", "required": true},
                            {"name": "badge", "type": "complex", "multiValued": true,
                             "subAttributes": [{"name": "code", "caseExact": true}]}]}
            """);
    AttributeDefinition tz = s.attribute("timezone").orElseThrow();
    assertThat(tz.type()).isEqualTo(AttributeType.STRING);
    assertThat(tz.mutability()).isEqualTo(Mutability.READ_WRITE);
    assertThat(tz.returned()).isEqualTo(Returned.DEFAULT);
    assertThat(s.attribute("seats").orElseThrow().required()).isTrue();
    assertThat(s.attribute("badge").orElseThrow().subAttribute("CODE").orElseThrow().caseExact())
        .isTrue();
  }

  @Test
  void aSchemaWithoutIdIsRejectedNamingTheProblem() {
    assertThatThrownBy(() -> Schemas.fromJson("{\"attributes\": []}"))
        .isInstanceOfSatisfying(
            ScimException.class,
            e -> {
              assertThat(e.scimType()).isEqualTo("invalidSyntax");
              assertThat(e.detail()).contains("'id'");
            });
  }

  @Test
  void anUnknownAttributeTypeIsRejectedNamingTheAttribute() {
    assertThatThrownBy(
            () ->
                Schemas.fromJson(
                    "{\"id\": \"urn:x\", \"attributes\": [{\"name\": \"a\", \"type\": \"date\"}]}"))
        .isInstanceOf(ScimException.class)
        .hasMessageContaining("urn:x:a")
        .hasMessageContaining("'date'");
  }

  @Test
  void aResourceTypeRoundTripsThroughJson() {
    ResourceType user = ResourceType.user();
    ResourceType back = Schemas.resourceTypeFromJson(ScimJson.write(Schemas.toJson(user)));
    assertThat(back).isEqualTo(user);
    assertThat(back.extension(ScimUrns.ENTERPRISE_USER.toUpperCase())).isPresent();
  }

  @Test
  void theBuilderDerivesAnEnforcedUserTypeFromTheBuiltInSchema() {
    Schema workspace =
        Schemas.user().toBuilder()
            .replaceAttribute(
                Schemas.user().attribute("userType").orElseThrow().toBuilder()
                    .canonicalValues("admin", "guest", "member", "viewer")
                    .enforceCanonicalValues(true)
                    .build())
            .build();
    AttributeDefinition userType = workspace.attribute("userType").orElseThrow();
    assertThat(userType.enforceCanonicalValues()).isTrue();
    assertThat(workspace.attributes().indexOf(userType))
        .isEqualTo(Schemas.user().attributes().indexOf(Schemas.user().attribute("userType").get()));
  }

  @Test
  void duplicateAttributeNamesDifferingOnlyInCaseAreRejected() {
    AttributeDefinition a = AttributeDefinition.builder("title", AttributeType.STRING).build();
    AttributeDefinition b = AttributeDefinition.builder("TITLE", AttributeType.STRING).build();
    assertThatThrownBy(() -> Schema.builder("urn:x").attribute(a).attribute(b).build())
        .isInstanceOf(IllegalArgumentException.class);
  }
}
