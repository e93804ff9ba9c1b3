package io.scimworks.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scimworks.core.ScimException;
import io.scimworks.core.ScimUrns;
import io.scimworks.core.json.ScimJson;
import io.scimworks.core.message.SearchRequest;
import io.scimworks.core.resource.ScimResource;
import io.scimworks.core.schema.AttributeDefinition;
import io.scimworks.core.schema.AttributeType;
import io.scimworks.core.schema.Mutability;
import io.scimworks.core.schema.ResourceType;
import io.scimworks.core.schema.Schema;
import io.scimworks.core.schema.SchemaRegistry;
import io.scimworks.core.schema.Schemas;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class ResourceValidatorTest {
  private static final String CORE = ScimUrns.CORE_USER;
  private static final String ENT = ScimUrns.ENTERPRISE_USER;

  /** The reference scenario's workspace: userType restricted, a custom immutable badge. */
  static final SchemaRegistry WORKSPACE =
      SchemaRegistry.defaults().toBuilder()
          .schema(
              Schemas.user().toBuilder()
                  .replaceAttribute(
                      Schemas.user().attribute("userType").orElseThrow().toBuilder()
                          .canonicalValues("admin", "guest", "member", "viewer")
                          .enforceCanonicalValues(true)
                          .build())
                  .attribute(
                      AttributeDefinition.builder("badge", AttributeType.STRING)
                          .mutability(Mutability.IMMUTABLE)
                          .build())
                  .build())
          .build();

  private final ResourceValidator validator = ResourceValidator.of(WORKSPACE);
  private final ResourceType users = ResourceType.user();
  private final ResourceType groups = ResourceType.group();

  private ScimResource create(String json) {
    return validator.validateCreate(users, listed(users, json));
  }

  /**
   * {@code json} as a resource of {@code type} that, when it lists no schemas, lists its core
   * schema and the extension objects it holds, first, as a client does: these tests are about
   * attributes, and a resource sent without {@code schemas} is refused.
   */
  static ScimResource listed(ResourceType type, String json) {
    ObjectNode sent = ScimResource.parse(json).json();
    if (ScimJson.keyIgnoreCase(sent, "schemas") != null) {
      return ScimResource.of(sent);
    }
    ObjectNode r = ScimJson.object();
    ArrayNode schemas = r.putArray("schemas").add(type.schema());
    for (String key : sent.propertyNames()) {
      if (key.startsWith("urn:") && sent.get(key).isObject()) {
        schemas.add(key);
      }
    }
    r.setAll(sent);
    return ScimResource.of(r);
  }

  private static void assertScimError(ThrowingCallable call, String scimType, String... inDetail) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            ScimException.class,
            e -> {
              assertThat(e.status()).isEqualTo(400);
              assertThat(e.scimType()).isEqualTo(scimType);
              if (inDetail.length > 0) {
                assertThat(e.detail()).contains(inDetail);
              }
            });
  }

  @Test
  void aMissingRequiredAttributeIsInvalidValueNamingIt() {
    assertScimError(() -> create("{\"displayName\": \"x\"}"), "invalidValue", "userName");
    assertScimError(() -> create("{\"userName\": \"\"}"), "invalidValue", "userName");
  }

  @Test
  void namesAreRewrittenInTheSchemasCanonicalCase() {
    ScimResource r =
        create(
            "{\"SCHEMAS\": [\""
                + CORE.toLowerCase()
                + "\"], \"USERNAME\": \"a\","
                + " \"Name\": {\"GivenName\": \"Ann\"}, \"emails\": [{\"VALUE\": \"a@x.org\"}],"
                + " \""
                + ENT.toUpperCase()
                + "\": {\"EMPLOYEENUMBER\": \"7\"}}");
    assertThat(r.toJson())
        .isEqualTo(
            "{\"schemas\":[\""
                + CORE
                + "\",\""
                + ENT
                + "\"],\"userName\":\"a\","
                + "\"name\":{\"givenName\":\"Ann\"},\"emails\":[{\"value\":\"a@x.org\"}],"
                + "\""
                + ENT
                + "\":{\"employeeNumber\":\"7\"}}");
  }

  @Test
  void attributesGivenTwiceInDifferentCaseAreInvalidSyntax() {
    assertScimError(
        () -> create("{\"userName\": \"a\", \"USERNAME\": \"b\"}"), "invalidSyntax", "userName");
  }

  @Test
  void entraSendsActiveAndPrimaryAsStringsWhichBecomeBooleans() {
    ScimResource r =
        create(
            "{\"userName\": \"a\", \"active\": \"True\","
                + " \"roles\": [{\"value\": \"Admin\", \"primary\": \"true\"}]}");
    assertThat(r.json().get("active").isBoolean()).isTrue();
    assertThat(r.json().get("active").booleanValue()).isTrue();
    assertThat(r.json().get("roles").get(0).get("primary").booleanValue()).isTrue();
  }

  @Test
  void booleanStringsAreRejectedWhenCoercionIsOff() {
    ResourceValidator strict =
        ResourceValidator.of(
            WORKSPACE, ValidationOptions.builder().coerceBooleanStrings(false).build());
    assertScimError(
        () ->
            strict.validateCreate(
                users, listed(users, "{\"userName\": \"a\", \"active\": \"False\"}")),
        "invalidValue",
        "active",
        "boolean");
  }

  @Test
  void aWrongTypeIsInvalidValueNamingTheElement() {
    assertScimError(
        () -> create("{\"userName\": \"a\", \"emails\": [{\"value\": \"x\"}, {\"primary\": 3}]}"),
        "invalidValue",
        "emails[1].primary");
    assertScimError(
        () -> create("{\"userName\": \"a\", \"name\": \"Ann\"}"), "invalidValue", "name");
    assertScimError(() -> create("{\"userName\": {\"x\": 1}}"), "invalidValue", "userName");
  }

  @Test
  void workspaceUserTypeOutsideTheCanonicalValuesIsRejectedListingThem() {
    assertScimError(
        () -> create("{\"userName\": \"a\", \"userType\": \"User\"}"),
        "invalidValue",
        "userType",
        "'User'",
        "admin, guest, member, viewer");
  }

  @Test
  void aCanonicalValueInAnotherCaseIsAcceptedAndWrittenCanonically() {
    assertThat(create("{\"userName\": \"a\", \"userType\": \"Admin\"}").getString("userType"))
        .contains("admin");
  }

  @Test
  void canonicalValuesAreAdvisoryUnlessEnforced() {
    assertThat(
            create("{\"userName\": \"a\", \"emails\": [{\"value\": \"x\", \"type\": \"pigeon\"}]}")
                .get("emails.type")
                .get(0)
                .asString())
        .isEqualTo("pigeon");
    ResourceValidator all =
        ResourceValidator.of(
            WORKSPACE, ValidationOptions.builder().enforceAllCanonicalValues(true).build());
    assertScimError(
        () ->
            all.validateCreate(
                users,
                listed(
                    users,
                    "{\"userName\": \"a\", \"emails\": [{\"value\": \"x\", \"type\": \"pigeon\"}]}")),
        "invalidValue",
        "emails[0].type");
  }

  @Test
  void clientSentIdMetaAndReadOnlyAttributesAreIgnoredOnCreate() {
    ScimResource r =
        create(
            "{\"id\": \"client-chosen\", \"userName\": \"a\", \"meta\": {\"resourceType\": \"User\"},"
                + " \"groups\": [{\"value\": \"g1\"}],"
                + " \""
                + ENT
                + "\": {\"manager\": {\"value\": \"m\", \"displayName\": \"Boss\"}}}");
    assertThat(r.id()).isNull();
    assertThat(r.meta()).isEmpty();
    assertThat(r.get("groups")).isNull();
    assertThat(r.get(ENT + ":manager").toString()).isEqualTo("{\"value\":\"m\"}");
  }

  @Test
  void oktaSendsPasswordAndEmptyGroupsOnCreate() {
    ScimResource r = create("{\"userName\": \"a\", \"password\": \"s3cret\", \"groups\": []}");
    assertThat(r.getString("password")).contains("s3cret"); // writeOnly: stored, never returned
    assertThat(r.get("groups")).isNull();
  }

  @Test
  void explicitNullsAndEmptyArraysAreDropped() {
    ScimResource r =
        create(
            "{\"userName\": \"a\", \"title\": null, \"roles\": [], \"name\": {\"givenName\": null}}");
    assertThat(r.toJson()).isEqualTo("{\"schemas\":[\"" + CORE + "\"],\"userName\":\"a\"}");
  }

  @Test
  void entraSendsTheManagerAsABareIdString() {
    ScimResource r = create("{\"userName\": \"a\", \"" + ENT + "\": {\"manager\": \"26118915\"}}");
    assertThat(r.get(ENT + ":manager.value").asString()).isEqualTo("26118915");
  }

  @Test
  void entraClearsTheManagerWithAnEmptyValue() {
    ScimResource r =
        create(
            "{\"userName\": \"a\", \""
                + ENT
                + "\": {\"manager\": {\"value\": \"\"}, \"department\": \"R\"}}");
    assertThat(r.get(ENT + ":manager")).isNull();
  }

  @Test
  void entraOldFormManagerArrayIsUnwrapped() {
    ScimResource r =
        create(
            "{\"userName\": \"a\", \""
                + ENT
                + "\": {\"manager\": [{\"$ref\": \"../Users/m\", \"value\": \"m\"}]}}");
    assertThat(r.get(ENT + ":manager.value").asString()).isEqualTo("m");
  }

  @Test
  void entraExtensionUnderAUrnNotListedInSchemasIsAcceptedAndListed() {
    ScimResource r =
        create(
            "{\"schemas\": [\""
                + CORE
                + "\"], \"userName\": \"a\", \""
                + ENT
                + "\": {\"department\": \"R\"}}");
    assertThat(r.schemas()).containsExactly(CORE, ENT);
  }

  @Test
  void entraGroupWithTheMicrosoftSchemaUrnIsTolerated() {
    ScimResource g =
        validator.validateCreate(
            groups,
            listed(
                groups,
                "{\"schemas\": [\""
                    + ScimUrns.CORE_GROUP
                    + "\", \"http://schemas.microsoft.com/2006/11/ResourceManagement/ADSCIM/2.0/Group\"],"
                    + " \"externalId\": \"e1\", \"displayName\": \"Admins\"}"));
    assertThat(g.schemas()).containsExactly(ScimUrns.CORE_GROUP);
    assertThat(g.getString("displayName")).contains("Admins");
  }

  @Test
  void unknownAttributesAreDroppedByDefaultOrKeptOrRejectedAsConfigured() {
    String body = "{\"userName\": \"a\", \"shoeSize\": 44, \"name\": {\"nick\": \"x\"}}";
    ResourceValidator keeping =
        ResourceValidator.of(
            WORKSPACE,
            ValidationOptions.builder().unknownAttributes(UnknownAttributes.KEEP).build());
    assertThat(keeping.validateCreate(users, listed(users, body)).get("shoeSize").asInt())
        .isEqualTo(44);
    assertThat(create(body).toJson())
        .isEqualTo("{\"schemas\":[\"" + CORE + "\"],\"userName\":\"a\"}");
    ResourceValidator rejecting = ResourceValidator.of(WORKSPACE, ValidationOptions.strict());
    assertScimError(
        () -> rejecting.validateCreate(users, listed(users, body)), "invalidSyntax", "shoeSize");
  }

  @Test
  void anUnregisteredExtensionKeptAsUnknownStaysListedInSchemas() {
    ResourceValidator keeping =
        ResourceValidator.of(
            WORKSPACE,
            ValidationOptions.builder().unknownAttributes(UnknownAttributes.KEEP).build());
    ScimResource r =
        keeping.validateCreate(
            users,
            listed(
                users,
                "{\"schemas\": [\""
                    + CORE
                    + "\", \"urn:acme:2.0:User\"], \"userName\": \"a\","
                    + " \"urn:acme:2.0:User\": {\"badge\": \"X\"}}"));
    assertThat(r.schemas()).containsExactly(CORE, "urn:acme:2.0:User");
    ResourceValidator dropping =
        ResourceValidator.of(
            WORKSPACE,
            ValidationOptions.builder().unknownAttributes(UnknownAttributes.DROP).build());
    ScimResource dropped =
        dropping.validateCreate(
            users,
            listed(
                users,
                "{\"schemas\": [\""
                    + CORE
                    + "\", \"urn:acme:2.0:User\"], \"userName\": \"a\","
                    + " \"urn:acme:2.0:User\": {\"badge\": \"X\"}}"));
    assertThat(dropped.schemas()).containsExactly(CORE);
  }

  @Test
  void aRequiredExtensionMustBePresent() {
    ResourceType strictUsers =
        ResourceType.builder("User", "/Users", CORE).extension(ENT, true).build();
    assertScimError(
        () -> validator.validateCreate(strictUsers, listed(strictUsers, "{\"userName\": \"a\"}")),
        "invalidValue",
        ENT);
  }

  @Test
  void anImmutableAttributeCannotChangeOnceSet() {
    ScimResource stored = create("{\"userName\": \"a\", \"badge\": \"B1\"}");
    assertScimError(
        () ->
            validator.validateReplace(
                users, listed(users, "{\"userName\": \"a\", \"badge\": \"B2\"}"), stored),
        "mutability",
        "badge");
    assertScimError(
        () ->
            validator.validatePatchResult(
                users, ScimResource.parse("{\"userName\": \"a\"}"), stored),
        "mutability",
        "badge");
  }

  @Test
  void anImmutableAttributeMayBeSetWhenStillUnsetAndIsKeptWhenOmittedOnReplace() {
    ScimResource stored = create("{\"userName\": \"a\"}");
    ScimResource set =
        validator.validateReplace(
            users, listed(users, "{\"userName\": \"a\", \"badge\": \"B1\"}"), stored);
    ScimResource omitted =
        validator.validateReplace(users, listed(users, "{\"userName\": \"b\"}"), set.copy());
    assertThat(omitted.getString("badge")).contains("B1");
  }

  @Test
  void aPatchResultMustNotChangeReadOnlyAttributes() {
    ScimResource stored =
        ScimResource.parse(
            "{\"id\": \"1\", \"userName\": \"a\", \"groups\": [{\"value\": \"g\"}]}");
    ScimResource patched = stored.copy().set("groups", List.of());
    patched.json().putArray("groups").addObject().put("value", "other");
    assertScimError(
        () -> validator.validatePatchResult(users, patched, stored), "mutability", "groups");
    ScimResource unchanged = stored.copy().set("title", "Boss");
    assertThat(validator.validatePatchResult(users, unchanged, stored).id()).isEqualTo("1");
  }

  @Test
  void groupMembersMayBeReplacedWholeDespiteTheirImmutableSubAttributes() {
    ScimResource stored =
        validator.validateCreate(
            groups, listed(groups, "{\"displayName\": \"G\", \"members\": [{\"value\": \"1\"}]}"));
    ScimResource replaced =
        validator.validateReplace(
            groups,
            listed(
                groups,
                "{\"displayName\": \"G\", \"members\": [{\"value\": \"2\", \"display\": \"Bob\"}]}"),
            stored);
    assertThat(replaced.get("members.value").get(0).asString()).isEqualTo("2");
  }

  @Test
  void numbersSentAsStringsAreCoercedForNumericAttributesWhenConfigured() {
    Schema s =
        Schema.builder("urn:example:Device")
            .attribute(AttributeDefinition.builder("seats", AttributeType.INTEGER).build())
            .attribute(AttributeDefinition.builder("seen", AttributeType.DATE_TIME).build())
            .build();
    ResourceType devices = ResourceType.builder("Device", "/Devices", s.id()).build();
    ResourceValidator v =
        ResourceValidator.of(
            SchemaRegistry.builder().schema(s).resourceType(devices).build(),
            ValidationOptions.builder().coerceNumberStrings(true).build());
    ScimResource r =
        v.validateCreate(
            devices, listed(devices, "{\"seats\": \"12\", \"seen\": \"2024-01-01T00:00:00Z\"}"));
    assertThat(r.json().get("seats").isIntegralNumber()).isTrue();
    assertScimError(
        () -> v.validateCreate(devices, listed(devices, "{\"seats\": 1.5}")),
        "invalidValue",
        "seats");
    assertScimError(
        () -> v.validateCreate(devices, listed(devices, "{\"seen\": \"yesterday\"}")),
        "invalidValue",
        "seen");
  }

  @Test
  void uniquenessHintsNameUserNameWithACaseInsensitiveKey() {
    ScimResource r = create("{\"userName\": \"Alice@Contoso.com\"}");
    List<UniqueValue> unique = validator.uniqueValues(users, r);
    assertThat(unique).hasSize(1);
    assertThat(unique.get(0).attribute().attribute().name()).isEqualTo("userName");
    assertThat(unique.get(0).key()).isEqualTo("alice@contoso.com");
  }

  @Test
  void queriesAreCheckedForFilterSortByAndAttributePaths() {
    validator.validateQuery(
        users,
        SearchRequest.builder().filter("userName eq \"a\"").sortBy("name.familyName").build());
    assertScimError(
        () -> validator.validateQuery(users, SearchRequest.builder().filter("userName eq").build()),
        "invalidFilter");
    assertScimError(
        () -> validator.validateQuery(users, SearchRequest.builder().sortBy("shoeSize").build()),
        "invalidValue",
        "shoeSize");
  }

  @Test
  void aValidCanonicalResourceIsLeftExactlyAsItWas() {
    String body =
        "{\"schemas\":[\""
            + CORE
            + "\"],\"userName\":\"a\",\"name\":{\"givenName\":\"A\"},"
            + "\"emails\":[{\"value\":\"a@x.org\",\"type\":\"work\",\"primary\":true}],\"active\":true}";
    assertThat(create(body).toJson()).isEqualTo(body);
  }
}
