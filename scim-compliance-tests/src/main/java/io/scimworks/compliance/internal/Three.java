package io.scimworks.compliance.internal;

import static io.scimworks.compliance.internal.Ctx.pct;
import static io.scimworks.compliance.internal.Ctx.quote;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * Three users created for one check under a prefix no other data has, created in the order {@code
 * c}, {@code a}, {@code b} of their userNames, for the sorting and paging checks.
 *
 * @param scope the filter that sees exactly them ({@code userName sw prefix})
 * @param users the users as created, in creation order
 */
record Three(String scope, List<ObjectNode> users) {
  /** Creates the three users, in the order {@code c}, {@code a}, {@code b}. */
  static Three create(Ctx c) {
    String sub = c.data().unique("t") + "-";
    List<ObjectNode> users = new ArrayList<>();
    for (String n : List.of("c", "a", "b")) {
      ObjectNode u = c.data().user();
      u.put("userName", sub + n + "@example.com");
      users.add(c.createUser(u));
    }
    return new Three("userName sw " + quote(sub), users);
  }

  /**
   * {@code GET /Users?query&filter=scope}: the three seen through {@code query} (sorting, paging,
   * projection parameters).
   *
   * @throws CheckFailure unless the answer is a ListResponse
   */
  ObjectNode list(Ctx c, String query) {
    return Ctx.list(c.get(c.users() + "?" + query + "&filter=" + pct(scope)));
  }

  /**
   * The id of the user created {@code i}-th (0: userName {@code c...}, 1: {@code a...}, 2: {@code
   * b...}).
   */
  String id(int i) {
    return Ctx.id(users.get(i));
  }
}
