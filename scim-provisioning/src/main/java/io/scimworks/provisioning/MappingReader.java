package io.scimworks.provisioning;

import io.scimworks.filter.Filter;
import io.scimworks.filter.FilterParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Turns a mapping file's JSON into {@link Mappings}, naming the line of any problem. */
final class MappingReader {
  private static final Set<String> ROOT_KEYS = Set.of("users", "groups");
  private static final Set<String> OBJECT_KEYS = Set.of("scope", "scopingFilter", "mappings");
  private static final Set<String> MAPPING_KEYS =
      Set.of("target", "source", "constant", "expression", "default", "apply", "matching");

  private final LocatedJson json;

  MappingReader(LocatedJson json) {
    this.json = json;
  }

  Mappings read() {
    ObjectNode root = object(json.root(), "the mapping file must be a JSON object");
    keys(root, ROOT_KEYS);
    JsonNode users = root.get("users");
    if (users == null) {
      throw new MappingException(json.line(root), "'users' is missing");
    }
    JsonNode groups = root.get("groups");
    return new Mappings(
        objectMappings(users, "users"), groups == null ? null : objectMappings(groups, "groups"));
  }

  private ObjectMappings objectMappings(JsonNode node, String name) {
    ObjectNode o = object(node, "'" + name + "' must be an object");
    keys(o, OBJECT_KEYS);
    ObjectMappings.Scope scope = ObjectMappings.Scope.ASSIGNED;
    JsonNode s = o.get("scope");
    if (s != null) {
      String text = string(s, "'scope' must be \"assigned\" or \"all\"");
      scope =
          switch (text.toLowerCase(Locale.ROOT)) {
            case "assigned" -> ObjectMappings.Scope.ASSIGNED;
            case "all" -> ObjectMappings.Scope.ALL;
            default ->
                throw new MappingException(
                    json.line(s), "'scope' must be \"assigned\" or \"all\", not \"" + text + "\"");
          };
    }
    Filter filter = null;
    JsonNode f = o.get("scopingFilter");
    if (f != null && !f.isNull()) {
      String text = string(f, "'scopingFilter' must be a SCIM filter string");
      try {
        filter = FilterParser.defaults().parseFilter(text);
      } catch (RuntimeException e) {
        throw new MappingException(json.line(f), "bad scopingFilter: " + e.getMessage(), e);
      }
    }
    JsonNode m = o.get("mappings");
    if (m == null || !m.isArray()) {
      throw new MappingException(json.line(o), "'" + name + "' needs a 'mappings' array");
    }
    List<AttributeMapping> mappings = new ArrayList<>();
    for (JsonNode element : m) {
      mappings.add(mapping(element));
    }
    try {
      return new ObjectMappings(scope, filter, mappings);
    } catch (IllegalArgumentException e) {
      throw new MappingException(json.line(m), "in '" + name + "': " + e.getMessage(), e);
    }
  }

  private AttributeMapping mapping(JsonNode node) {
    ObjectNode o =
        object(node, "a mapping must be an object like {\"target\": ..., \"source\": ...}");
    keys(o, MAPPING_KEYS);
    int line = json.line(o);
    JsonNode t = o.get("target");
    if (t == null) {
      throw new MappingException(line, "a mapping needs a 'target'");
    }
    String target = string(t, "'target' must be an attribute path string");
    int kinds =
        (o.has("source") ? 1 : 0) + (o.has("constant") ? 1 : 0) + (o.has("expression") ? 1 : 0);
    if (kinds != 1) {
      throw new MappingException(
          line,
          "mapping of " + target + " needs exactly one of 'source', 'constant', 'expression'");
    }
    Expression source;
    try {
      if (o.has("source")) {
        source =
            Expression.attribute(string(o.get("source"), "'source' must be an attribute name"));
        JsonNode d = o.get("default");
        if (d != null) {
          source = new Expression.DefaultIfEmpty(source, new Expression.Constant(scalar(d)));
        }
      } else if (o.has("constant")) {
        source = new Expression.Constant(scalar(o.get("constant")));
      } else {
        source = Expression.parse(string(o.get("expression"), "'expression' must be a string"));
      }
      if (o.has("default") && !o.has("source")) {
        throw new IllegalArgumentException("'default' goes with 'source' only");
      }
      AttributeMapping.Apply apply = AttributeMapping.Apply.ALWAYS;
      JsonNode a = o.get("apply");
      if (a != null) {
        String text = string(a, "'apply' must be \"always\" or \"onCreate\"");
        apply =
            switch (text.toLowerCase(Locale.ROOT)) {
              case "always" -> AttributeMapping.Apply.ALWAYS;
              case "oncreate" -> AttributeMapping.Apply.ON_CREATE;
              default ->
                  throw new IllegalArgumentException(
                      "'apply' must be \"always\" or \"onCreate\", not \"" + text + "\"");
            };
      }
      int rank = 0;
      JsonNode r = o.get("matching");
      if (r != null) {
        if (!r.isIntegralNumber() || r.asInt() < 1 || r.asInt() > 100) {
          throw new IllegalArgumentException("'matching' must be a rank from 1 to 100");
        }
        rank = r.asInt();
      }
      return new AttributeMapping(target, source, apply, rank);
    } catch (MappingException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw new MappingException(line, "mapping of " + target + ": " + e.getMessage(), e);
    }
  }

  private JsonNode scalar(JsonNode v) {
    if (!(v.isString() || v.isNumber() || v.isBoolean())) {
      throw new MappingException(json.line(v), "a constant must be a string, number or boolean");
    }
    return v;
  }

  private ObjectNode object(JsonNode node, String message) {
    if (node instanceof ObjectNode o) {
      return o;
    }
    throw new MappingException(json.line(node), message);
  }

  private String string(@Nullable JsonNode node, String message) {
    if (node != null && node.isString()) {
      return node.stringValue();
    }
    throw new MappingException(node == null ? 1 : json.line(node), message);
  }

  private void keys(ObjectNode o, Set<String> allowed) {
    for (Map.Entry<String, JsonNode> e : o.properties()) {
      if (!allowed.contains(e.getKey())) {
        throw new MappingException(
            json.line(e.getValue()),
            "unknown key '"
                + e.getKey()
                + "' (expected one of "
                + String.join(", ", sorted(allowed))
                + ")");
      }
    }
  }

  private static List<String> sorted(Set<String> keys) {
    return keys.stream().sorted().toList();
  }
}
