package io.scimworks.core.rfc;

import static org.assertj.core.api.Assertions.assertThat;

import io.scimworks.core.ScimUrns;
import io.scimworks.core.json.ScimJson;
import io.scimworks.core.message.BulkRequest;
import io.scimworks.core.message.BulkResponse;
import io.scimworks.core.message.ErrorResponse;
import io.scimworks.core.message.ListResponse;
import io.scimworks.core.message.SearchRequest;
import io.scimworks.core.resource.Group;
import io.scimworks.core.resource.ScimResource;
import io.scimworks.core.resource.User;
import io.scimworks.core.schema.ResourceType;
import io.scimworks.core.schema.Schema;
import io.scimworks.core.schema.SchemaRegistry;
import io.scimworks.core.schema.Schemas;
import io.scimworks.core.validation.Operation;
import io.scimworks.core.validation.ResourceValidator;
import io.scimworks.core.validation.ValidationOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every JSON example of RFC 7643 §8 and the RFC 7644 message examples parse, validate against the
 * built-in schemas (strictly: unknown attributes rejected, no coercions) and round-trip.
 */
class RfcExamplesTest {
  private static final ResourceType SPC_TYPE =
      ResourceType.builder(
              "ServiceProviderConfig", "/ServiceProviderConfig", ScimUrns.SERVICE_PROVIDER_CONFIG)
          .build();
  private static final ResourceType RESOURCE_TYPE_TYPE =
      ResourceType.builder("ResourceType", "/ResourceTypes", ScimUrns.RESOURCE_TYPE).build();
  private static final ResourceType SCHEMA_TYPE =
      ResourceType.builder("Schema", "/Schemas", ScimUrns.SCHEMA).build();
  private static final SchemaRegistry ALL =
      SchemaRegistry.defaults().toBuilder()
          .schema(Schemas.serviceProviderConfig())
          .schema(Schemas.resourceType())
          .schema(Schemas.schema())
          .resourceType(SPC_TYPE)
          .resourceType(RESOURCE_TYPE_TYPE)
          .resourceType(SCHEMA_TYPE)
          .build();
  private static final ResourceValidator STRICT =
      ResourceValidator.of(ALL, ValidationOptions.strict());

  static String example(String name) {
    try (InputStream in = RfcExamplesTest.class.getResourceAsStream("/rfc/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Validating a stored resource against itself must change nothing: it is valid and canonical. */
  private static void assertValidUnchanged(ResourceType type, String name) {
    ScimResource stored = ScimResource.parse(example(name));
    ScimResource checked = STRICT.validate(type, stored.copy(), Operation.PATCH_RESULT, stored);
    assertThat(checked.json()).isEqualTo(stored.json());
    ScimResource back = ScimResource.parse(ScimJson.write(stored.json()));
    assertThat(back).isEqualTo(stored);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "7643-8.1-minimal-user.json",
        "7643-8.2-full-user.json",
        "7643-8.3-enterprise-user.json",
        "7644-3.3-create-user-response.json"
      })
  void userExamplesValidateAndRoundTripThroughTheTypedView(String name) {
    assertValidUnchanged(ResourceType.user(), name);
    ScimResource r = ScimResource.parse(example(name));
    assertThat(User.from(r).toResource()).isEqualTo(r);
    assertThat(User.fromJson(User.from(r).toString()).toResource()).isEqualTo(r);
  }

  @Test
  void theFullUserExampleReadsThroughTheTypedView() {
    User u = User.fromJson(example("7643-8.2-full-user.json"));
    assertThat(u.name().orElseThrow().givenName()).isEqualTo("Barbara");
    assertThat(u.primaryEmail().orElseThrow().value()).isEqualTo("bjensen@example.com");
    assertThat(u.addresses()).hasSize(2);
    assertThat(u.groups()).extracting(g -> g.display()).contains("Tour Guides");
    assertThat(u.x509Certificates()).hasSize(1);
    User e = User.fromJson(example("7643-8.3-enterprise-user.json"));
    assertThat(e.enterpriseUser().orElseThrow().manager().displayName()).isEqualTo("John Smith");
  }

  @Test
  void theCreateRequestExampleValidatesForCreate() {
    ScimResource r =
        STRICT.validateCreate(
            ResourceType.user(), ScimResource.parse(example("7644-3.3-create-user-request.json")));
    assertThat(r.json()).isEqualTo(ScimJson.read(example("7644-3.3-create-user-request.json")));
  }

  @Test
  void theGroupExampleValidatesAndRoundTrips() {
    assertValidUnchanged(ResourceType.group(), "7643-8.4-group.json");
    ScimResource r = ScimResource.parse(example("7643-8.4-group.json"));
    assertThat(Group.from(r).members()).hasSize(2);
    assertThat(Group.from(r).toResource()).isEqualTo(r);
  }

  @Test
  void theServiceProviderConfigExampleValidates() {
    assertValidUnchanged(SPC_TYPE, "7643-8.5-service-provider-config.json");
  }

  @ParameterizedTest
  @ValueSource(strings = {"7643-8.6-resource-type-user.json", "7643-8.6-resource-type-group.json"})
  void resourceTypeExamplesValidateAndRoundTrip(String name) {
    assertValidUnchanged(RESOURCE_TYPE_TYPE, name);
    ResourceType t = Schemas.resourceTypeFromJson(example(name));
    ObjectNode written = Schemas.toJson(t);
    ObjectNode original = ScimJson.readObject(example(name));
    original.remove("meta");
    written.remove("meta");
    assertThat(written).isEqualTo(original);
  }

  @Test
  void everyBuiltInSchemaIsItselfAValidSchemaResource() {
    for (Schema s : Schemas.builtIn()) {
      ScimResource r = ScimResource.of(Schemas.toJson(s));
      STRICT.validate(SCHEMA_TYPE, r.copy(), Operation.PATCH_RESULT, r);
    }
  }

  @Test
  void theListResponseExampleRoundTrips() {
    ListResponse page =
        ListResponse.fromJson(ScimJson.read(example("7644-3.4.2-list-response.json")));
    assertThat(page.totalResults()).isEqualTo(2);
    assertThat(page.resources()).hasSize(2);
    ObjectNode written = page.toJson();
    assertThat(written.get("Resources"))
        .isEqualTo(ScimJson.read(example("7644-3.4.2-list-response.json")).get("Resources"));
    assertThat(written.get("itemsPerPage").asInt()).isEqualTo(2); // filled in, as Entra expects
    assertThat(ListResponse.fromJson(written).toJson()).isEqualTo(written);
  }

  @Test
  void theSearchRequestExampleRoundTrips() {
    JsonNode json = ScimJson.read(example("7644-3.4.3-search-request.json"));
    SearchRequest q = SearchRequest.fromJson(json);
    assertThat(q.toJson()).isEqualTo(json);
    assertThat(q.parsedFilter()).isNotNull();
  }

  @Test
  void theBulkExamplesRoundTripExactly() {
    JsonNode req = ScimJson.read(example("7644-3.7-bulk-request.json"));
    assertThat(BulkRequest.fromJson(req).toJson()).isEqualTo(req);
    JsonNode resp = ScimJson.read(example("7644-3.7-bulk-response.json"));
    assertThat(BulkResponse.fromJson(resp).toJson()).isEqualTo(resp);
    JsonNode err = ScimJson.read(example("7644-3.7-bulk-response-error.json"));
    BulkResponse withError = BulkResponse.fromJson(err);
    assertThat(withError.toJson()).isEqualTo(err);
    assertThat(ErrorResponse.fromJson(withError.operations().get(0).response()).scimType())
        .isEqualTo("invalidSyntax");
  }

  @ParameterizedTest
  @ValueSource(strings = {"7644-3.12-error.json", "7644-3.12-error-not-found.json"})
  void errorExamplesRoundTripExactly(String name) {
    JsonNode json = ScimJson.read(example(name));
    assertThat(ErrorResponse.fromJson(json).toJson()).isEqualTo(json);
  }
}
