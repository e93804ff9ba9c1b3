package io.scimworks.core.patch;

import static io.scimworks.core.patch.PatchFixtures.patch;
import static io.scimworks.core.patch.PatchFixtures.request;
import static io.scimworks.core.patch.PatchFixtures.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scimworks.core.ScimException;
import io.scimworks.core.schema.AttributeDefinition;
import io.scimworks.core.schema.ResourceType;
import io.scimworks.core.schema.Schema;
import io.scimworks.core.schema.SchemaRegistry;
import io.scimworks.core.schema.Schemas;
import io.scimworks.core.validation.ResourceValidator;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** The schema's rules hold for every PATCH result, with or without a full validation pass. */
class SchemaRulesTest {
  /** The reference workspace: userType is one of admin, guest, member, viewer. */
  private static final SchemaRegistry WORKSPACE = workspace();

  private static final ResourceType USER = WORKSPACE.resourceType("User").orElseThrow();

  private static SchemaRegistry workspace() {
    Schema core = Schemas.user();
    AttributeDefinition userType =
        core.attribute("userType").orElseThrow().toBuilder()
            .canonicalValues("admin", "guest", "member", "viewer")
            .enforceCanonicalValues(true)
            .build();
    return SchemaRegistry.defaults().toBuilder()
        .schema(core.toBuilder().replaceAttribute(userType).build())
        .build();
  }

  @Test
  void aValueOutsideEnforcedCanonicalValuesIsAnInvalidValueListingTheAllowedOnes() {
    PatchEngine engine = PatchEngine.of(WORKSPACE, USER);
    assertThatThrownBy(
            () ->
                patch(
                    engine,
                    user(),
                    "{\"op\":\"replace\",\"path\":\"userType\",\"value\":\"User\"}"))
        .isInstanceOfSatisfying(
            ScimException.class,
            e -> {
              assertThat(e.scimType()).isEqualTo("invalidValue");
              assertThat(e.detail()).contains("userType").contains("admin, guest, member, viewer");
            });
  }

  @Test
  void anEnforcedCanonicalValueIsStoredInItsCanonicalSpelling() {
    ObjectNode out =
        patch(
            PatchEngine.of(WORKSPACE, USER),
            user(),
            "{\"op\":\"replace\",\"value\":{\"userType\":\"Guest\"}}");
    assertThat(out.get("userType").stringValue()).isEqualTo("guest");
  }

  @Test
  void aFullValidatorCanBeAddedForResourcesThatMayNotBeValidYet() {
    PatchEngine engine =
        PatchEngine.builder(WORKSPACE, USER).validator(ResourceValidator.of(WORKSPACE)).build();
    ObjectNode stored = user();
    stored.put("userType", "User"); // stored before the rule existed
    assertThatThrownBy(
            () ->
                engine.apply(
                    stored, request("{\"op\":\"replace\",\"path\":\"title\",\"value\":\"Boss\"}")))
        .isInstanceOfSatisfying(
            ScimException.class, e -> assertThat(e.scimType()).isEqualTo("invalidValue"));
    assertThat(
            PatchEngine.of(WORKSPACE, USER)
                .apply(
                    stored, request("{\"op\":\"replace\",\"path\":\"title\",\"value\":\"Boss\"}"))
                .changed())
        .isTrue();
  }
}
