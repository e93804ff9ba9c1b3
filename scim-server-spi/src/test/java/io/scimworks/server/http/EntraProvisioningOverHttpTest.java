package io.scimworks.server.http;

import static io.scimworks.server.http.ServerUnderTest.ENTERPRISE;
import static io.scimworks.server.http.ServerUnderTest.patchOp;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

/**
 * Entra ID's provisioning run of ENTRA.md, end to end over HTTP through each binding, in its
 * default mode and with the {@code aadOptscim062020} flag on the Tenant URL.
 */
class EntraProvisioningOverHttpTest extends OverHttpSuite {
  private static final String ADSCIM_GROUP =
      "http://schemas.microsoft.com/2006/11/ResourceManagement/ADSCIM/2.0/Group";

  @ParameterizedTest
  @EnumSource(BindingKind.class)
  void entraDefaultModeProvisionsUsersAndGroupsEndToEnd(BindingKind kind) {
    sut = ServerUnderTest.start(kind);
    ScimHttp entra = sut.scim.withHeader("User-Agent", "Azure-AD-SCIM-Provisioning");
    testConnection(entra);

    // Matching finds nobody, so Entra creates the user (client meta ignored, roles possibly []).
    assertThat(totalResults(entra.get("/Users?filter=userName+eq+%22Ryan%40contoso.com%22")))
        .isZero();
    String id = createUser(entra, "Ryan@contoso.com", "701984");
    assertThat(totalResults(entra.get("/Users?filter=userName+eq+%22ryan%40CONTOSO.com%22")))
        .as("matching is case-insensitive")
        .isEqualTo(1);
    assertThat(entra.get("/Users/" + id).status()).isEqualTo(200);

    // Default-mode PATCH: capitalised ops, one per attribute, string booleans, filtered adds.
    String ops =
        "{\"op\":\"Replace\",\"path\":\"displayName\",\"value\":\"Ryan Leenay\"},"
            + "{\"op\":\"Replace\",\"path\":\"externalId\",\"value\":\"ext-2\"},"
            + "{\"op\":\"Replace\",\"path\":\"name.givenName\",\"value\":\"Ryan\"},"
            + "{\"op\":\"Add\",\"path\":\"emails[type eq \\\"work\\\"].value\","
            + "\"value\":\"ryan@contoso.com\"},"
            + "{\"op\":\"Add\",\"path\":\"phoneNumbers[type eq \\\"mobile\\\"].value\","
            + "\"value\":\"+1 555 0100\"},"
            + "{\"op\":\"Add\",\"path\":\"addresses[type eq \\\"work\\\"].streetAddress\","
            + "\"value\":\"1 Microsoft Way\"},"
            + "{\"op\":\"Replace\",\"path\":\""
            + ENTERPRISE
            + ":employeeNumber\",\"value\":\"8\"},"
            + "{\"op\":\"Add\",\"path\":\""
            + ENTERPRISE
            + ":manager\",\"value\":\"boss-id\"},"
            + "{\"op\":\"Add\",\"path\":\"roles\",\"value\":[{\"value\":"
            + "\"{\\\"id\\\":\\\"7\\\",\\\"value\\\":\\\"Admin\\\",\\\"displayName\\\":\\\"Admin\\\"}\"}]},"
            + "{\"op\":\"Replace\",\"path\":\"userType\",\"value\":\"admin\"}";
    assertThat(entra.patch("/Users/" + id, patchOp(ops)).status()).isIn(200, 204);
    // Repeating a filtered add updates that element instead of appending a duplicate.
    assertThat(
            entra
                .patch(
                    "/Users/" + id,
                    patchOp(
                        "{\"op\":\"Add\",\"path\":\"emails[type eq \\\"work\\\"].value\","
                            + "\"value\":\"ryan.leenay@contoso.com\"}"))
                .status())
        .isIn(200, 204);
    JsonNode user = entra.get("/Users/" + id).json();
    assertThat(user.get("displayName").asString()).isEqualTo("Ryan Leenay");
    assertThat(user.get("externalId").asString()).isEqualTo("ext-2");
    assertThat(user.get("name").get("givenName").asString()).isEqualTo("Ryan");
    assertThat(user.get("emails")).hasSize(1);
    assertThat(user.get("emails").get(0).get("value").asString())
        .isEqualTo("ryan.leenay@contoso.com");
    assertThat(user.get("phoneNumbers").get(0).get("value").asString()).isEqualTo("+1 555 0100");
    assertThat(user.get("addresses").get(0).get("streetAddress").asString())
        .isEqualTo("1 Microsoft Way");
    assertThat(user.get(ENTERPRISE).get("employeeNumber").asString()).isEqualTo("8");
    assertThat(user.get(ENTERPRISE).get("manager").get("value").asString()).isEqualTo("boss-id");
    assertThat(user.get("userType").asString()).isEqualTo("admin");

    // Manager cleared with an empty value; a userType Entra might map by mistake is refused.
    assertThat(
            entra
                .patch(
                    "/Users/" + id,
                    patchOp(
                        "{\"op\":\"Replace\",\"path\":\""
                            + ENTERPRISE
                            + ":manager\",\"value\":{\"value\":\"\"}}"))
                .status())
        .isIn(200, 204);
    JsonNode manager =
        entra.get("/Users/" + id).json().path(ENTERPRISE).path("manager").path("value");
    assertThat(manager.isMissingNode() || manager.isNull() || manager.asString().isEmpty())
        .as("manager cleared: %s", manager)
        .isTrue();
    ScimHttp.Reply badType =
        entra.patch(
            "/Users/" + id,
            patchOp("{\"op\":\"Replace\",\"path\":\"userType\",\"value\":\"User\"}"));
    EndpointsOverHttpTest.assertScimError(badType, 400);

    disableEnableAndDelete(entra, id, "\"False\"", "\"True\"", "Replace");
    groupLifecycle(entra, false);
  }

  @ParameterizedTest
  @EnumSource(BindingKind.class)
  void entraAadOptscim062020ModeProvisionsUsersAndGroupsEndToEnd(BindingKind kind) {
    sut = ServerUnderTest.start(kind);
    ScimHttp entra = sut.scim;
    testConnection(entra);
    String id = createUser(entra, "flag@contoso.com", "1");

    // Several single-valued changes as ONE replace without a path, dotted and URN keys.
    ScimHttp.Reply r =
        entra.patch(
            "/Users/" + id + "?aadOptscim062020",
            patchOp(
                "{\"op\":\"replace\",\"value\":{\"displayName\":\"Flag\",\"name.givenName\":\"F\","
                    + "\"name.familyName\":\"Lag\",\""
                    + ENTERPRISE
                    + ":employeeNumber\":\"7\",\""
                    + ENTERPRISE
                    + ":department\":\"Sales\",\"active\":true}}"));
    assertThat(r.status()).as(r.toString()).isIn(200, 204);
    JsonNode user = entra.get("/Users/" + id).json();
    assertThat(user.get("name").get("givenName").asString()).isEqualTo("F");
    assertThat(user.get("name").get("familyName").asString()).isEqualTo("Lag");
    assertThat(user.get(ENTERPRISE).get("employeeNumber").asString()).isEqualTo("7");
    assertThat(user.get(ENTERPRISE).get("department").asString()).isEqualTo("Sales");

    disableEnableAndDeleteWithFlag(entra, id);
    groupLifecycle(entra, true);
  }

  private static void testConnection(ScimHttp entra) {
    ScimHttp.Reply users = entra.get("/Users?filter=userName+eq+%22" + UUID.randomUUID() + "%22");
    ScimHttp.Reply groups =
        entra.get(
            "/Groups?excludedAttributes=members&filter=displayName+eq+%22"
                + UUID.randomUUID()
                + "%22");
    for (ScimHttp.Reply r : new ScimHttp.Reply[] {users, groups}) {
      assertThat(r.status()).as(r.toString()).isEqualTo(200);
      assertThat(r.header("Content-Type")).startsWith("application/scim+json");
      assertThat(r.json().get("totalResults").intValue()).isZero();
      assertThat(r.json().get("Resources")).isEmpty();
    }
  }

  private static String createUser(ScimHttp entra, String userName, String employeeNumber) {
    ScimHttp.Reply created =
        entra.post(
            "/Users",
            "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\",\""
                + ENTERPRISE
                + "\"],\"externalId\":\"0a21f0f2-8d2a-4f8e-bf98-7363c4aed4ef\","
                + "\"userName\":\""
                + userName
                + "\",\"active\":true,"
                + "\"emails\":[{\"primary\":true,\"type\":\"work\",\"value\":\""
                + userName
                + "\"}],\"meta\":{\"resourceType\":\"User\"},"
                + "\"name\":{\"formatted\":\"Ryan Leenay\",\"familyName\":\"Leenay\","
                + "\"givenName\":\"Ryan\"},\"displayName\":\"Ryan Leenay\",\"roles\":[],"
                + "\"userType\":\"member\",\"title\":\"Engineer\",\"locale\":\"en-US\","
                + "\"timezone\":\"America/Los_Angeles\",\""
                + ENTERPRISE
                + "\":{\"employeeNumber\":\""
                + employeeNumber
                + "\",\"department\":\"Tour Operations\"}}");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.at("/meta/resourceType")).isEqualTo("User");
    assertThat(created.at("/meta/location")).isNotNull();
    // A second create of the same userName conflicts; Entra retries it in a later cycle.
    ScimHttp.Reply duplicate =
        entra.post(
            "/Users",
            "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\""
                + userName
                + "\"}");
    EndpointsOverHttpTest.assertScimError(duplicate, 409);
    assertThat(duplicate.at("/scimType")).isEqualTo("uniqueness");
    return created.at("/id");
  }

  private static void disableEnableAndDelete(
      ScimHttp entra, String id, String off, String on, String op) {
    String disable = "{\"op\":\"" + op + "\",\"path\":\"active\",\"value\":" + off + "}";
    assertThat(entra.patch("/Users/" + id, patchOp(disable)).status()).isIn(200, 204);
    JsonNode disabled = entra.get("/Users/" + id).json();
    assertThat(disabled.get("active").booleanValue()).isFalse();
    String userName = disabled.get("userName").asString().replace("@", "%40");
    assertThat(totalResults(entra.get("/Users?filter=userName+eq+%22" + userName + "%22")))
        .as("disabled users are still found")
        .isEqualTo(1);

    String enable = "{\"op\":\"" + op + "\",\"path\":\"active\",\"value\":" + on + "}";
    assertThat(entra.patch("/Users/" + id, patchOp(enable)).status()).isIn(200, 204);
    assertThat(entra.get("/Users/" + id).json().get("active").booleanValue()).isTrue();

    assertThat(entra.delete("/Users/" + id).status()).isEqualTo(204);
    EndpointsOverHttpTest.assertScimError(entra.delete("/Users/" + id), 404);
    EndpointsOverHttpTest.assertScimError(entra.get("/Users/" + id), 404);
  }

  private static void disableEnableAndDeleteWithFlag(ScimHttp entra, String id) {
    assertThat(
            entra
                .patch(
                    "/Users/" + id + "?aadOptscim062020",
                    patchOp("{\"op\":\"replace\",\"path\":\"active\",\"value\":false}"))
                .status())
        .isIn(200, 204);
    assertThat(entra.get("/Users/" + id).json().get("active").booleanValue()).isFalse();
    assertThat(
            entra
                .patch(
                    "/Users/" + id + "?aadOptscim062020",
                    patchOp("{\"op\":\"replace\",\"value\":{\"active\":true}}"))
                .status())
        .isIn(200, 204);
    assertThat(entra.get("/Users/" + id).json().get("active").booleanValue()).isTrue();
    assertThat(entra.delete("/Users/" + id).status()).isEqualTo(204);
    EndpointsOverHttpTest.assertScimError(entra.delete("/Users/" + id), 404);
  }

  private void groupLifecycle(ScimHttp entra, boolean flagMode) {
    String query = flagMode ? "?aadOptscim062020" : "";
    String a = sut.createUser("a-" + flagMode + "@contoso.com");
    String b = sut.createUser("b-" + flagMode + "@contoso.com");
    String c = sut.createUser("c-" + flagMode + "@contoso.com");

    ScimHttp.Reply created =
        entra.post(
            "/Groups",
            "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\",\""
                + ADSCIM_GROUP
                + "\"],\"externalId\":\"8aa1a0c0-c4c3-4bc0-b4a5-2ef676900159\","
                + "\"displayName\":\"Group1DisplayName\",\"meta\":{\"resourceType\":\"Group\"}}");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    String g = created.at("/id");
    ScimHttp.Reply matched =
        entra.get(
            "/Groups?excludedAttributes=members&filter=displayName+eq+%22group1displayname%22");
    assertThat(totalResults(matched)).isEqualTo(1);
    assertThat(matched.json().get("Resources").get(0).has("members")).isFalse();
    assertThat(entra.get("/Groups/" + g + "?excludedAttributes=members").json().has("members"))
        .isFalse();

    String op = flagMode ? "replace" : "Replace";
    ScimHttp.Reply renamed =
        entra.patch(
            "/Groups/" + g + query,
            patchOp("{\"op\":\"" + op + "\",\"path\":\"displayName\",\"value\":\"Renamed\"}"));
    assertThat(renamed.status()).isEqualTo(204);
    assertThat(renamed.body()).isEmpty();

    ScimHttp.Reply added =
        entra.patch(
            "/Groups/" + g + query,
            patchOp(
                "{\"op\":\""
                    + (flagMode ? "add" : "Add")
                    + "\",\"path\":\"members\",\"value\":["
                    + ref(a)
                    + ","
                    + ref(b)
                    + ","
                    + ref(c)
                    + "]}"));
    assertThat(added.status()).isEqualTo(204);
    assertThat(members(entra, g)).containsExactlyInAnyOrder(a, b, c);

    ScimHttp.Reply removed =
        flagMode
            ? entra.patch(
                "/Groups/" + g + query,
                patchOp("{\"op\":\"remove\",\"path\":\"members[value eq \\\"" + a + "\\\"]\"}"))
            : entra.patch(
                "/Groups/" + g,
                patchOp("{\"op\":\"Remove\",\"path\":\"members\",\"value\":[" + ref(a) + "]}"));
    assertThat(removed.status()).isEqualTo(204);
    assertThat(members(entra, g)).as("exactly that member removed").containsExactlyInAnyOrder(b, c);

    // A user's groups are computed from memberships.
    assertThat(entra.get("/Users/" + b).body()).contains(g);

    assertThat(entra.delete("/Groups/" + g).status()).isEqualTo(204);
    EndpointsOverHttpTest.assertScimError(entra.delete("/Groups/" + g), 404);
  }

  private static String ref(String id) {
    return "{\"$ref\":null,\"value\":\"" + id + "\"}";
  }

  private static java.util.List<String> members(ScimHttp scim, String group) {
    java.util.List<String> ids = new java.util.ArrayList<>();
    scim.get("/Groups/" + group)
        .json()
        .path("members")
        .forEach(m -> ids.add(m.get("value").asString()));
    return ids;
  }

  private static int totalResults(ScimHttp.Reply r) {
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    return r.json().get("totalResults").intValue();
  }
}
