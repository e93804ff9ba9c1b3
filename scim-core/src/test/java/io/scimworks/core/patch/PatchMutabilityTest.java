package io.scimworks.core.patch;

import static io.scimworks.core.patch.PatchFixtures.ENTERPRISE;
import static io.scimworks.core.patch.PatchFixtures.GROUPS;
import static io.scimworks.core.patch.PatchFixtures.USERS;
import static io.scimworks.core.patch.PatchFixtures.assertRejected;
import static io.scimworks.core.patch.PatchFixtures.group;
import static io.scimworks.core.patch.PatchFixtures.patch;
import static io.scimworks.core.patch.PatchFixtures.request;
import static io.scimworks.core.patch.PatchFixtures.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scimworks.core.ScimException;
import io.scimworks.core.schema.AttributeDefinition;
import io.scimworks.core.schema.Mutability;
import io.scimworks.core.schema.Schema;
import io.scimworks.core.schema.SchemaRegistry;
import io.scimworks.core.schema.Schemas;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.node.ObjectNode;

/**
 * RFC 7644 §3.5.2: "a client MUST NOT modify an attribute that has mutability readOnly or
 * immutable", and an incompatible operation is answered 400 {@code mutability}. Every operation
 * whose path names a readOnly attribute is refused, whether or not the stored resource holds a
 * value there (the service computes {@code id}, {@code meta} and a user's {@code groups}); an
 * immutable attribute may be given its first value and never changed or removed afterwards.
 */
class PatchMutabilityTest {
  private static final String MEMBER = "2819c223-7f76-453a-919d-413861904646";

  /** The user as a store holds it: no {@code id}, no computed {@code groups}, a partial meta. */
  private static ObjectNode stored() {
    ObjectNode u = user();
    u.remove("id");
    ObjectNode meta = u.putObject("meta");
    meta.put("created", "2010-01-23T04:56:22Z");
    return u;
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "remove|id|",
        "remove|meta|",
        "remove|meta.location|",
        "remove|meta.version|",
        "remove|meta.created|",
        "remove|groups|",
        "remove|groups.value|",
        "remove|groups[value eq \\\"g1\\\"]|",
        "remove|groups[value eq \\\"g1\\\"].display|",
        "remove|" + ENTERPRISE + ":manager.displayName|",
        "add|id|\"x\"",
        "add|meta.location|\"https://example.com/x\"",
        "add|groups|[{\"value\":\"g1\"}]",
        "add|groups[value eq \\\"g1\\\"].display|\"x\"",
        "replace|id|\"x\"",
        "replace|meta.resourceType|\"Group\"",
        "replace|groups|[{\"value\":\"g1\"}]",
        "replace|groups.display|\"x\"",
        "replace|" + ENTERPRISE + ":manager.displayName|\"Boss\"",
      })
  void anOperationOnAReadOnlyAttributeIsAMutabilityErrorEvenWhereNothingIsStored(
      String op, String path, String value) {
    String operation =
        "{\"op\":\""
            + op
            + "\",\"path\":\""
            + path
            + "\""
            + (value == null ? "" : ",\"value\":" + value)
            + "}";

    assertThatThrownBy(() -> patch(USERS, stored(), operation))
        .isInstanceOfSatisfying(
            ScimException.class,
            e -> {
              assertThat(e.status()).isEqualTo(400);
              assertThat(e.scimType()).isEqualTo("mutability");
              assertThat(e.detail()).contains("readOnly").contains("Operations[0]");
            });
  }

  @Test
  void aRunOfRemovalsFromAReadOnlyAttributeIsRefusedAsOneRemovalIs() {
    assertRejected(
        USERS,
        stored(),
        "mutability",
        "{\"op\":\"remove\",\"path\":\"groups[value eq \\\"g1\\\"]\"}",
        "{\"op\":\"remove\",\"path\":\"groups[value eq \\\"g2\\\"]\"}");
  }

  @Test
  void readOnlyMembersOfAValueAreIgnoredAsOnCreate() {
    ObjectNode out =
        patch(
            USERS,
            stored(),
            "{\"op\":\"replace\",\"value\":{\"id\":\"other\",\"meta\":{\"resourceType\":\"Group\"},"
                + "\"groups\":[{\"value\":\"g1\"}],\"title\":\"Boss\"}}",
            "{\"op\":\"replace\",\"path\":\""
                + ENTERPRISE
                + ":manager\",\"value\":{\"value\":\"m2\",\"displayName\":\"Boss\"}}");

    assertThat(out.has("id")).isFalse();
    assertThat(out.has("groups")).isFalse();
    assertThat(out.get("meta")).isEqualTo(stored().get("meta"));
    assertThat(out.get("title").stringValue()).isEqualTo("Boss");
    assertThat(out.get(ENTERPRISE).get("manager").has("displayName")).isFalse();
  }

  @Test
  void membersComeAndGoAlthoughTheirSubAttributesAreImmutable() {
    ObjectNode out =
        patch(
            GROUPS,
            group(),
            "{\"op\":\"remove\",\"path\":\"members[value eq \\\"" + MEMBER + "\\\"]\"}",
            "{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"u3\",\"display\":\"C\"}]}");

    assertThat(out.get("members")).hasSize(2);
    assertThat(out.get("members").get(1).get("value").stringValue()).isEqualTo("u3");
  }

  @Test
  void anImmutableSubAttributeOfAnElementCannotBeRemovedOrChanged() {
    String element = "members[value eq \\\"" + MEMBER + "\\\"]";
    assertRejected(
        GROUPS, group(), "mutability", "{\"op\":\"remove\",\"path\":\"" + element + ".display\"}");
    assertRejected(
        GROUPS,
        group(),
        "mutability",
        "{\"op\":\"replace\",\"path\":\"" + element + ".display\",\"value\":\"Other\"}");
  }

  @Test
  void anImmutableSubAttributeOfAnElementMayBeGivenItsFirstValue() {
    ObjectNode g = group();
    ((ObjectNode) g.get("members").get(0)).remove("display");
    String element = "members[value eq \\\"" + MEMBER + "\\\"]";

    ObjectNode out =
        patch(GROUPS, g, "{\"op\":\"add\",\"path\":\"" + element + ".type\",\"value\":\"User\"}");

    assertThat(out.get("members").get(0).get("type").stringValue()).isEqualTo("User");
  }

  /** A workspace whose users carry an immutable {@code nickName}. */
  private static final SchemaRegistry IMMUTABLE_NICK = immutableNickName();

  private static final PatchEngine NICK_USERS =
      PatchEngine.of(IMMUTABLE_NICK, IMMUTABLE_NICK.resourceType("User").orElseThrow());

  private static SchemaRegistry immutableNickName() {
    Schema core = Schemas.user();
    AttributeDefinition nick =
        core.attribute("nickName").orElseThrow().toBuilder()
            .mutability(Mutability.IMMUTABLE)
            .build();
    return SchemaRegistry.defaults().toBuilder()
        .schema(core.toBuilder().replaceAttribute(nick).build())
        .build();
  }

  @ParameterizedTest
  @CsvSource({"add", "replace"})
  void anUnsetImmutableAttributeMayBeSetOnceAndNeverChangedOrRemoved(String op) {
    ObjectNode set =
        patch(
            NICK_USERS,
            stored(),
            "{\"op\":\"" + op + "\",\"path\":\"nickName\",\"value\":\"Babs\"}");

    assertThat(set.get("nickName").stringValue()).isEqualTo("Babs");
    assertThat(
            NICK_USERS
                .apply(
                    set,
                    request("{\"op\":\"" + op + "\",\"path\":\"nickName\",\"value\":\"Babs\"}"))
                .changed())
        .isFalse();
    assertRejected(
        NICK_USERS,
        set,
        "mutability",
        "{\"op\":\"" + op + "\",\"path\":\"nickName\",\"value\":\"Barbara\"}");
    assertRejected(NICK_USERS, set, "mutability", "{\"op\":\"remove\",\"path\":\"nickName\"}");
    assertRejected(
        NICK_USERS, set, "mutability", "{\"op\":\"replace\",\"value\":{\"nickName\":\"B\"}}");
  }

  @Test
  void removingAnUnsetImmutableAttributeChangesNothing() {
    assertThat(
            NICK_USERS
                .apply(stored(), request("{\"op\":\"remove\",\"path\":\"nickName\"}"))
                .changed())
        .isFalse();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "add|[\"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\"]",
        "replace|[\"urn:ietf:params:scim:schemas:core:2.0:User\"]",
        "remove|",
      })
  void anOperationOnSchemasIsAMutabilityErrorSinceTheServiceKeepsIt(String op, String value) {
    // replace dropped nothing and add added nothing, answered as done; remove named no operation
    String operation =
        "{\"op\":\""
            + op
            + "\",\"path\":\"schemas\""
            + (value == null ? "" : ",\"value\":" + value)
            + "}";
    assertThatThrownBy(() -> patch(USERS, user(), operation))
        .isInstanceOfSatisfying(
            ScimException.class,
            e -> {
              assertThat(e.scimType()).isEqualTo("mutability");
              assertThat(e.detail())
                  .startsWith("Operations[0] (" + op + " schemas)")
                  .contains("'schemas' is kept by the service");
            });
    // a schemas member of a no-path value (a whole resource sent back) is still ignored
    ObjectNode out =
        patch(
            USERS,
            user(),
            "{\"op\":\"replace\",\"value\":{\"schemas\":[\"urn:x\"],\"title\":\"T\"}}");
    assertThat(out.get("schemas")).isEqualTo(user().get("schemas"));
  }

  @Test
  void aSubAttributeOfMetaIsNamedInTheDetail() {
    assertThatThrownBy(
            () ->
                patch(
                    USERS,
                    stored(),
                    "{\"op\":\"replace\",\"path\":\"meta.created\",\"value\":\"2020-01-01T00:00:00Z\"}"))
        .isInstanceOfSatisfying(
            ScimException.class,
            e ->
                assertThat(e.detail())
                    .contains("'meta.created' is readOnly, as all of 'meta' is")
                    .contains("Operations[0]"));
  }

  @Test
  void anImmutableAttributeWithAValueIsRefusedNamingTheOperation() {
    ObjectNode set =
        patch(NICK_USERS, stored(), "{\"op\":\"add\",\"path\":\"nickName\",\"value\":\"Babs\"}");
    for (String op :
        List.of(
            "{\"op\":\"add\",\"path\":\"nickName\",\"value\":\"Barbara\"}",
            "{\"op\":\"replace\",\"path\":\"nickName\",\"value\":\"Barbara\"}",
            "{\"op\":\"remove\",\"path\":\"nickName\"}")) {
      assertThatThrownBy(
              () ->
                  patch(NICK_USERS, set, "{\"op\":\"add\",\"path\":\"title\",\"value\":\"T\"}", op))
          .as(op)
          .isInstanceOfSatisfying(
              ScimException.class,
              e -> {
                assertThat(e.scimType()).isEqualTo("mutability");
                assertThat(e.detail())
                    .startsWith("Operations[1] (")
                    .contains("'nickName' is immutable and already has a value");
              });
    }
  }

  @Test
  void aReadOnlyIdInANoPathValueIsIgnoredWhetherOrNotItIsTheResourcesOwn() {
    // Okta renames a group with its own id in the value; a different id changes nothing either
    ObjectNode stored = group();
    String id = stored.get("id").stringValue();
    for (String sent : List.of(id, "someone-else")) {
      ObjectNode out =
          patch(
              GROUPS,
              stored,
              "{\"op\":\"replace\",\"value\":{\"id\":\""
                  + sent
                  + "\",\"displayName\":\"Renamed\"}}");
      assertThat(out.get("id").stringValue()).isEqualTo(id);
      assertThat(out.get("displayName").stringValue()).isEqualTo("Renamed");
    }
  }
}
