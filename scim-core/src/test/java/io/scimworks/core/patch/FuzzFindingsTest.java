package io.scimworks.core.patch;

import static io.scimworks.core.patch.PatchFixtures.USERS;
import static io.scimworks.core.patch.PatchFixtures.patch;
import static io.scimworks.core.patch.PatchFixtures.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scimworks.core.ScimException;
import io.scimworks.core.validation.ResourceValidator;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * Regression tests for what the PATCH fuzz targets found ({@code PatchFuzzTest}; each input is also
 * a {@code finding-*} entry of its corpus), one per finding.
 */
class FuzzFindingsTest {

  @Test
  void removingByValueANumberBeyondDoubleRangeIsAnAnswerNotAServerError() {
    // -1e400 reads as an infinite double, which has no BigDecimal: the value key threw
    ObjectNode u = user();
    String remove = "{\"op\":\"remove\",\"path\":\"schemas\",\"value\":{\"$ref\":-1e400}}";
    assertThatCode(
            () -> {
              try {
                assertThat(patch(USERS, u, remove).get("schemas")).isEqualTo(u.get("schemas"));
              } catch (ScimException e) {
                assertThat(e.status()).isEqualTo(400);
              }
            })
        .doesNotThrowAnyException();
    ObjectNode withFar =
        patch(
            USERS,
            u,
            "{\"op\":\"add\",\"path\":\"roles\",\"value\":[{\"value\":\"r\",\"display\":\"d\"}]}");
    assertThat(
            patch(
                    USERS,
                    withFar,
                    "{\"op\":\"remove\",\"path\":\"roles\",\"value\":[{\"value\":-1e400}]}")
                .get("roles"))
        .isEqualTo(withFar.get("roles"));
  }

  @Test
  void addingAStringThatIsNoUriToSchemasIsRefusedByTheIncrementalAndTheFullValidationAlike() {
    // the incremental validation once kept it; schemas holds URIs (RFC 7643 §2.3.7). Since
    // schemas became the service's to keep, any operation on it is refused before its value is read
    String op = "{\"op\":\"add\",\"path\":\"schemas\",\"value\":\"hh\\\"\"}";
    PatchEngine full =
        PatchEngine.builder(PatchFixtures.REGISTRY, PatchFixtures.USER)
            .validator(ResourceValidator.of(PatchFixtures.REGISTRY))
            .build();
    for (PatchEngine engine : List.of(USERS, full)) {
      assertThatThrownBy(() -> patch(engine, user(), op))
          .isInstanceOfSatisfying(
              ScimException.class,
              e -> {
                assertThat(e.scimType()).isEqualTo("mutability");
                assertThat(e.detail()).contains("'schemas' is kept by the service");
              });
    }
  }

  @Test
  void anExtensionThatValidationEmptiesLeavesNoUrnInSchemas() {
    // strict options: the manager's unknown members are dropped by validation, the manager and
    // then the extension become empty; the incremental validation left the URN in schemas
    ObjectNode user = user();
    user.remove(PatchFixtures.ENTERPRISE);
    user.set(
        "schemas",
        tools.jackson.databind.node.JsonNodeFactory.instance
            .arrayNode()
            .add("urn:ietf:params:scim:schemas:core:2.0:User"));
    String op =
        "{\"op\":\"add\",\"path\":\""
            + PatchFixtures.ENTERPRISE
            + ":manager\",\"value\":{\"timezone\":[],\"value\":\"\"}}";
    ObjectNode patched = patch(PatchFixtures.STRICT_USERS, user, op);
    PatchEngine full =
        PatchEngine.builder(PatchFixtures.REGISTRY, PatchFixtures.USER)
            .options(PatchOptions.strict())
            .validator(ResourceValidator.of(PatchFixtures.REGISTRY))
            .build();
    assertThat(patched).isEqualTo(patch(full, user, op));
    assertThat(patched.get("schemas")).hasSize(1);
  }
}
