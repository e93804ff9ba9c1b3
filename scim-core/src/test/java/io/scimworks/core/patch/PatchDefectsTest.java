package io.scimworks.core.patch;

import static io.scimworks.core.patch.PatchFixtures.ENTERPRISE;
import static io.scimworks.core.patch.PatchFixtures.GROUP;
import static io.scimworks.core.patch.PatchFixtures.REGISTRY;
import static io.scimworks.core.patch.PatchFixtures.USER;
import static io.scimworks.core.patch.PatchFixtures.USERS;
import static io.scimworks.core.patch.PatchFixtures.assertRejected;
import static io.scimworks.core.patch.PatchFixtures.group;
import static io.scimworks.core.patch.PatchFixtures.patch;
import static io.scimworks.core.patch.PatchFixtures.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scimworks.core.ScimException;
import io.scimworks.core.json.ScimJson;
import io.scimworks.core.validation.UnknownAttributes;
import io.scimworks.core.validation.ValidationOptions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Regression tests for the PATCH defects found by outside fuzzing (issue 8), one per defect. */
class PatchDefectsTest {

  @Test
  void defect6_aPatchResultNestedDeeperThanTheCodecReadsIsRejectedBeforeItIsStored() {
    PatchEngine keeping =
        PatchEngine.builder(REGISTRY, USER)
            .validationOptions(
                ValidationOptions.builder().unknownAttributes(UnknownAttributes.KEEP).build())
            .build();
    // a value built in memory (as a caller of the engine may), deeper than the codec reads
    ArrayNode deep = ScimJson.array();
    ArrayNode inner = deep;
    for (int i = 0; i < ScimJson.MAX_NESTING_DEPTH; i++) {
      inner = inner.addArray();
    }
    ObjectNode value = ScimJson.object().put("value", "x@example.com");
    value.set("custom", deep);
    PatchOperation op = PatchOperation.add("emails", ScimJson.array().add(value));
    assertThatThrownBy(() -> keeping.apply(user(), java.util.List.of(op)))
        .isInstanceOfSatisfying(
            ScimException.class,
            e -> {
              assertThat(e.status()).isEqualTo(400);
              assertThat(e.detail()).contains("levels deep");
            });
  }

  @Test
  void defect8_aNoPathValueWithAnEmptyKeyIsInvalidPath() {
    assertRejected(USERS, user(), "invalidPath", "{\"op\":\"add\",\"value\":{\"\":\"B\"}}");
    assertRejected(
        PatchFixtures.STRICT_USERS,
        user(),
        "invalidPath",
        "{\"op\":\"add\",\"value\":{\"\":\"B\"}}");
    assertRejected(
        USERS,
        user(),
        "invalidPath",
        "{\"op\":\"add\",\"path\":\"" + ENTERPRISE + "\",\"value\":{\"\":\"B\"}}");
    assertRejected(USERS, user(), "invalidPath", "{\"op\":\"add\",\"value\":{\"a b\":\"B\"}}");
  }

  @Test
  void defect9_addingTwentyThousandEmailsMergesThemByKeyAndKeepsExistingOnes() {
    ArrayNode emails = ScimJson.array();
    for (int i = 0; i < 20_000; i++) {
      emails.addObject().put("value", "user" + i + "@example.com").put("type", "work");
    }
    emails.addObject().put("value", "BJENSEN@example.com").put("display", "dup of existing");
    ObjectNode op = ScimJson.object().put("op", "add").put("path", "emails");
    op.set("value", emails);
    ObjectNode once = patch(USERS, user(), op.toString());
    assertThat(once.get("emails")).hasSize(20_002);
    ObjectNode twice = patch(USERS, once, op.toString());
    assertThat(twice.get("emails")).hasSize(20_002);
    assertThat(twice.get("emails").get(0).get("display").stringValue())
        .isEqualTo("dup of existing");
  }

  @Test
  void defect9_moreValuesThanTheConfiguredLimitIsTooMany() {
    PatchEngine limited =
        PatchEngine.builder(REGISTRY, GROUP)
            .validationOptions(ValidationOptions.builder().maxValuesPerAttribute(3).build())
            .build();
    String three = "{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"c\"}]}";
    assertThat(patch(limited, group(), three).get("members")).hasSize(3);
    assertThatThrownBy(
            () ->
                patch(
                    limited,
                    group(),
                    "{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"c\"},{\"value\":\"d\"}]}"))
        .isInstanceOfSatisfying(
            ScimException.class,
            e -> {
              assertThat(e.scimType()).isEqualTo("tooMany");
              assertThat(e.detail()).contains("members").contains("at most 3");
            });
  }

  @Test
  void defect9_removingManyMembersByValueRemovesExactlyThose() {
    ObjectNode g = group();
    ArrayNode members = (ArrayNode) g.get("members");
    for (int i = 0; i < 10_000; i++) {
      members.addObject().put("value", "m" + i);
    }
    ArrayNode gone = ScimJson.array();
    for (int i = 0; i < 10_000; i += 2) {
      gone.addObject().put("value", "M" + i); // ids compare as the schema says: not caseExact
    }
    ObjectNode op = ScimJson.object().put("op", "remove").put("path", "members");
    op.set("value", gone);
    assertThat(patch(PatchFixtures.GROUPS, g, op.toString()).get("members")).hasSize(5_002);
  }

  @Test
  void defect13_aNumberWhereAStringIsDefinedIsInvalidValue() {
    assertRejected(
        USERS, user(), "invalidValue", "{\"op\":\"replace\",\"path\":\"userName\",\"value\":5}");
    assertRejected(
        USERS, user(), "invalidValue", "{\"op\":\"replace\",\"value\":{\"displayName\":true}}");
  }

  @Test
  void defect13_aBareStringForAMultiValuedComplexElementIsInvalidValue() {
    assertRejected(
        USERS, user(), "invalidValue", "{\"op\":\"add\",\"path\":\"emails\",\"value\":\"x@y\"}");
  }

  @Test
  void defect13_entraBooleanStringsAreANamedLeniencyOnByDefault() {
    ObjectNode out =
        patch(USERS, user(), "{\"op\":\"Replace\",\"path\":\"active\",\"value\":\"False\"}");
    assertThat(out.get("active").isBoolean()).isTrue();
    assertRejected(
        PatchFixtures.STRICT_USERS,
        user(),
        "invalidValue",
        "{\"op\":\"replace\",\"path\":\"active\",\"value\":\"False\"}");
  }

  @Test
  void defect14_aPatchCannotWriteBinaryThatIsNotBase64() {
    assertRejected(
        USERS,
        user(),
        "invalidValue",
        "{\"op\":\"add\",\"path\":\"x509Certificates\",\"value\":{\"value\":\"!\"}}");
  }

  @Test
  void defect14_aPatchCannotEmptyARequiredAttribute() {
    assertRejected(
        USERS, user(), "invalidValue", "{\"op\":\"replace\",\"path\":\"userName\",\"value\":\"\"}");
  }

  @Test
  void defect15_unknownAttributesInANoPathValueFollowThePolicyLikeAPost() {
    String op = "{\"op\":\"add\",\"value\":{\"shoeSize\":44,\"name\":{\"nick\":\"b\"}}}";
    ObjectNode dropped = patch(USERS, user(), op);
    assertThat(dropped.has("shoeSize")).isFalse();
    assertThat(dropped.get("name").has("nick")).isFalse();
    PatchEngine keeping =
        PatchEngine.builder(REGISTRY, USER)
            .validationOptions(
                ValidationOptions.builder().unknownAttributes(UnknownAttributes.KEEP).build())
            .build();
    ObjectNode kept = patch(keeping, user(), op);
    assertThat(kept.get("shoeSize").intValue()).isEqualTo(44);
    assertThat(kept.get("name").get("nick").stringValue()).isEqualTo("b");
    PatchEngine rejecting =
        PatchEngine.builder(REGISTRY, USER).validationOptions(ValidationOptions.strict()).build();
    assertRejected(rejecting, user(), "invalidPath", op);
  }

  @Test
  void defect15_aSchemasMemberInsideAnExtensionValueIsAccepted() {
    ObjectNode out =
        patch(
            USERS,
            user(),
            "{\"op\":\"replace\",\"path\":\""
                + ENTERPRISE
                + "\",\"value\":{\"schemas\":[\""
                + ENTERPRISE
                + "\"],\"employeeNumber\":\"42\"}}");
    assertThat(out.get(ENTERPRISE).get("employeeNumber").stringValue()).isEqualTo("42");
    assertThat(out.get(ENTERPRISE).has("schemas")).isFalse();
  }

  @Test
  void aPathNamingAnAttributeThatDoesNotExistIsInvalidPathWhateverThePolicy() {
    assertRejected(
        USERS, user(), "invalidPath", "{\"op\":\"add\",\"path\":\"shoeSize\",\"value\":44}");
  }
}
