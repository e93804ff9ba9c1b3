package io.scimworks.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scimworks.core.ScimException;
import io.scimworks.core.ScimUrns;
import io.scimworks.core.resource.ScimResource;
import io.scimworks.core.schema.ResourceType;
import io.scimworks.core.schema.SchemaRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A resource sent to be created or replaced lists its schemas (RFC 7643 §3: {@code schemas} is
 * REQUIRED and names the type's core schema and the extensions used). Every problem is 400 {@code
 * invalidValue} with a detail that says what to send; Entra ID's two habits are named leniencies.
 */
class SchemasValidationTest {
  private static final SchemaRegistry REGISTRY = SchemaRegistry.defaults();
  private static final ResourceType USER = ResourceType.user();
  private static final ResourceType GROUP = ResourceType.group();
  private static final String MICROSOFT =
      "http://schemas.microsoft.com/2006/11/ResourceManagement/ADSCIM/2.0/Group";
  private final ResourceValidator lenient = ResourceValidator.of(REGISTRY);
  private final ResourceValidator strict =
      ResourceValidator.of(REGISTRY, ValidationOptions.strict());

  private static String user(String schemas) {
    return "{" + schemas + "\"userName\": \"a\"}";
  }

  private static void assertInvalid(Runnable call, String... inDetail) {
    assertThatThrownBy(call::run)
        .isInstanceOfSatisfying(
            ScimException.class,
            e -> {
              assertThat(e.status()).isEqualTo(400);
              assertThat(e.scimType()).isEqualTo("invalidValue");
              assertThat(e.detail()).contains(inDetail);
            });
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "\"schemas\": null,",
        "\"schemas\": [],",
        "\"schemas\": \"urn:ietf:params:scim:schemas:core:2.0:User\",",
        "\"schemas\": [5],",
        "\"schemas\": [\"urn:ietf:params:scim:schemas:core:2.0:Group\"],",
        "\"schemas\": [\"urn:example:unknown\"],",
        "\"schemas\": [\"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\"],"
      })
  void aCreateWithoutTheCoreSchemaListedIsInvalidValueNamingIt(String schemas) {
    assertInvalid(() -> lenient.validateCreate(USER, ScimResource.parse(user(schemas))), "schemas");
    assertInvalid(() -> strict.validateCreate(USER, ScimResource.parse(user(schemas))), "schemas");
  }

  @Test
  void aSchemaOfAnotherResourceTypeIsRefusedEvenBesideTheCoreOne() {
    String groupOnUser =
        user("\"schemas\": [\"" + ScimUrns.CORE_USER + "\", \"" + ScimUrns.CORE_GROUP + "\"],");
    String enterpriseOnGroup =
        "{\"schemas\": [\""
            + ScimUrns.CORE_GROUP
            + "\", \""
            + ScimUrns.ENTERPRISE_USER
            + "\"], \"displayName\": \"g\"}";

    assertInvalid(
        () -> lenient.validateCreate(USER, ScimResource.parse(groupOnUser)),
        ScimUrns.CORE_GROUP,
        "is not a schema of User resources");
    assertInvalid(
        () -> lenient.validateCreate(GROUP, ScimResource.parse(enterpriseOnGroup)),
        ScimUrns.ENTERPRISE_USER,
        "is not a schema of Group resources");
  }

  @Test
  void entraIdsOwnSchemaUriBesideTheCoreOneIsIgnoredByDefaultAndRefusedWhenStrict() {
    String body =
        "{\"schemas\": [\""
            + ScimUrns.CORE_GROUP
            + "\", \""
            + MICROSOFT
            + "\"], \"displayName\": \"g\", \"externalId\": \"e\"}";

    ScimResource accepted = lenient.validateCreate(GROUP, ScimResource.parse(body));

    assertThat(accepted.json().get("schemas").toString())
        .isEqualTo("[\"" + ScimUrns.CORE_GROUP + "\"]");
    assertInvalid(
        () -> strict.validateCreate(GROUP, ScimResource.parse(body)),
        MICROSOFT,
        "names no schema this server knows");
  }

  @Test
  void anExtensionSentButNotListedIsAcceptedAndListedByDefaultAndRefusedWhenStrict() {
    String body =
        "{\"schemas\": [\""
            + ScimUrns.CORE_USER
            + "\"], \"userName\": \"a\", \""
            + ScimUrns.ENTERPRISE_USER
            + "\": {\"employeeNumber\": \"7\"}}";

    ScimResource accepted = lenient.validateCreate(USER, ScimResource.parse(body));

    assertThat(accepted.json().get("schemas").toString()).contains(ScimUrns.ENTERPRISE_USER);
    assertInvalid(
        () -> strict.validateCreate(USER, ScimResource.parse(body)),
        ScimUrns.ENTERPRISE_USER,
        "does not list it");
  }

  @Test
  void urnsMatchInAnyCaseAndAreWrittenCanonically() {
    String body =
        "{\"Schemas\": [\""
            + ScimUrns.CORE_USER.toUpperCase(java.util.Locale.ROOT)
            + "\"], \"userName\": \"a\"}";

    ScimResource accepted = strict.validateCreate(USER, ScimResource.parse(body));

    assertThat(accepted.json().get("schemas").toString())
        .isEqualTo("[\"" + ScimUrns.CORE_USER + "\"]");
  }

  @Test
  void aReplaceIsCheckedAlikeAndAPatchResultIsNot() {
    ScimResource stored =
        lenient.validateCreate(
            USER, ScimResource.parse(user("\"schemas\": [\"" + ScimUrns.CORE_USER + "\"],")));

    assertInvalid(
        () -> lenient.validateReplace(USER, ScimResource.parse(user("")), stored), "schemas");
    ScimResource patched = stored.copy();
    patched.json().remove("schemas");
    assertThat(lenient.validatePatchResult(USER, patched, stored).json().get("schemas"))
        .isNotNull();
  }
}
