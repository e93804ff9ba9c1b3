package io.scimworks.core.schema.internal;

import io.scimworks.core.CaseFolding;
import io.scimworks.core.ScimException;
import io.scimworks.core.ScimType;
import io.scimworks.core.internal.Shown;
import io.scimworks.core.schema.AttributeDefinition;
import io.scimworks.core.schema.AttributeType;
import io.scimworks.core.schema.Mutability;
import io.scimworks.core.schema.Returned;
import io.scimworks.filter.DateTimes;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.StringNode;

/**
 * The one check of simple (non-complex) values that validation and the PATCH engine share: the JSON
 * type the attribute's SCIM type needs, the coercions a caller turned on, and {@code
 * canonicalValues} where enforced, written in their canonical spelling. What one accepts, the other
 * accepts.
 */
public final class SimpleValues {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private SimpleValues() {}

  /**
   * Which coercions apply.
   *
   * @param booleanStrings {@code "True"}/{@code "False"} (any case, trimmed) for booleans
   * @param numberStrings numbers written as strings for integers and decimals
   * @param allCanonicalValues enforce {@code canonicalValues} on every attribute that lists some,
   *     not only on those flagged {@link AttributeDefinition#enforceCanonicalValues()}
   */
  public record Coercions(
      boolean booleanStrings, boolean numberStrings, boolean allCanonicalValues) {}

  /**
   * The value {@code v} for attribute {@code def}, coerced where {@code c} allows.
   *
   * @param label where the value sits, for the error ({@code emails[1].primary})
   * @throws ScimException 400 {@code invalidValue} naming {@code label}
   */
  public static JsonNode check(AttributeDefinition def, JsonNode v, Object label, Coercions c) {
    boolean secret = isSecret(def);
    JsonNode out =
        switch (def.type()) {
          case STRING -> string(v, label, secret);
          case REFERENCE -> reference(v, label, secret);
          case BOOLEAN -> bool(v, label, c, secret);
          case INTEGER -> integer(v, label, c, secret);
          case DECIMAL -> decimal(v, label, c, secret);
          case DATE_TIME -> dateTime(v, label, secret);
          case BINARY -> binary(v, label, secret);
          case COMPLEX -> throw new IllegalArgumentException("complex values are walked");
        };
    if (def.type() == AttributeType.STRING
        && !def.canonicalValues().isEmpty()
        && (def.enforceCanonicalValues() || c.allCanonicalValues())) {
      return canonical(def, out, label, secret);
    }
    return out;
  }

  /**
   * Whether errors must not quote the attribute's values: one never returned ({@code password}) or
   * write-only. What a response may never show, an error detail (which clients, proxies and
   * provisioning logs keep) must not show either, even when the client sent it in the wrong shape.
   */
  private static boolean isSecret(AttributeDefinition def) {
    return def.returned() == Returned.NEVER || def.mutability() == Mutability.WRITE_ONLY;
  }

  /** The value as an error quotes it: {@link Shown#value}, or only its kind when secret. */
  private static String shown(JsonNode v, boolean secret) {
    return secret ? Shown.kind(v) : Shown.value(v);
  }

  private static JsonNode string(JsonNode v, Object label, boolean secret) {
    if (v instanceof StringNode) {
      return v;
    }
    throw invalid(label + " must be a string, got " + shown(v, secret));
  }

  /**
   * RFC 7643 §2.3.7: a reference is a URI (a resource of the service, an external resource, or a
   * URI such as a schema URN): text that does not parse as an RFC 3986 URI reference is refused, so
   * that what a client reads back is a link it can follow. The scheme is not restricted.
   */
  private static JsonNode reference(JsonNode v, Object label, boolean secret) {
    JsonNode s = string(v, label, secret);
    try {
      new URI(s.stringValue());
      return s;
    } catch (URISyntaxException e) {
      throw invalid(
          label
              + " must be a URI reference (RFC 7643 §2.3.7), got "
              + shown(v, secret)
              + ": "
              + e.getReason()
              + " at index "
              + e.getIndex());
    }
  }

  private static JsonNode bool(JsonNode v, Object label, Coercions c, boolean secret) {
    if (v instanceof BooleanNode) {
      return v;
    }
    if (c.booleanStrings() && v.isString()) {
      Boolean b = booleanString(v.stringValue());
      if (b != null) {
        return BooleanNode.valueOf(b);
      }
    }
    throw invalid(label + " must be a boolean, got " + shown(v, secret));
  }

  /**
   * The boolean that {@code s} spells under the {@link Coercions#booleanStrings()} coercion: {@code
   * "true"} or {@code "false"} in any case, surrounding white space ignored. Entra ID sends {@code
   * "True"}; PATCH value filters, validation and the typed views all read it by this one rule.
   *
   * @param s the string as received
   * @return the boolean, or {@code null} when {@code s} spells neither
   */
  public static @Nullable Boolean booleanString(String s) {
    String t = s.trim();
    if (t.equalsIgnoreCase("true")) {
      return Boolean.TRUE;
    }
    if (t.equalsIgnoreCase("false")) {
      return Boolean.FALSE;
    }
    return null;
  }

  private static JsonNode integer(JsonNode v, Object label, Coercions c, boolean secret) {
    if (v.isIntegralNumber()) {
      return v;
    }
    if (c.numberStrings() && v.isString() && v.stringValue().length() <= 100) {
      try {
        BigInteger i = new BigInteger(v.stringValue().trim());
        return i.bitLength() < 64 ? NODES.numberNode(i.longValue()) : NODES.numberNode(i);
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    throw invalid(label + " must be an integer, got " + shown(v, secret));
  }

  private static JsonNode decimal(JsonNode v, Object label, Coercions c, boolean secret) {
    if (v.isNumber()) {
      if ((v.isDouble() || v.isFloat()) && !Double.isFinite(v.doubleValue())) {
        // a number beyond a double's range, read as infinity: JSON would write it as a string
        throw invalid(label + " must be a decimal number within the range of a double");
      }
      return v;
    }
    if (c.numberStrings() && v.isString() && v.stringValue().length() <= 100) {
      try {
        return NODES.numberNode(new BigDecimal(v.stringValue().trim()));
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    throw invalid(label + " must be a decimal number, got " + shown(v, secret));
  }

  private static JsonNode dateTime(JsonNode v, Object label, boolean secret) {
    if (v.isString() && DateTimes.parse(v.stringValue()) != null) {
      return v; // what filters and sorting read as an instant, so that a filter finds it
    }
    throw invalid(
        label
            + " must be an RFC 3339 date-time such as \"2011-05-13T04:42:34Z\", got "
            + shown(v, secret));
  }

  private static JsonNode binary(JsonNode v, Object label, boolean secret) {
    if (v instanceof StringNode && isBase64(v.stringValue())) {
      return v;
    }
    throw invalid(label + " must be base64-encoded binary, got " + shown(v, secret));
  }

  /** RFC 4648 base64 or base64url; padding and whitespace (line breaks) allowed. */
  private static boolean isBase64(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok =
          (c >= 'A' && c <= 'Z')
              || (c >= 'a' && c <= 'z')
              || (c >= '0' && c <= '9')
              || c == '+'
              || c == '/'
              || c == '='
              || c == '-'
              || c == '_'
              || Character.isWhitespace(c);
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /** A value the schema restricts to its {@code canonicalValues}, in their canonical spelling. */
  private static JsonNode canonical(
      AttributeDefinition def, JsonNode v, Object label, boolean secret) {
    String s = v.stringValue();
    List<String> allowed = def.canonicalValues();
    for (String c : allowed) {
      if (c.equals(s)) {
        return v;
      }
    }
    if (!def.caseExact()) {
      for (String c : allowed) {
        if (CaseFolding.equal(c, s)) {
          return NODES.stringNode(c);
        }
      }
    }
    throw invalid(
        label
            + (secret ? " value" : " value '" + Shown.text(s) + "'")
            + " is not allowed; allowed values: "
            + String.join(", ", allowed));
  }

  private static ScimException invalid(String detail) {
    return ScimException.of(ScimType.INVALID_VALUE, detail);
  }
}
