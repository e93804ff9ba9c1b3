package io.scimworks.compliance.internal;

import static io.scimworks.compliance.Tag.PATCH;
import static io.scimworks.compliance.internal.CheckDef.check;
import static io.scimworks.compliance.internal.Ctx.expect;
import static io.scimworks.compliance.internal.Ctx.id;
import static io.scimworks.compliance.internal.Ctx.quote;
import static io.scimworks.compliance.internal.Ctx.seg;
import static io.scimworks.compliance.internal.Ctx.status;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the PATCH checks ({@link PatchChecks}, {@link IdpPatchChecks}, {@link PatchErrorChecks},
 * {@link GroupPatchChecks}) and the ETag and bulk checks share: PatchOp bodies written as the wire
 * carries them, the request-and-read-back sequence, and the assertions on what came back.
 */
final class Patches {
  private Patches() {}

  /** A check of a user PATCH: writes, needs users and PATCH. */
  static CheckDef.Builder userPatch(String id, String title) {
    return check(id, title)
        .ref("RFC 7644 §3.5.2")
        .tags(PATCH)
        .writes()
        .needs(Feature.USERS, Feature.PATCH);
  }

  /** A check of a group PATCH: writes, needs users, groups and PATCH. */
  static CheckDef.Builder groupPatch(String id, String title) {
    return check(id, title)
        .ref("RFC 7644 §3.5.2")
        .tags(PATCH)
        .writes()
        .needs(Feature.USERS, Feature.GROUPS, Feature.PATCH);
  }

  /** A PatchOp body holding these operations (raw JSON each). */
  static String ops(String... operations) {
    return "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":["
        + String.join(",", operations)
        + "]}";
  }

  /**
   * One operation, {@code op} spelled as given (identity providers capitalise it).
   *
   * @param path the path as it stands inside the JSON string (quotes in it escaped)
   * @param value the value as raw JSON, e.g. {@code quote("x")} or {@code false}
   */
  static String op(String op, String path, String value) {
    return "{\"op\":\"" + op + "\",\"path\":\"" + path + "\",\"value\":" + value + "}";
  }

  /** One operation without a value ({@code remove}). */
  static String op(String op, String path) {
    return "{\"op\":\"" + op + "\",\"path\":\"" + path + "\"}";
  }

  /** One operation without a path: {@code value} (raw JSON) applies to the resource. */
  static String pathless(String op, String value) {
    return "{\"op\":\"" + op + "\",\"value\":" + value + "}";
  }

  /** {@code members[value eq "id"]}, escaped to stand inside a JSON string. */
  static String memberPath(String id) {
    return "members[value eq " + quote(id).replace("\"", "\\\"") + "]";
  }

  /** A {@code members} value: {@code [{"value": id}, ...]}. */
  static String members(String... ids) {
    return memberArray("", ids);
  }

  /** A {@code members} value as Entra ID sends it: {@code [{"$ref": null, "value": id}, ...]}. */
  static String membersWithNullRef(String... ids) {
    return memberArray("\"$ref\":null,", ids);
  }

  private static String memberArray(String before, String... ids) {
    List<String> elements = new ArrayList<>();
    for (String id : ids) {
      elements.add("{" + before + "\"value\":" + quote(id) + "}");
    }
    return "[" + String.join(",", elements) + "]";
  }

  /** PATCHes a user; fails unless 200 or 204; returns the user as read afterwards. */
  static ObjectNode patchUser(Ctx c, String id, String body) {
    status(c.patch(c.users() + "/" + seg(id), body), 200, 204);
    return c.read(c.users(), id);
  }

  /** Creates a user, PATCHes it with {@code operations} as {@link #patchUser} does. */
  static ObjectNode patchUserCreated(Ctx c, String... operations) {
    return patchUser(c, id(c.createUser()), ops(operations));
  }

  /** PATCHes a user created for the purpose; returns the raw answer. */
  static Response patchNewUser(Ctx c, String body) {
    return c.patch(c.users() + "/" + seg(id(c.createUser())), body);
  }

  /** PATCHes a group; fails unless 200 or 204; returns the group as read afterwards. */
  static ObjectNode patchGroup(Ctx c, String id, String body) {
    status(c.patch(c.groups() + "/" + seg(id), body), 200, 204);
    return c.read(c.groups(), id);
  }

  /** Fails unless {@code actual} is the string {@code want}. */
  static void expectText(JsonNode actual, String want, String expected) {
    expect(actual.asString("").equals(want), expected, actual.toString());
  }

  /** Fails unless {@code active} is the JSON boolean {@code false}; {@code shown} if not. */
  static void expectInactive(JsonNode active, String expected, String shown) {
    expect(active.isBoolean() && !active.booleanValue(), expected, shown);
  }

  /** Fails unless the group's members are exactly {@code ids}, in this order. */
  static void expectMembers(ObjectNode group, List<String> ids, String expected) {
    expect(Memberships.memberIds(group).equals(ids), expected, group.path("members").toString());
  }
}
