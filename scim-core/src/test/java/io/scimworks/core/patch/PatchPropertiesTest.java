package io.scimworks.core.patch;

import static io.scimworks.core.patch.PatchFixtures.ENTERPRISE;
import static io.scimworks.core.patch.PatchFixtures.GROUPS;
import static io.scimworks.core.patch.PatchFixtures.USERS;
import static org.assertj.core.api.Assertions.assertThat;

import io.scimworks.core.ScimException;
import io.scimworks.core.resource.ScimResource;
import io.scimworks.core.validation.ResourceValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The algebra of PATCH over generated users and operations. */
class PatchPropertiesTest {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final List<String> TYPES = List.of("work", "home", "other");
  private static final PatchEngine UNVALIDATED_USERS =
      PatchEngine.builder(PatchFixtures.REGISTRY, PatchFixtures.USER).validator(null).build();

  @Property
  void aReplaceIsIdempotent(
      @ForAll("users") ObjectNode user, @ForAll("replaces") PatchOperation op) {
    assertIdempotent(user, List.of(op));
  }

  @Property
  void aSequenceOfReplacesWithoutFiltersIsIdempotent(
      @ForAll("users") ObjectNode user,
      @ForAll @Size(min = 1, max = 4) List<@From("unfilteredReplaces") PatchOperation> ops) {
    assertIdempotent(user, ops);
  }

  private static void assertIdempotent(ObjectNode user, List<PatchOperation> ops) {
    PatchResult once;
    try {
      once = USERS.apply(user, ops);
    } catch (ScimException e) {
      assertThat(e.scimType()).isEqualTo("noTarget"); // a filter that matches nothing
      return;
    }
    PatchResult twice = USERS.apply(once.resource(), ops);
    assertThat(twice.resource()).isEqualTo(once.resource());
    assertThat(twice.changed()).isFalse();
  }

  @Property
  void addingNewValuesThenRemovingThemRestoresTheOriginal(
      @ForAll("users") ObjectNode user,
      @ForAll @Size(min = 1, max = 3) List<@From("freshEmails") ObjectNode> emails,
      @ForAll boolean nickName,
      @ForAll boolean costCenter) {
    List<PatchOperation> ops = new ArrayList<>();
    ArrayNode added = NODES.arrayNode();
    List<String> values = new ArrayList<>();
    for (ObjectNode e : emails) {
      if (!values.contains(e.get("value").stringValue())) {
        values.add(e.get("value").stringValue());
        added.add(e);
      }
    }
    ops.add(PatchOperation.add("emails", added));
    boolean addNick = nickName && !user.has("nickName");
    if (addNick) {
      ops.add(PatchOperation.add("nickName", NODES.stringNode("new nick")));
    }
    boolean addCost =
        costCenter && (!user.has(ENTERPRISE) || !user.get(ENTERPRISE).has("costCenter"));
    if (addCost) {
      ops.add(PatchOperation.add(ENTERPRISE + ":costCenter", NODES.stringNode("4130")));
    }
    for (String v : values) {
      ops.add(PatchOperation.remove("emails[value eq \"" + v + "\"]"));
    }
    if (addNick) {
      ops.add(PatchOperation.remove("nickName"));
    }
    if (addCost) {
      ops.add(PatchOperation.remove(ENTERPRISE + ":costCenter"));
    }
    PatchResult result = USERS.apply(user, ops);
    assertThat(result.resource()).isEqualTo(user);
    assertThat(result.changed()).isFalse();
  }

  @Property
  void everyPatchResultValidatesEvenWithoutTheEnginesValidator(
      @ForAll("users") ObjectNode user,
      @ForAll @Size(min = 1, max = 5) List<@From("anyOperation") PatchOperation> ops) {
    PatchResult result;
    try {
      result = UNVALIDATED_USERS.apply(user, ops);
    } catch (ScimException e) {
      assertThat(e.status()).isEqualTo(400);
      return;
    }
    ResourceValidator.of(PatchFixtures.REGISTRY)
        .validatePatchResult(
            PatchFixtures.USER,
            ScimResource.of(result.resource().deepCopy()),
            ScimResource.of(user.deepCopy()));
  }

  @Property
  void randomPatchBodiesRaiseNothingButScimException(@ForAll("bodies") JsonNode body) {
    try {
      PatchRequest request = PatchRequest.fromJson(body);
      try {
        USERS.apply(PatchFixtures.user(), request);
      } catch (ScimException e) {
        // expected for most random input
      }
      GROUPS.apply(PatchFixtures.group(), request);
    } catch (ScimException e) {
      assertThat(e.status()).isEqualTo(400);
      assertThat(e.scimType()).isNotNull();
    }
  }

  // ---- generators ----

  @Provide
  Arbitrary<ObjectNode> users() {
    Arbitrary<String> title = Arbitraries.of("", "Guide", "Boss", "CEO").injectNull(0.3);
    Arbitrary<List<ObjectNode>> emails =
        email(
                Arbitraries.strings()
                    .alpha()
                    .ofMinLength(1)
                    .ofMaxLength(6)
                    .map(s -> s + "@example.com"))
            .list()
            .ofMaxSize(3);
    Arbitrary<Boolean> active = Arbitraries.of(true, false).injectNull(0.2);
    Arbitrary<String> given = Arbitraries.of("Barbara", "Babs").injectNull(0.3);
    Arbitrary<String> employee = Arbitraries.of("1", "701984").injectNull(0.4);
    return Combinators.combine(title, emails, active, given, employee)
        .as(
            (t, es, a, g, emp) -> {
              ObjectNode u =
                  PatchFixtures.json(
                      "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"id\":\"u1\","
                          + "\"userName\":\"bjensen\",\"meta\":{\"resourceType\":\"User\"}}");
              if (t != null && !t.isEmpty()) {
                u.put("title", t);
              }
              if (a != null) {
                u.put("active", a);
              }
              if (g != null) {
                u.putObject("name").put("givenName", g).put("familyName", "Jensen");
              }
              ArrayNode arr = NODES.arrayNode();
              List<String> seen = new ArrayList<>();
              for (ObjectNode e : es) {
                String v = e.get("value").stringValue().toLowerCase(java.util.Locale.ROOT);
                if (!seen.contains(v)) {
                  seen.add(v);
                  arr.add(e);
                }
              }
              if (!arr.isEmpty()) {
                ((ObjectNode) arr.get(0)).put("primary", true);
                u.set("emails", arr);
              }
              if (emp != null) {
                u.putObject(ENTERPRISE).put("employeeNumber", emp);
                ((ArrayNode) u.get("schemas")).add(ENTERPRISE);
              }
              return u;
            });
  }

  private static Arbitrary<ObjectNode> email(Arbitrary<String> values) {
    return Combinators.combine(values, Arbitraries.of(TYPES))
        .as((v, t) -> NODES.objectNode().put("value", v).put("type", t));
  }

  @Provide
  Arbitrary<ObjectNode> freshEmails() {
    return email(
        Arbitraries.strings()
            .numeric()
            .ofMinLength(1)
            .ofMaxLength(5)
            .map(s -> "n" + s + "@fresh.example"));
  }

  @Provide
  Arbitrary<PatchOperation> replaces() {
    Arbitrary<String> text = Arbitraries.of("Guide", "Boss", "x", "");
    return Arbitraries.oneOf(
        unfilteredReplaces(),
        Combinators.combine(Arbitraries.of(TYPES), text)
            .as(
                (t, s) ->
                    PatchOperation.replace(
                        "emails[type eq \"" + t + "\"].value", NODES.stringNode(s + "@x.org"))),
        Combinators.combine(Arbitraries.of(TYPES), text)
            .as(
                (t, s) ->
                    PatchOperation.replace(
                        "emails[type eq \"" + t + "\"]",
                        NODES.objectNode().put("type", t).put("value", s + "@y.org"))),
        Arbitraries.of(TYPES)
            .map(
                t ->
                    PatchOperation.replace(
                        "emails[type eq \"" + t + "\"].primary", NODES.booleanNode(true))));
  }

  @Provide
  Arbitrary<PatchOperation> anyOperation() {
    Arbitrary<String> text = Arbitraries.of("Guide", "x", "");
    return Arbitraries.oneOf(
        replaces(),
        freshEmails().map(e -> PatchOperation.add("emails", e)),
        Combinators.combine(Arbitraries.of(TYPES), text)
            .as(
                (t, s) ->
                    PatchOperation.add(
                        "emails[type eq \"" + t + "\"].value", NODES.stringNode(s + "@z.org"))),
        Arbitraries.of(
                "title",
                "nickName",
                "active",
                "name",
                "name.givenName",
                "emails",
                "emails[type eq \"work\"]",
                "emails[type eq \"home\"].type",
                "emails.primary",
                ENTERPRISE + ":employeeNumber",
                ENTERPRISE + ":manager",
                ENTERPRISE)
            .map(PatchOperation::remove),
        text.map(s -> PatchOperation.add(NODES.objectNode().put("nickName", s).put("title", s))),
        Arbitraries.of("boss", "")
            .map(s -> PatchOperation.add(ENTERPRISE + ":manager", NODES.stringNode(s))));
  }

  @Provide
  Arbitrary<PatchOperation> unfilteredReplaces() {
    Arbitrary<String> text = Arbitraries.of("Guide", "Boss", "x", "");
    return Arbitraries.oneOf(
        text.map(s -> PatchOperation.replace("title", NODES.stringNode(s))),
        text.map(s -> PatchOperation.replace("nickName", NODES.stringNode(s))),
        Arbitraries.of("True", "False", "true")
            .map(s -> PatchOperation.replace("active", NODES.stringNode(s))),
        Arbitraries.of(true, false)
            .map(b -> PatchOperation.replace("active", NODES.booleanNode(b))),
        text.map(s -> PatchOperation.replace("name.givenName", NODES.stringNode(s))),
        text.map(s -> PatchOperation.replace("name", NODES.objectNode().put("familyName", s))),
        freshEmails()
            .list()
            .ofMaxSize(3)
            .map(l -> PatchOperation.replace("emails", NODES.arrayNode().addAll(l))),
        text.map(s -> PatchOperation.replace(ENTERPRISE + ":employeeNumber", NODES.stringNode(s))),
        Arbitraries.of("boss", "")
            .map(
                s ->
                    PatchOperation.replace(
                        ENTERPRISE + ":manager", NODES.objectNode().put("value", s))),
        text.map(
            s ->
                PatchOperation.replace(
                    NODES
                        .objectNode()
                        .put("title", s)
                        .put("name.givenName", s)
                        .put(ENTERPRISE + ":department", s)
                        .put("active", "False"))));
  }

  @Provide
  Arbitrary<JsonNode> bodies() {
    return Arbitraries.randomValue(PatchPropertiesTest::randomBody);
  }

  private static final List<String> OPS =
      List.of("add", "Add", "remove", "REPLACE", "replace", "merge", "");
  private static final List<String> PATHS =
      List.of(
          "title",
          "userName",
          "id",
          "meta",
          "meta.created",
          "schemas",
          "externalId",
          "name",
          "name.givenName",
          "emails",
          "emails.value",
          "emails[type eq \"work\"]",
          "emails[type eq \"work\"].value",
          "emails[value co \"@\" or primary eq true].primary",
          "emails[not (type pr)]",
          "members",
          "members[value eq \"2819c223-7f76-453a-919d-413861904646\"]",
          "members[display sw \"M\"].display",
          "displayName",
          "active",
          "roles",
          "groups",
          "x509Certificates[value pr].value",
          ENTERPRISE + ":manager",
          ENTERPRISE + ":manager.value",
          ENTERPRISE + ":manager.displayName",
          ENTERPRISE,
          ENTERPRISE + ":employeeNumber",
          "urn:unknown:ext:foo",
          "shoeSize",
          "emails[",
          "a.b.c",
          "name[givenName eq \"x\"]",
          "emails[type eq \"work\"].nope",
          "");
  private static final List<String> KEYS =
      List.of(
          "value",
          "type",
          "primary",
          "display",
          "$ref",
          "givenName",
          "title",
          "active",
          "userName",
          "name.givenName",
          ENTERPRISE,
          ENTERPRISE + ":employeeNumber",
          "emails",
          "members",
          "id",
          "meta",
          "schemas",
          "manager",
          "roles",
          "x");

  private static JsonNode randomBody(Random r) {
    if (r.nextInt(10) == 0) {
      return randomJson(r, 3);
    }
    ObjectNode body = NODES.objectNode();
    if (r.nextInt(10) > 0) {
      body.putArray("schemas").add("urn:ietf:params:scim:api:messages:2.0:PatchOp");
    }
    ArrayNode ops = body.putArray(r.nextBoolean() ? "Operations" : "operations");
    int n = r.nextInt(4);
    for (int i = 0; i < n; i++) {
      if (r.nextInt(15) == 0) {
        ops.add(randomJson(r, 2));
        continue;
      }
      ObjectNode op = ops.addObject();
      if (r.nextInt(15) > 0) {
        op.put("op", OPS.get(r.nextInt(OPS.size())));
      }
      if (r.nextInt(4) > 0) {
        op.put("path", PATHS.get(r.nextInt(PATHS.size())));
      }
      if (r.nextInt(5) > 0) {
        op.set("value", randomJson(r, 3));
      }
    }
    return body;
  }

  private static JsonNode randomJson(Random r, int depth) {
    int kind = r.nextInt(depth <= 0 ? 6 : 8);
    return switch (kind) {
      case 0 -> NODES.nullNode();
      case 1 -> NODES.booleanNode(r.nextBoolean());
      case 2 -> NODES.numberNode(r.nextInt(100) - 50);
      case 3 -> NODES.numberNode(r.nextDouble());
      case 4 ->
          NODES.stringNode(
              List.of(
                      "True",
                      "",
                      "x",
                      "2819c223-7f76-453a-919d-413861904646",
                      "{\"value\":\"Admin\"}",
                      "2011-05-13T04:42:34Z",
                      "{")
                  .get(r.nextInt(7)));
      case 5 -> NODES.stringNode(KEYS.get(r.nextInt(KEYS.size())));
      case 6 -> {
        ArrayNode a = NODES.arrayNode();
        int n = r.nextInt(3);
        for (int i = 0; i < n; i++) {
          a.add(randomJson(r, depth - 1));
        }
        yield a;
      }
      default -> {
        ObjectNode o = NODES.objectNode();
        int n = r.nextInt(4);
        for (int i = 0; i < n; i++) {
          o.set(KEYS.get(r.nextInt(KEYS.size())), randomJson(r, depth - 1));
        }
        yield o;
      }
    };
  }
}
