package io.scimworks.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scimworks.core.ScimException;
import io.scimworks.core.resource.ScimResource;
import io.scimworks.core.schema.ResourceType;
import io.scimworks.core.schema.SchemaRegistry;
import org.junit.jupiter.api.Test;

/** Regression tests for the validation defects found by outside testing (issue 8). */
class ValidationDefectsTest {
  private static final SchemaRegistry REGISTRY = SchemaRegistry.defaults();
  private static final ResourceType USER = REGISTRY.resourceType("User").orElseThrow();
  private static final ResourceType GROUP = REGISTRY.resourceType("Group").orElseThrow();
  private static final String ENTERPRISE =
      "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
  private final ResourceValidator validator = ResourceValidator.of(REGISTRY);

  private ScimResource create(ResourceValidator v, ResourceType type, String json) {
    return v.validateCreate(type, ResourceValidatorTest.listed(type, json));
  }

  private void assertInvalid(ResourceValidator v, String json, String scimType, String named) {
    assertThatThrownBy(() -> create(v, USER, json))
        .isInstanceOfSatisfying(
            ScimException.class,
            e -> {
              assertThat(e.status()).isEqualTo(400);
              assertThat(e.scimType()).isEqualTo(scimType);
              assertThat(e.detail()).contains(named);
            });
  }

  @Test
  void defect13_aNumberWhereAStringIsDefinedIsInvalidValue() {
    assertInvalid(validator, "{\"userName\": 5}", "invalidValue", "userName");
  }

  @Test
  void defect13_aBareStringWhereAMultiValuedComplexAttributeIsDefinedIsInvalidValue() {
    assertInvalid(
        validator, "{\"userName\": \"a\", \"emails\": \"x@y\"}", "invalidValue", "emails");
    assertInvalid(
        validator, "{\"userName\": \"a\", \"emails\": [\"x@y\"]}", "invalidValue", "emails[0]");
  }

  @Test
  void defect13_entraBooleanStringsAreCoercedByDefaultAndRefusedWhenStrict() {
    ScimResource r = create(validator, USER, "{\"userName\": \"a\", \"active\": \"False\"}");
    assertThat(r.json().get("active").isBoolean()).isTrue();
    assertInvalid(
        ResourceValidator.of(REGISTRY, ValidationOptions.strict()),
        "{\"userName\": \"a\", \"active\": \"False\"}",
        "invalidValue",
        "active");
  }

  @Test
  void defect13_entraManagerAsABareIdIsANamedLeniencyOnByDefault() {
    ScimResource r =
        create(
            validator,
            USER,
            "{\"userName\": \"a\", \"" + ENTERPRISE + "\": {\"manager\": \"m-1\"}}");
    assertThat(r.json().get(ENTERPRISE).get("manager").get("value").stringValue()).isEqualTo("m-1");
    ResourceValidator without =
        ResourceValidator.of(
            REGISTRY, ValidationOptions.builder().complexValueShorthands(false).build());
    assertInvalid(
        without,
        "{\"userName\": \"a\", \"" + ENTERPRISE + "\": {\"manager\": \"m-1\"}}",
        "invalidValue",
        "manager");
  }

  @Test
  void defect9_moreValuesThanTheLimitIsTooManyOnCreate() {
    ResourceValidator limited =
        ResourceValidator.of(
            REGISTRY, ValidationOptions.builder().maxValuesPerAttribute(2).build());
    assertThatThrownBy(
            () ->
                create(
                    limited,
                    GROUP,
                    "{\"displayName\": \"g\", \"members\": [{\"value\": \"a\"}, {\"value\": \"b\"},"
                        + " {\"value\": \"c\"}]}"))
        .isInstanceOfSatisfying(
            ScimException.class,
            e -> {
              assertThat(e.scimType()).isEqualTo("tooMany");
              assertThat(e.detail()).contains("members").contains("at most 2");
            });
  }

  @Test
  void defect15_unknownAttributesAreDroppedByDefaultAtEveryLevel() {
    ScimResource r =
        create(
            validator,
            USER,
            "{\"userName\": \"a\", \"shoeSize\": 44, \"name\": {\"nick\": \"x\"},"
                + " \"emails\": [{\"value\": \"a@b\", \"label\": \"x\"}],"
                + " \""
                + ENTERPRISE
                + "\": {\"badge\": 7, \"department\": \"d\"}}");
    assertThat(r.json().has("shoeSize")).isFalse();
    assertThat(r.json().has("name")).isFalse();
    assertThat(r.json().get("emails").get(0).has("label")).isFalse();
    assertThat(r.json().get(ENTERPRISE).has("badge")).isFalse();
    assertThat(r.json().get(ENTERPRISE).get("department").stringValue()).isEqualTo("d");
  }

  @Test
  void defect15_aSchemasMemberInsideAnExtensionValueIsAcceptedOnCreate() {
    ScimResource r =
        create(
            ResourceValidator.of(REGISTRY, ValidationOptions.strict()),
            USER,
            "{\"userName\": \"a\", \""
                + ENTERPRISE
                + "\": {\"schemas\": [\""
                + ENTERPRISE
                + "\"], \"department\": \"d\"}}");
    assertThat(r.json().get(ENTERPRISE).has("schemas")).isFalse();
  }

  @Test
  void aDecimalReadAsInfinityIsInvalidValueNotStoredAsTheStringInfinity() {
    // 1e400 is read as a double's infinity, which JSON writes as the string "Infinity"
    String urn = "urn:example:params:scim:schemas:Reading";
    SchemaRegistry registry =
        SchemaRegistry.builder()
            .schema(
                io.scimworks.core.schema.Schema.builder(urn)
                    .name("Reading")
                    .attribute(
                        io.scimworks.core.schema.AttributeDefinition.builder(
                                "level", io.scimworks.core.schema.AttributeType.DECIMAL)
                            .build())
                    .build())
            .resourceType(ResourceType.builder("Reading", "/Readings", urn).build())
            .build();
    ResourceType reading = registry.resourceType("Reading").orElseThrow();
    ResourceValidator v = ResourceValidator.of(registry);

    assertThatThrownBy(
            () ->
                v.validateCreate(
                    reading, ScimResource.parse("{\"schemas\":[\"" + urn + "\"],\"level\":1e400}")))
        .isInstanceOfSatisfying(
            ScimException.class,
            e -> {
              assertThat(e.scimType()).isEqualTo("invalidValue");
              assertThat(e.detail()).contains("level").contains("range of a double");
            });
    assertThat(
            v.validateCreate(
                    reading, ScimResource.parse("{\"schemas\":[\"" + urn + "\"],\"level\":1e308}"))
                .json()
                .get("level")
                .isNumber())
        .isTrue();
  }
}
