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

  /**
   * The largest integer a number written with a fraction or an exponent may be: 2<sup>53</sup> − 1
   * (JavaScript's largest safe integer). Such a number arrives as a double, and beyond it a double
   * no longer tells neighbouring integers apart ({@code 9007199254740993.0} reads as {@code
   * 9007199254740992}).
   */
  public static final long MAX_SAFE_INTEGER = (1L << 53) - 1;

  private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
  private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

  /**
   * RFC 7643 §2.3.4: an integer is "a decimal number with no fractional part", and JSON has one
   * number type (RFC 8259 §6), so {@code 1e3}, {@code 1000.0} and {@code 1000} are the same
   * integer, stored as {@code 1000} (the node a parser makes of {@code 1000}, so equal values
   * compare equal). Integers are signed 64-bit ({@code long}: Java's, SQL's {@code bigint}); beyond
   * that, with a fraction ({@code 1.5}, {@code 15e-1}) or beyond a double ({@code 1e400}) it is
   * refused. A number written with a fraction or an exponent reaches the tree as a double, which is
   * exact only up to 2<sup>53</sup>: such a form beyond it is refused too (plain digits are exact
   * up to the {@code long} range).
   */
  private static JsonNode integer(JsonNode v, Object label, Coercions c, boolean secret) {
    if (v.isNumber()) {
      return wholeNumber(v, label, secret);
    }
    if (c.numberStrings() && v.isString() && v.stringValue().length() <= 100) {
      BigDecimal d;
      try {
        d = new BigDecimal(v.stringValue().trim());
      } catch (NumberFormatException e) {
        throw invalid(label + " must be an integer, got " + shown(v, secret));
      }
      return wholeDecimal(d, label, shown(v, secret));
    }
    throw invalid(label + " must be an integer, got " + shown(v, secret));
  }

  /** A number node as the integer it holds, in canonical form. */
  private static JsonNode wholeNumber(JsonNode v, Object label, boolean secret) {
    if (v.isInt() || v.isLong()) {
      return v.isLong() && v.canConvertToInt() ? NODES.numberNode(v.intValue()) : v;
    }
    if (v.isIntegralNumber()) { // short or BigInteger
      if (!v.canConvertToLong()) {
        throw outOfRange(label, shown(v, secret));
      }
      return integerNode(v.longValue());
    }
    if (v.isBigDecimal()) {
      return wholeDecimal(v.decimalValue(), label, shown(v, secret));
    }
    double d = v.doubleValue();
    if (!Double.isFinite(d)) {
      throw outOfRange(label, "a number beyond the range of a double");
    }
    if (d != Math.rint(d)) {
      throw fraction(label);
    }
    if (Math.abs(d) > MAX_SAFE_INTEGER) {
      throw invalid(
          label
              + " must be an integer; one written with a fraction or an exponent must lie within"
              + " ±"
              + MAX_SAFE_INTEGER
              + " (beyond it a double loses digits): write it in plain digits");
    }
    return integerNode((long) d);
  }

  /** A decimal as the integer it holds; the range is compared first, so 1e999999999 is cheap. */
  private static JsonNode wholeDecimal(BigDecimal d, Object label, String shown) {
    if (d.compareTo(LONG_MIN) < 0 || d.compareTo(LONG_MAX) > 0) {
      throw outOfRange(label, shown);
    }
    if (d.signum() != 0 && d.stripTrailingZeros().scale() > 0) {
      throw fraction(label);
    }
    return integerNode(d.longValueExact());
  }

  /** The node a JSON parser makes of the digits of {@code n}: an int node when it fits. */
  private static JsonNode integerNode(long n) {
    return n == (int) n ? NODES.numberNode((int) n) : NODES.numberNode(n);
  }

  private static ScimException fraction(Object label) {
    return invalid(label + " must be an integer (a whole number), got a number with a fraction");
  }

  private static ScimException outOfRange(Object label, String shown) {
    return invalid(
        label
            + " must be an integer from "
            + Long.MIN_VALUE
            + " to "
            + Long.MAX_VALUE
            + ", got "
            + shown);
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
