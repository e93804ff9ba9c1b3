package io.scimworks.compliance.internal;

import tools.jackson.databind.node.ObjectNode;

/**
 * Two users created for one check, whose userNames share a prefix no other data has ({@code sub +
 * "a@example.com"}, {@code sub + "b@example.com"}), so that filters restricted to {@code userName
 * sw sub} see exactly them.
 *
 * @param sub the shared prefix
 * @param a the first user as created
 * @param b the second user as created
 */
record Pair(String sub, ObjectNode a, ObjectNode b) {

  /**
   * Creates the pair; {@code a} has title "Engineer" and active true, {@code b} neither title nor
   * active true.
   */
  static Pair create(Ctx c) {
    String sub = c.data().unique("p") + "-";
    ObjectNode a = c.data().user();
    a.put("userName", sub + "a@example.com");
    a.put("displayName", "Alpha " + sub);
    a.put("title", "Engineer");
    ObjectNode b = c.data().user();
    b.put("userName", sub + "b@example.com");
    b.put("displayName", "Beta " + sub);
    b.remove("title");
    if (b.has("active")) {
      b.put("active", false);
    }
    if (b.has("emails")) {
      ((ObjectNode) b.path("emails").get(0)).put("value", sub + "b@example.com");
    }
    if (a.has("emails")) {
      ((ObjectNode) a.path("emails").get(0)).put("value", sub + "a@example.com");
    }
    return new Pair(sub, c.createUser(a), c.createUser(b));
  }

  String idA() {
    return Ctx.id(a);
  }

  String idB() {
    return Ctx.id(b);
  }

  /** {@code userName sw "sub"}. */
  String scope() {
    return "userName sw " + Ctx.quote(sub);
  }
}
