package io.scimworks.server.http;

import static io.scimworks.server.http.ServerUnderTest.patchOp;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

/** Okta's provisioning run of ENTRA.md, end to end over HTTP through each binding. */
class OktaProvisioningOverHttpTest extends OverHttpSuite {

  @ParameterizedTest
  @EnumSource(BindingKind.class)
  void oktaProvisionsUsersAndPushesGroupsEndToEnd(BindingKind kind) {
    sut = ServerUnderTest.start(kind);
    ScimHttp okta = sut.scim.withHeader("User-Agent", "Okta SCIM Client 1.0.0");

    // First contact.
    assertThat(okta.get("/Users?startIndex=1&count=2").status()).isEqualTo(200);
    assertThat(okta.get("/Groups?startIndex=1&count=100").status()).isEqualTo(200);

    // Existence check with %20, then create with password and groups: [].
    String exists = "/Users?filter=userName%20eq%20%22Isa%40okta.example%22&startIndex=1&count=100";
    assertThat(okta.get(exists).json().get("totalResults").intValue()).isZero();
    String user =
        "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],"
            + "\"userName\":\"Isa@okta.example\",\"name\":{\"givenName\":\"Isa\","
            + "\"familyName\":\"Bel\"},\"emails\":[{\"primary\":true,\"value\":\"Isa@okta.example\","
            + "\"type\":\"work\"}],\"displayName\":\"Isa Bel\",\"locale\":\"en-US\","
            + "\"password\":\"t1meMa$heen\",\"active\":true,\"groups\":[],\"userType\":\"guest\"}";
    ScimHttp.Reply created = okta.post("/Users", user);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.body()).doesNotContain("t1meMa$heen");
    String id = created.at("/id");
    EndpointsOverHttpTest.assertScimError(okta.post("/Users", user), 409);
    // Okta's own suite filters upper-cased and expects a 404 for a made-up id.
    assertThat(
            okta.get("/Users?filter=userName%20eq%20%22ISA%40OKTA.EXAMPLE%22")
                .json()
                .get("totalResults")
                .intValue())
        .isEqualTo(1);
    EndpointsOverHttpTest.assertScimError(okta.get("/Users/010101001010101011"), 404);

    // Profile update: GET then full PUT.
    JsonNode current = okta.get("/Users/" + id).json();
    String replaced =
        current.toString().replace("\"displayName\":\"Isa Bel\"", "\"displayName\":\"Isa B.\"");
    ScimHttp.Reply put = okta.put("/Users/" + id, replaced);
    assertThat(put.status()).as(put.toString()).isEqualTo(200);
    assertThat(put.at("/displayName")).isEqualTo("Isa B.");

    // Deactivate: replace without a path.
    ScimHttp.Reply deactivated =
        okta.patch("/Users/" + id, patchOp("{\"op\":\"replace\",\"value\":{\"active\":false}}"));
    assertThat(deactivated.status()).isIn(200, 204);
    assertThat(okta.get("/Users/" + id).json().get("active").booleanValue()).isFalse();

    // Group push: create with members: [], then remove + add, then a full replace with a rename.
    String a = sut.createUser("a@okta.example");
    String b = sut.createUser("b@okta.example");
    ScimHttp.Reply group =
        okta.post(
            "/Groups",
            "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],"
                + "\"displayName\":\"Okta Push\",\"members\":[]}");
    assertThat(group.status()).isEqualTo(201);
    String g = group.at("/id");
    assertThat(
            okta.patch(
                    "/Groups/" + g,
                    patchOp(
                        "{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\""
                            + a
                            + "\",\"display\":\"a\"},{\"value\":\""
                            + id
                            + "\",\"display\":\"Isa\"}]}"))
                .status())
        .isIn(200, 204);
    assertThat(
            okta.patch(
                    "/Groups/" + g,
                    patchOp(
                        "{\"op\":\"remove\",\"path\":\"members[value eq \\\""
                            + a
                            + "\\\"]\"},{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\""
                            + b
                            + "\",\"display\":\"b\"}]}"))
                .status())
        .isIn(200, 204);
    assertThat(members(okta, g)).containsExactlyInAnyOrder(id, b);
    assertThat(
            okta.patch(
                    "/Groups/" + g,
                    patchOp(
                        "{\"op\":\"replace\",\"path\":\"members\",\"value\":[{\"value\":\""
                            + a
                            + "\"}]},{\"op\":\"replace\",\"path\":\"displayName\","
                            + "\"value\":\"Okta Pushed\"}"))
                .status())
        .isIn(200, 204);
    assertThat(members(okta, g)).containsExactly(a);
    assertThat(okta.get("/Groups/" + g).at("/displayName")).isEqualTo("Okta Pushed");
    assertThat(okta.delete("/Groups/" + g).status()).isEqualTo(204);
  }

  @ParameterizedTest
  @EnumSource(BindingKind.class)
  void oktaPagesByHundredsInAStableOrder(BindingKind kind) {
    sut = ServerUnderTest.start(kind);
    for (int i = 0; i < 250; i++) {
      sut.createUser("user" + i + "@okta.example");
    }

    List<String> seen = new ArrayList<>();
    for (int start = 1; start <= 250; start += 100) {
      JsonNode page = sut.scim.get("/Users?startIndex=" + start + "&count=100").json();
      assertThat(page.get("totalResults").intValue()).isEqualTo(250);
      assertThat(page.get("startIndex").intValue()).isEqualTo(start);
      page.get("Resources").forEach(r -> seen.add(r.get("id").asString()));
    }

    assertThat(seen).hasSize(250);
    Set<String> distinct = new HashSet<>(seen);
    assertThat(distinct).hasSize(250);
  }

  private static List<String> members(ScimHttp scim, String group) {
    List<String> ids = new ArrayList<>();
    scim.get("/Groups/" + group)
        .json()
        .path("members")
        .forEach(m -> ids.add(m.get("value").asString()));
    return ids;
  }
}
