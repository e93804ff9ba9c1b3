package io.scimworks.server.http;

import static io.scimworks.server.http.ServerUnderTest.GROUP_URN;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A user's {@code groups} is returned by the server (the groups hold the memberships), so it can be
 * filtered on like every other attribute the server returns: {@code groups[value eq "..."]}, {@code
 * groups.display}, {@code groups pr}, in a query, in {@code .search} and at the root.
 */
class GroupsFilterOverHttpTest extends OverHttpSuite {

  @ParameterizedTest
  @EnumSource(BindingKind.class)
  void filtersOnAUsersGroupsMatchTheMembershipsTheServerReturns(BindingKind kind) {
    sut = ServerUnderTest.start(kind);
    ScimHttp scim = sut.scim;
    String alice = sut.createUser("alice@example.com");
    String bob = sut.createUser("bob@example.com");
    ScimHttp.Reply g =
        scim.post(
            "/Groups",
            "{\"schemas\":[\""
                + GROUP_URN
                + "\"],\"displayName\":\"Admins\","
                + "\"members\":[{\"value\":\""
                + alice
                + "\"}]}");
    String gid = g.at("/id");

    assertThat(ids(scim.get("/Users?filter=" + q("groups[value eq \"" + gid + "\"]"))))
        .isEqualTo(alice);
    assertThat(ids(scim.get("/Users?filter=" + q("groups.display eq \"admins\""))))
        .isEqualTo(alice);
    assertThat(ids(scim.get("/Users?filter=" + q("not (groups pr)")))).isEqualTo(bob);
    assertThat(
            ids(
                scim.post(
                    "/Users/.search",
                    "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:SearchRequest\"],"
                        + "\"filter\":\"groups.value eq \\\""
                        + gid
                        + "\\\"\","
                        + "\"attributes\":[\"userName\"]}")))
        .isEqualTo(alice);
    assertThat(
            scim.get("/Users?filter=" + q("groups.value eq \"" + gid + "\"") + "&attributes=groups")
                .at("/Resources/0/groups/0/value"))
        .isEqualTo(gid);

    scim.delete("/Groups/" + gid);
    assertThat(scim.get("/Users?filter=" + q("groups pr")).at("/totalResults")).isEqualTo("0");
  }

  private static String q(String filter) {
    return URLEncoder.encode(filter, StandardCharsets.UTF_8);
  }

  /** The ids of a list response, comma-separated. */
  private static String ids(ScimHttp.Reply r) {
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    StringBuilder sb = new StringBuilder();
    r.json()
        .path("Resources")
        .forEach(n -> sb.append(sb.length() == 0 ? "" : ",").append(n.path("id").asString()));
    return sb.toString();
  }
}
