package io.scimworks.core.patch;

import static io.scimworks.core.patch.PatchFixtures.STRICT_USERS;
import static io.scimworks.core.patch.PatchFixtures.USERS;
import static io.scimworks.core.patch.PatchFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

import io.scimworks.core.ScimException;
import io.scimworks.core.json.ScimJson;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A run of {@code add} operations to one multi-valued attribute, one value each (as some clients
 * send emails or members), reuses the hashes of the values the previous add built, and clears
 * {@code primary} only where the previous add left it: it ends in exactly the state (or the error)
 * of the same operations with an operation between each that starts the hashing afresh, and of one
 * {@code add} carrying all the values.
 */
class AddRunProperties {
  private static final List<String> VALUES = List.of("a@x", "A@X", "b@x", "ſ@x", "S@x", "");

  /** Changes nothing (the users have no nickName), and is no add: it ends a run of adds. */
  private static final String SEPARATOR = "{\"op\":\"remove\",\"path\":\"nickName\"}";

  @Property(tries = 300)
  void aRunOfAddsEqualsTheSameAddsOneByOne(
      @ForAll("users") ObjectNode user, @ForAll @Size(min = 2, max = 12) List<Integer> picks) {
    String attribute = Math.floorMod(picks.get(0), 3) == 0 ? "addresses" : "emails";
    List<String> values = new ArrayList<>();
    for (int pick : picks) {
      values.add(element(attribute, pick));
    }
    List<String> run = new ArrayList<>();
    List<String> oneByOne = new ArrayList<>();
    for (String v : values) {
      run.add(add(attribute, v));
      oneByOne.add(add(attribute, v));
      oneByOne.add(SEPARATOR);
    }
    for (PatchEngine engine : List.of(USERS, STRICT_USERS)) {
      Object expected = outcome(engine, user, oneByOne);
      assertThat(outcome(engine, user, run))
          .as("%s on %s %s", run, user.get("emails"), user.get("addresses"))
          .isEqualTo(expected);
      if (attribute.equals("emails")) {
        // the same emails in one add: none kept twice, also where the user had none (primary may
        // end on another value, and an address, without value, is the same only with the same
        // primary, so neither is compared)
        Object once = outcome(engine, user, List.of(add(attribute, String.join(",", values))));
        assertThat(withoutPrimary(once))
            .as("%s on %s", values, user.get("emails"))
            .isEqualTo(withoutPrimary(expected));
      }
    }
  }

  private static String add(String attribute, String elements) {
    return "{\"op\":\"add\",\"path\":\"" + attribute + "\",\"value\":[" + elements + "]}";
  }

  /** An email by value (duplicates in another case) or an address (no value), maybe primary. */
  private static String element(String attribute, int pick) {
    String value = VALUES.get(Math.floorMod(pick, VALUES.size()));
    String primary = Math.floorMod(pick / VALUES.size(), 3) == 0 ? "" : ",\"primary\":true";
    if (attribute.equals("addresses")) {
      return "{\"locality\":\"" + value + "\"" + primary + "}";
    }
    String type = Math.floorMod(pick / 7, 2) == 0 ? "" : ",\"type\":\"work\"";
    return "{\"value\":\"" + value + "\"" + type + primary + "}";
  }

  /** The resulting resource, or the error's status and scimType. */
  private static Object outcome(PatchEngine engine, ObjectNode user, List<String> ops) {
    try {
      return engine.apply(user, request(ops.toArray(String[]::new))).resource();
    } catch (ScimException e) {
      return e.status() + " " + e.scimType();
    }
  }

  /** The outcome with every email's {@code primary} dropped. */
  private static Object withoutPrimary(Object outcome) {
    if (!(outcome instanceof ObjectNode resource)) {
      return outcome;
    }
    ObjectNode copy = resource.deepCopy();
    if (copy.get("emails") instanceof ArrayNode emails) {
      emails.forEach(e -> ((ObjectNode) e).remove("primary"));
    }
    return copy;
  }

  @Provide
  Arbitrary<ObjectNode> users() {
    Arbitrary<String> email =
        Arbitraries.of(VALUES)
            .flatMap(
                v ->
                    Arbitraries.of(
                        "{\"value\":\"" + v + "\"}",
                        "{\"value\":\"" + v + "\",\"primary\":true}",
                        "{\"value\":\"" + v + "\",\"type\":\"work\",\"primary\":true}"));
    Arbitrary<String> address =
        Arbitraries.of(VALUES).map(v -> "{\"locality\":\"" + v + "\",\"primary\":true}");
    return Arbitraries.oneOf(email, address)
        .list()
        .ofMaxSize(8)
        .map(
            elements -> {
              ObjectNode user = PatchFixtures.user();
              user.remove("emails");
              user.remove("addresses");
              user.remove("nickName");
              for (String e : elements) {
                ObjectNode element = ScimJson.readObject(e);
                String name = element.has("locality") ? "addresses" : "emails";
                ArrayNode array = user.has(name) ? (ArrayNode) user.get(name) : user.putArray(name);
                array.add(element);
              }
              return user;
            });
  }
}
