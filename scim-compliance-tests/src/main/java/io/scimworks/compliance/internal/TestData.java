package io.scimworks.compliance.internal;

import io.scimworks.core.json.ScimJson;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds resources from the target's own schemas: every required attribute, canonical values where
 * the schema lists them, the common optional attributes the schema has, all under one unique prefix
 * so that the run's data can be told apart from anything else and swept afterwards.
 */
public final class TestData {
  private final String prefix;
  private final Target target;
  private final AtomicInteger counter = new AtomicInteger();

  /** Data named {@code prefix...} for {@code target}. */
  public TestData(String prefix, Target target) {
    this.prefix = prefix;
    this.target = target;
  }

  /** The prefix every generated name starts with (lower case). */
  public String prefix() {
    return prefix;
  }

  /** A new unique lower-case name: {@code prefix + what + n}. */
  public String unique(String what) {
    return prefix + what + counter.incrementAndGet();
  }

  /** A new user: a unique {@code userName} and whatever else the schema asks for or offers. */
  public ObjectNode user() {
    String n = String.valueOf(counter.incrementAndGet());
    String userName = prefix + "u" + n + "@example.com";
    ObjectNode user = ScimJson.object();
    ArrayNode schemas = user.putArray("schemas").add(Target.USER);
    for (JsonNode a : target.attributes(Target.USER)) {
      if (a.path("required").asBoolean(false) && writable(a)) {
        user.set(a.path("name").asString(), value(a, prefix + a.path("name").asString() + n));
      }
    }
    user.put("userName", userName);
    user.put("externalId", prefix + "ext" + n); // a common attribute (RFC 7643 §3.1)
    if (has(Target.USER, "displayName")) {
      user.put("displayName", "Compliance User " + n + " " + prefix);
    }
    if (has(Target.USER, "name")) {
      ObjectNode name = user.putObject("name");
      name.put("givenName", "Given" + n);
      name.put("familyName", "Family" + n);
      name.put("formatted", "Given" + n + " Family" + n);
    }
    if (has(Target.USER, "emails")) {
      ObjectNode email = user.putArray("emails").addObject();
      email.put("value", userName);
      email.put("type", canonical(Target.USER, "emails", "type", "work"));
      email.put("primary", true);
    }
    if (has(Target.USER, "active")) {
      user.put("active", true);
    }
    if (has(Target.USER, "title")) {
      user.put("title", "Engineer");
    }
    JsonNode userType = target.attribute(Target.USER, "userType");
    if (userType != null && userType.path("canonicalValues").size() > 0) {
      user.put("userType", userType.path("canonicalValues").get(0).asString());
    }
    for (JsonNode ext : requiredExtensions()) {
      String urn = ext.path("schema").asString();
      schemas.add(urn);
      ObjectNode e = user.putObject(urn);
      for (JsonNode a : target.attributes(urn)) {
        if (a.path("required").asBoolean(false) && writable(a)) {
          e.set(a.path("name").asString(), value(a, prefix + a.path("name").asString() + n));
        }
      }
    }
    return user;
  }

  /** A new group without members. */
  public ObjectNode group() {
    ObjectNode group = ScimJson.object();
    group.putArray("schemas").add(Target.GROUP);
    String n = String.valueOf(counter.incrementAndGet());
    for (JsonNode a : target.attributes(Target.GROUP)) {
      if (a.path("required").asBoolean(false) && writable(a)) {
        group.set(a.path("name").asString(), value(a, prefix + a.path("name").asString() + n));
      }
    }
    group.put("displayName", prefix + "group" + n);
    group.put("externalId", prefix + "gext" + n);
    return group;
  }

  /** A group whose members are the users with these ids. */
  public ObjectNode group(List<String> memberIds) {
    ObjectNode group = group();
    ArrayNode members = group.putArray("members");
    memberIds.forEach(id -> members.addObject().put("value", id));
    return group;
  }

  /** The canonical value {@code wanted} of {@code parent.sub} when allowed, else the first one. */
  public String canonical(String schema, String parent, String sub, String wanted) {
    JsonNode def = target.subAttribute(schema, parent, sub);
    if (def == null || def.path("canonicalValues").isEmpty()) {
      return wanted;
    }
    for (JsonNode v : def.path("canonicalValues")) {
      if (v.asString("").equalsIgnoreCase(wanted)) {
        return v.asString();
      }
    }
    return def.path("canonicalValues").get(0).asString();
  }

  private List<JsonNode> requiredExtensions() {
    ObjectNode type = target.typeFor(Target.USER);
    java.util.ArrayList<JsonNode> required = new java.util.ArrayList<>();
    if (type != null) {
      for (JsonNode e : type.path("schemaExtensions")) {
        if (e.path("required").asBoolean(false)) {
          required.add(e);
        }
      }
    }
    return required;
  }

  private boolean has(String schema, String attribute) {
    JsonNode a = target.attribute(schema, attribute);
    return a != null && writable(a);
  }

  private static boolean writable(JsonNode a) {
    String m = a.path("mutability").asString("readWrite").toLowerCase(Locale.ROOT);
    return !m.equals("readonly") && !a.path("name").asString("").equalsIgnoreCase("id");
  }

  private JsonNode value(JsonNode a, String text) {
    JsonNode canonical = a.path("canonicalValues");
    String type = a.path("type").asString("string").toLowerCase(Locale.ROOT);
    JsonNode one =
        switch (type) {
          case "boolean" -> ScimJson.nodes().booleanNode(true);
          case "integer" -> ScimJson.nodes().numberNode(1);
          case "decimal" -> ScimJson.nodes().numberNode(1.5);
          case "datetime" -> ScimJson.nodes().stringNode("2024-01-01T00:00:00Z");
          case "reference" -> ScimJson.nodes().stringNode("https://example.com/" + text);
          case "binary" -> ScimJson.nodes().stringNode("AAAA");
          case "complex" -> complex(a, text);
          default ->
              canonical.isArray() && !canonical.isEmpty()
                  ? canonical.get(0)
                  : ScimJson.nodes().stringNode(text);
        };
    if (a.path("multiValued").asBoolean(false)) {
      ArrayNode many = ScimJson.array();
      many.add(one);
      return many;
    }
    return one;
  }

  private JsonNode complex(JsonNode a, String text) {
    ObjectNode o = ScimJson.object();
    for (JsonNode sub : a.path("subAttributes")) {
      if (sub.path("name").asString("").equals("value") || sub.path("required").asBoolean(false)) {
        o.set(sub.path("name").asString(), value(sub, text));
      }
    }
    return o;
  }

  @Override
  public String toString() {
    return "TestData[" + prefix + "]";
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
