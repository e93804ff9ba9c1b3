package io.scimworks.benchmarks.patch;

import static org.assertj.core.api.Assertions.assertThat;

import de.captaingoldfish.scim.sdk.common.resources.User;
import io.scimworks.core.patch.PatchResult;
import org.apache.directory.scim.spec.extension.EnterpriseExtension;
import org.apache.directory.scim.spec.resources.ScimUser;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Every library in the PATCH benchmark really applies all five operations. */
class PatchPeersTest {

  @Test
  void scimworksAppliesTheRfcAndTheEntraShapeAlike() {
    PatchResult rfc = new ScimworksPatch(PatchInputs.PATCH).apply();
    PatchResult entra = new ScimworksPatch(PatchInputs.ENTRA_PATCH).apply();
    assertPatched(rfc.resource());
    assertThat(entra.resource()).isEqualTo(rfc.resource());
  }

  @Test
  void unboundIdAppliesThePatch() {
    assertPatched(new UnboundIdPatch().apply().getObjectNode());
  }

  @Test
  void scimpleAppliesThePatch() {
    ScimUser u = new ScimplePatch().apply();
    assertThat(u.getDisplayName()).isEqualTo("Barbara Jensen");
    assertThat(u.getActive()).isFalse();
    assertThat(u.getName().getGivenName()).isEqualTo("Barbara");
    assertThat(u.getEmails().get(0).getValue()).isEqualTo("barbara@example.com");
    EnterpriseExtension ext = (EnterpriseExtension) u.getExtension(EnterpriseExtension.URN);
    assertThat(ext.getManager().getValue()).isEqualTo("boss-id");
  }

  @Test
  void scimSdkAppliesThePatch() {
    User u = new ScimSdkPatch().apply();
    assertThat(u.getDisplayName()).contains("Barbara Jensen");
    assertThat(u.isActive()).contains(false);
    assertThat(u.getName().flatMap(n -> n.getGivenName())).contains("Barbara");
    assertThat(u.getEmails().get(0).getValue()).contains("barbara@example.com");
    assertThat(u.getEnterpriseUser().flatMap(e -> e.getManager()).flatMap(m -> m.getValue()))
        .contains("boss-id");
  }

  private static void assertPatched(JsonNode user) {
    assertThat(user.get("displayName").asString()).isEqualTo("Barbara Jensen");
    assertThat(user.get("active").asBoolean()).isFalse();
    assertThat(user.get("emails").get(0).get("value").asString()).isEqualTo("barbara@example.com");
    assertThat(user.get("name").get("givenName").asString()).isEqualTo("Barbara");
    assertThat(
            user.get("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User")
                .get("manager")
                .get("value")
                .asString())
        .isEqualTo("boss-id");
  }
}
