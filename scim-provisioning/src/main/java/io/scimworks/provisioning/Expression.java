package io.scimworks.provisioning;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Where a target attribute's value comes from: a source attribute, a constant, or a function of
 * those, written as in Entra ID's attribute mappings.
 *
 * <pre>{@code
 * Expression.parse("[userPrincipalName]");
 * Expression.parse("Not([IsSoftDeleted])");
 * Expression.parse("Join(\" \", [givenName], [surname])");
 * Expression.parse("DefaultIfEmpty([jobTitle], \"Staff\")");
 * Expression.parse("Switch([employeeType], \"member\", \"Admin\", \"admin\", \"Guest\", \"guest\")");
 * Expression.parse("SingleAppRoleAssignment([appRoleAssignments])");    // to roles[primary eq "True"].value
 * Expression.parse("AppRoleAssignmentsComplex([appRoleAssignments])");  // to roles
 * }</pre>
 *
 * <p>An empty value (absent, JSON null or the empty string) is {@code null}: a target attribute
 * whose value is empty is not sent on create and is removed on update. Besides the source's own
 * attributes, {@code [IsSoftDeleted]} (a boolean) and {@code [objectId]} (the source id, unless the
 * source has an attribute of that name) can be read.
 */
public sealed interface Expression
    permits Expression.Attribute,
        Expression.Constant,
        Expression.Not,
        Expression.Join,
        Expression.DefaultIfEmpty,
        Expression.Switch,
        Expression.AppRoles {

  /**
   * Parses an expression.
   *
   * @param text the expression, as in a mapping file
   * @return the parsed expression
   * @throws IllegalArgumentException naming the position of the first error
   */
  static Expression parse(String text) {
    return new ExpressionParser(text).parse();
  }

  /**
   * The source attribute {@code name}.
   *
   * @param name the attribute, read case-insensitively
   * @return the expression
   * @throws IllegalArgumentException when the name is blank
   */
  static Expression attribute(String name) {
    return new Attribute(name);
  }

  /**
   * A constant string.
   *
   * @param value the string
   * @return the expression
   */
  static Expression constant(String value) {
    return new Constant(JsonNodeFactory.instance.stringNode(value));
  }

  /**
   * This expression's value for {@code source}.
   *
   * @param source the source object's values
   * @return the value, or {@code null} when empty (absent, null, empty string or empty array)
   */
  @Nullable JsonNode evaluate(SourceValues source);

  /**
   * A source attribute, read case-insensitively.
   *
   * @param name the attribute name
   */
  record Attribute(String name) implements Expression {
    /**
     * Rejects a blank name.
     *
     * @param name the attribute name
     */
    public Attribute {
      if (name.isBlank()) {
        throw new IllegalArgumentException("an attribute name must not be blank");
      }
    }

    @Override
    public @Nullable JsonNode evaluate(SourceValues source) {
      return empty(source.get(name));
    }
  }

  /**
   * A constant.
   *
   * @param value the value (a JSON string, number or boolean)
   */
  record Constant(JsonNode value) implements Expression {
    /**
     * Rejects a null value.
     *
     * @param value the value (a JSON string, number or boolean)
     */
    public Constant {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public @Nullable JsonNode evaluate(SourceValues source) {
      return empty(value);
    }
  }

  /**
   * {@code Not(x)}: true when {@code x} is false (the boolean or the string {@code "False"}, any
   * case) or empty; false otherwise. Maps {@code [IsSoftDeleted]} to {@code active}.
   *
   * @param operand the negated expression
   */
  record Not(Expression operand) implements Expression {
    @Override
    public JsonNode evaluate(SourceValues source) {
      JsonNode v = operand.evaluate(source);
      boolean truth =
          v != null && (v.isBoolean() ? v.booleanValue() : !v.asString().equalsIgnoreCase("false"));
      return JsonNodeFactory.instance.booleanNode(!truth);
    }
  }

  /**
   * {@code Join(separator, a, b, ...)}: the non-empty values joined by {@code separator}; the
   * elements of an array value each count as one value.
   *
   * @param separator what goes between the values
   * @param parts the joined expressions
   */
  record Join(String separator, List<Expression> parts) implements Expression {
    /**
     * Copies the parts.
     *
     * @param separator what goes between the values
     * @param parts the joined expressions
     */
    public Join {
      parts = List.copyOf(parts);
    }

    @Override
    public @Nullable JsonNode evaluate(SourceValues source) {
      StringJoiner joined = new StringJoiner(separator);
      for (Expression part : parts) {
        JsonNode v = part.evaluate(source);
        if (v == null) {
          continue;
        }
        if (v.isArray()) {
          for (JsonNode e : v) {
            if (empty(e) != null) {
              joined.add(e.asString());
            }
          }
        } else {
          joined.add(v.asString());
        }
      }
      return empty(JsonNodeFactory.instance.stringNode(joined.toString()));
    }
  }

  /**
   * {@code DefaultIfEmpty(x, fallback)}: {@code x}, or {@code fallback} when {@code x} is empty.
   *
   * @param value the preferred expression
   * @param fallback the expression used when {@code value} is empty
   */
  record DefaultIfEmpty(Expression value, Expression fallback) implements Expression {
    @Override
    public @Nullable JsonNode evaluate(SourceValues source) {
      JsonNode v = value.evaluate(source);
      return v != null ? v : fallback.evaluate(source);
    }
  }

  /**
   * {@code Switch(x, default, key1, value1, key2, value2, ...)}: the value of the first key equal
   * to {@code x} (ignoring case), else {@code default}. Maps source values to values a target
   * accepts, e.g. to the four {@code userType}s of a workspace.
   *
   * @param value the expression looked up
   * @param fallback the result when no key matches
   * @param cases the keys and their values, in order
   */
  record Switch(Expression value, Expression fallback, List<Case> cases) implements Expression {
    /**
     * Copies the cases.
     *
     * @param value the expression looked up
     * @param fallback the result when no key matches
     * @param cases the keys and their values, in order
     */
    public Switch {
      cases = List.copyOf(cases);
    }

    @Override
    public @Nullable JsonNode evaluate(SourceValues source) {
      JsonNode v = value.evaluate(source);
      String key = v == null ? "" : v.asString().toLowerCase(Locale.ROOT);
      for (Case c : cases) {
        JsonNode k = c.key().evaluate(source);
        String text = k == null ? "" : k.asString().toLowerCase(Locale.ROOT);
        if (text.equals(key)) {
          return c.evaluate(source);
        }
      }
      return fallback.evaluate(source);
    }
  }

  /**
   * One key and value of a {@link Switch}.
   *
   * @param key the key compared with the switched value
   * @param result the value when it matches
   */
  record Case(Expression key, Expression result) {
    @Nullable JsonNode evaluate(SourceValues source) {
      return result.evaluate(source);
    }
  }

  /**
   * The application roles assigned to a user, as Entra maps them. The source value is a list of
   * assignments, each a role value ({@code "Admin"}) or an object with a {@code value} (and
   * optionally {@code displayName}); a single assignment may stand alone.
   *
   * <ul>
   *   <li>{@code SingleAppRoleAssignment(x)}: the value of the first assignment, for a target like
   *       {@code roles[primary eq "True"].value};
   *   <li>{@code AppRoleAssignmentsComplex(x)}: every assignment as a role object, {@code
   *       {"primary": true, "type": "WindowsAzureActiveDirectoryRole", "value": "Admin"}} (the
   *       first one primary), for the target {@code roles}; sent whole, so a role no longer
   *       assigned is removed (Entra's "assertive" behaviour).
   * </ul>
   *
   * @param assignments the expression giving the assignments
   * @param complex whether every assignment is returned as a role object, or only the first value
   */
  record AppRoles(Expression assignments, boolean complex) implements Expression {
    /** The {@code type} of the roles Entra sends. */
    public static final String TYPE = "WindowsAzureActiveDirectoryRole";

    @Override
    public @Nullable JsonNode evaluate(SourceValues source) {
      JsonNode v = assignments.evaluate(source);
      if (v == null) {
        return null;
      }
      List<JsonNode> all = new java.util.ArrayList<>();
      if (v.isArray()) {
        v.forEach(all::add);
      } else {
        all.add(v);
      }
      var roles = JsonNodeFactory.instance.arrayNode();
      for (JsonNode a : all) {
        JsonNode value = a.isObject() ? a.get("value") : a;
        if (empty(value) == null || value.isContainer()) {
          continue;
        }
        if (!complex) {
          return JsonNodeFactory.instance.stringNode(value.asString());
        }
        var role = roles.addObject();
        role.put("primary", roles.size() == 1);
        role.put("type", TYPE);
        role.put("value", value.asString());
        JsonNode display = a.isObject() ? a.get("displayName") : null;
        if (display != null && display.isString() && !display.stringValue().isEmpty()) {
          role.put("display", display.stringValue());
        }
      }
      return complex ? empty(roles) : null;
    }
  }

  /** {@code null} for an absent, null or empty-string value; the value otherwise. */
  private static @Nullable JsonNode empty(@Nullable JsonNode v) {
    if (v == null || v.isNull() || v.isMissingNode()) {
      return null;
    }
    if (v.isString() && v.stringValue().isEmpty()) {
      return null;
    }
    if (v.isArray() && v.isEmpty()) {
      return null;
    }
    return v;
  }
}
