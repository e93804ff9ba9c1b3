package io.scimworks.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.scimworks.server.memory.InMemoryRepository;
import io.scimworks.server.spi.AuditListener;
import io.scimworks.server.spi.Repository;
import io.scimworks.server.spi.RequestContext;
import io.scimworks.server.spi.SearchQuery;
import io.scimworks.server.spi.SearchResult;
import io.scimworks.server.spi.StoredResource;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A multi-valued attribute without values is unassigned (RFC 7643 §2.4; RFC 7644 §3.5.2.2 on
 * removing every value): however its last value goes, it is stored and returned absent, and {@code
 * pr} agrees with what is returned.
 */
class EmptyMultiValuedTest {
  private static final String GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group";
  private static final String USER = "urn:ietf:params:scim:schemas:core:2.0:User";

  private final InMemoryRepository groups = InMemoryRepository.forGroups();
  private final Scim scim = new Scim(Servers.builder().groups(groups).build());

  private void addMember(String group, String user) {
    ScimResponse r =
        scim.patch(
            "/Groups/" + group,
            Scim.patchOp(
                "{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"" + user + "\"}]}"));
    assertThat(r.status()).isEqualTo(204);
  }

  private void assertNoMembers(String group) {
    // stored without members, not only rendered without them
    assertThat(groups.get(RequestContext.of("Group"), group).resource().has("members")).isFalse();
    JsonNode g = Scim.json(scim.get("/Groups/" + group));
    assertThat(g.has("members")).as("members in %s", g).isFalse();
    JsonNode listed = Scim.json(scim.get("/Groups?filter=members+pr"));
    assertThat(listed.get("totalResults").intValue()).isZero();
    JsonNode absent = Scim.json(scim.get("/Groups?filter=not+(members+pr)"));
    assertThat(absent.get("totalResults").intValue()).isEqualTo(1);
  }

  @Test
  void aGroupWhoseLastMemberIsDeletedHasNoMembersAttribute() {
    String u = scim.createUser("leaver");
    String g = scim.createGroup("Team");
    addMember(g, u);
    assertThat(scim.delete("/Users/" + u).status()).isEqualTo(204);
    assertNoMembers(g);
  }

  @Test
  void everyWayOfRemovingTheLastMemberLeavesMembersUnassigned() {
    String u = scim.createUser("member");
    String g = scim.createGroup("Team");
    List<String> removals =
        List.of(
            Scim.patchOp("{\"op\":\"remove\",\"path\":\"members[value eq \\\"" + u + "\\\"]\"}"),
            // Entra ID's default mode
            Scim.patchOp(
                "{\"op\":\"Remove\",\"path\":\"members\",\"value\":[{\"$ref\":null,\"value\":\""
                    + u
                    + "\"}]}"),
            Scim.patchOp("{\"op\":\"remove\",\"path\":\"members\"}"),
            Scim.patchOp("{\"op\":\"replace\",\"path\":\"members\",\"value\":[]}"),
            // Okta's deactivation-style replace without a path
            Scim.patchOp("{\"op\":\"replace\",\"value\":{\"members\":[]}}"));
    for (String removal : removals) {
      addMember(g, u);
      assertThat(scim.patch("/Groups/" + g, removal).status()).as(removal).isEqualTo(204);
      assertNoMembers(g);
    }
    addMember(g, u);
    ScimResponse put =
        scim.put(
            "/Groups/" + g,
            "{\"schemas\":[\"" + GROUP + "\"],\"displayName\":\"Team\",\"members\":[]}");
    assertThat(Scim.json(put).has("members")).isFalse();
    assertNoMembers(g);
  }

  @Test
  void aGroupCreatedWithAnEmptyMemberListHasNoMembersAttribute() {
    // Okta pushes a new group with "members": []
    ScimResponse r =
        scim.post(
            "/Groups", "{\"schemas\":[\"" + GROUP + "\"],\"displayName\":\"New\",\"members\":[]}");
    assertThat(r.status()).isEqualTo(201);
    assertThat(Scim.json(r).has("members")).isFalse();
    assertNoMembers(Scim.json(r).get("id").stringValue());
  }

  @Test
  void aUsersEmailsAndRolesWithoutValuesAreUnassignedWhicheverWriteEmptiedThem() {
    // Entra sends "roles": [] on create, Okta "groups": []
    ScimResponse created =
        scim.post(
            "/Users",
            "{\"schemas\":[\""
                + USER
                + "\"],\"userName\":\"u\",\"roles\":[],\"emails\":[],\"groups\":[]}");
    String id = Scim.json(created).get("id").stringValue();
    assertThat(Scim.json(created).has("roles")).isFalse();
    assertThat(Scim.json(created).has("emails")).isFalse();
    String addEmail =
        Scim.patchOp(
            "{\"op\":\"add\",\"path\":\"emails\",\"value\":[{\"type\":\"work\",\"value\":\"u@x\"}]}");
    List<String> removals =
        List.of(
            Scim.patchOp("{\"op\":\"remove\",\"path\":\"emails[type eq \\\"work\\\"]\"}"),
            Scim.patchOp("{\"op\":\"remove\",\"path\":\"emails\"}"),
            Scim.patchOp("{\"op\":\"replace\",\"path\":\"emails\",\"value\":[]}"));
    for (String removal : removals) {
      scim.patch("/Users/" + id, addEmail);
      assertThat(Scim.json(scim.get("/Users?filter=emails+pr")).get("totalResults").intValue())
          .isEqualTo(1);
      ScimResponse r = scim.patch("/Users/" + id, removal);
      assertThat(Scim.json(r).has("emails")).as(removal).isFalse();
      assertThat(Scim.json(scim.get("/Users?filter=emails+pr")).get("totalResults").intValue())
          .isZero();
    }
    scim.patch("/Users/" + id, addEmail);
    ScimResponse put =
        scim.put(
            "/Users/" + id, "{\"schemas\":[\"" + USER + "\"],\"userName\":\"u\",\"emails\":[]}");
    assertThat(Scim.json(put).has("emails")).isFalse();
    assertThat(Scim.json(scim.get("/Users?filter=emails+pr")).get("totalResults").intValue())
        .isZero();
  }

  @Test
  void anEmptyArrayARepositoryStoredIsNotReturnedWhetherItHandsOverTreesOrText() {
    for (boolean asText : new boolean[] {false, true}) {
      Repository stored = new LegacyRows(asText);
      Scim legacy =
          new Scim(
              ScimServer.builder()
                  .users(stored)
                  .groups(InMemoryRepository.forGroups())
                  .authenticator(BearerTokens.of(Scim.TOKEN))
                  .auditListener(AuditListener.none())
                  .build());
      JsonNode read = Scim.json(legacy.get("/Users/legacy"));
      assertThat(read.get("userName").stringValue()).isEqualTo("old");
      assertThat(read.has("emails")).as("text: %s", asText).isFalse();
      JsonNode listed = Scim.json(legacy.get("/Users?filter=emails+pr"));
      assertThat(listed.get("totalResults").intValue()).isZero();
    }
  }

  /** One user stored, by an older version of some repository, with {@code "emails": []}. */
  private record LegacyRows(boolean asText) implements Repository {
    private static final String BODY =
        "{\"schemas\":[\"" + USER + "\"],\"userName\":\"old\",\"emails\": [ ]}";

    private StoredResource row() {
      return asText
          ? StoredResource.ofJson("legacy", "1", BODY.getBytes(StandardCharsets.UTF_8), null)
          : new StoredResource(
              "legacy", "1", (ObjectNode) io.scimworks.core.json.ScimJson.read(BODY));
    }

    @Override
    public StoredResource create(RequestContext c, ObjectNode r) {
      throw new UnsupportedOperationException();
    }

    @Override
    public StoredResource get(RequestContext c, String id) {
      return id.equals("legacy") ? row() : null;
    }

    @Override
    public StoredResource replace(RequestContext c, String id, ObjectNode r, String expected) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void delete(RequestContext c, String id, String expected) {
      throw new UnsupportedOperationException();
    }

    @Override
    public SearchResult search(RequestContext c, SearchQuery q) {
      return SearchResult.of(List.of(row()));
    }
  }
}
