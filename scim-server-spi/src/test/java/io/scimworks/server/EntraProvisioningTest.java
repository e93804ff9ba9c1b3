package io.scimworks.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The Entra ID provisioning run of ENTRA.md, in process. */
class EntraProvisioningTest {
  private static final String ENTERPRISE =
      "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
  private final Scim scim = Servers.client();

  @Test
  void entraTestConnectionGetsAnEmptyListResponse() {
    ScimResponse r = scim.get("/Users?filter=userName+eq+%22" + UUID.randomUUID() + "%22");
    assertThat(r.status()).isEqualTo(200);
    JsonNode body = Scim.json(r);
    assertThat(body.get("totalResults").intValue()).isZero();
    assertThat(body.get("Resources").isArray()).isTrue();
    assertThat(body.get("Resources")).isEmpty();
    assertThat(body.get("schemas").get(0).stringValue())
        .isEqualTo("urn:ietf:params:scim:api:messages:2.0:ListResponse");
  }

  @Test
  void entraMatchesUsersCaseInsensitivelyWithFormEncodedFilters() {
    scim.createUser("Ryan@Contoso.com");
    JsonNode body = Scim.json(scim.get("/Users?filter=userName+eq+%22ryan%40contoso.com%22"));
    assertThat(body.get("totalResults").intValue()).isEqualTo(1);
  }

  @Test
  void entraOldSamplesWithUnquotedValuesAreAnsweredNotFailed() {
    ScimResponse r = scim.get("/Users?filter=externalId+eq+jyoung");
    assertThat(r.status()).isIn(200, 400);
    if (r.status() == 400) {
      assertThat(Scim.json(r).get("scimType").stringValue()).isEqualTo("invalidFilter");
    }
  }

  @Test
  void entraCreatesAUserWithExtensionAndClientMeta() {
    ScimResponse r =
        scim.post(
            "/Users",
            "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\",\""
                + ENTERPRISE
                + "\"],\"externalId\":\"0a21f0f2\",\"userName\":\"Test_User@contoso.com\",\"active\":true,"
                + "\"emails\":[{\"primary\":true,\"type\":\"work\",\"value\":\"Test_User@contoso.com\"}],"
                + "\"meta\":{\"resourceType\":\"User\"},\"name\":{\"formatted\":\"givenName familyName\","
                + "\"familyName\":\"familyName\",\"givenName\":\"givenName\"},\"displayName\":\"Test\",\"roles\":[],"
                + "\""
                + ENTERPRISE
                + "\":{\"employeeNumber\":\"701984\",\"department\":\"Tour Operations\"}}");
    assertThat(r.status()).isEqualTo(201);
    JsonNode body = Scim.json(r);
    assertThat(body.get(ENTERPRISE).get("employeeNumber").stringValue()).isEqualTo("701984");
    assertThat(body.get("schemas").toString()).contains(ENTERPRISE);
  }

  @Test
  void entraDefaultModePatchesUpdateTheUser() {
    String id = scim.createUser("patch@contoso.com");
    ScimResponse r =
        scim.patch(
            "/Users/" + id,
            Scim.patchOp(
                "{\"op\":\"Add\",\"path\":\"emails[type eq \\\"work\\\"].value\",\"value\":\"w@contoso.com\"},"
                    + "{\"op\":\"Replace\",\"path\":\"name.givenName\",\"value\":\"Ryan\"},"
                    + "{\"op\":\"Replace\",\"path\":\""
                    + ENTERPRISE
                    + ":employeeNumber\",\"value\":\"7\"},"
                    + "{\"op\":\"Replace\",\"path\":\"active\",\"value\":\"False\"}"));
    assertThat(r.status()).isEqualTo(200);
    JsonNode user = Scim.json(scim.get("/Users/" + id));
    assertThat(user.get("emails").get(0).get("value").stringValue()).isEqualTo("w@contoso.com");
    assertThat(user.get("name").get("givenName").stringValue()).isEqualTo("Ryan");
    assertThat(user.get(ENTERPRISE).get("employeeNumber").stringValue()).isEqualTo("7");
    assertThat(user.get("active").booleanValue()).isFalse();
    // disabled users are still found by filters
    JsonNode list = Scim.json(scim.get("/Users?filter=userName+eq+%22patch%40contoso.com%22"));
    assertThat(list.get("totalResults").intValue()).isEqualTo(1);
  }

  @Test
  void entraAadOptscim062020PatchWithDottedKeysInOneReplace() {
    String id = scim.createUser("flag@contoso.com");
    ScimResponse r =
        scim.patch(
            "/Users/" + id + "?aadOptscim062020",
            Scim.patchOp(
                "{\"op\":\"replace\",\"value\":{\"name.givenName\":\"X\",\""
                    + ENTERPRISE
                    + ":employeeNumber\":\"8\",\"active\":false}}"));
    assertThat(r.status()).isEqualTo(200);
    JsonNode user = Scim.json(r);
    assertThat(user.get("name").get("givenName").stringValue()).isEqualTo("X");
    assertThat(user.get("active").booleanValue()).isFalse();
  }

  @Test
  void entraGroupLifecycle() {
    ScimResponse created =
        scim.post(
            "/Groups",
            "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\","
                + "\"http://schemas.microsoft.com/2006/11/ResourceManagement/ADSCIM/2.0/Group\"],"
                + "\"externalId\":\"8aa1a0c0\",\"displayName\":\"Group1DisplayName\"}");
    assertThat(created.status()).isEqualTo(201);
    String g = Scim.json(created).get("id").stringValue();
    String a = scim.createUser("a@contoso.com");
    String b = scim.createUser("b@contoso.com");
    String c = scim.createUser("c@contoso.com");
    assertThat(
            scim.patch(
                    "/Groups/" + g,
                    Scim.patchOp(
                        "{\"op\":\"Replace\",\"path\":\"displayName\",\"value\":\"Renamed\"}"))
                .status())
        .isEqualTo(204);
    assertThat(
            scim.patch(
                    "/Groups/" + g,
                    Scim.patchOp(
                        "{\"op\":\"Add\",\"path\":\"members\",\"value\":[{\"$ref\":null,\"value\":\""
                            + a
                            + "\"},{\"$ref\":null,\"value\":\""
                            + b
                            + "\"},{\"$ref\":null,\"value\":\""
                            + c
                            + "\"}]}"))
                .status())
        .isEqualTo(204);
    assertThat(
            scim.patch(
                    "/Groups/" + g,
                    Scim.patchOp(
                        "{\"op\":\"Remove\",\"path\":\"members\",\"value\":[{\"$ref\":null,\"value\":\""
                            + a
                            + "\"}]}"))
                .status())
        .isEqualTo(204);
    assertThat(
            scim.patch(
                    "/Groups/" + g,
                    Scim.patchOp(
                        "{\"op\":\"remove\",\"path\":\"members[value eq \\\"" + b + "\\\"]\"}"))
                .status())
        .isEqualTo(204);
    JsonNode group = Scim.json(scim.get("/Groups/" + g));
    assertThat(group.get("displayName").stringValue()).isEqualTo("Renamed");
    assertThat(group.get("members")).hasSize(1);
    assertThat(group.get("members").get(0).get("value").stringValue()).isEqualTo(c);
    JsonNode found =
        Scim.json(
            scim.get("/Groups?excludedAttributes=members&filter=displayName+eq+%22renamed%22"));
    assertThat(found.get("totalResults").intValue()).isEqualTo(1);
    assertThat(scim.delete("/Groups/" + g).status()).isEqualTo(204);
    assertThat(scim.delete("/Groups/" + g).status()).isEqualTo(404);
  }

  @Test
  void entraValidatorPagesWithCountFive() {
    for (int i = 0; i < 12; i++) {
      scim.createUser("page" + i);
    }
    JsonNode body = Scim.json(scim.get("/Users?startIndex=6&count=5"));
    assertThat(body.get("startIndex").intValue()).isEqualTo(6);
    assertThat(body.get("itemsPerPage").intValue()).isEqualTo(5);
    assertThat(body.get("totalResults").intValue()).isEqualTo(12);
  }
}
