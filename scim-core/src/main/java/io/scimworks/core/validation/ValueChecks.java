package io.scimworks.core.validation;

import io.scimworks.core.ScimException;
import io.scimworks.core.ScimType;
import io.scimworks.core.json.ScimJson;
import io.scimworks.core.schema.AttributeDefinition;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.StringNode;

/** Type checks, coercions and canonical values of simple (non-complex) values. */
final class ValueChecks {
  private ValueChecks() {}

  /** The value, possibly coerced to the attribute's type; throws naming {@code label}. */
  static JsonNode check(
      AttributeDefinition def, JsonNode v, Object label, ValidationOptions options) {
    JsonNode out =
        switch (def.type()) {
          case STRING, REFERENCE -> string(v, label, options);
          case BOOLEAN -> bool(v, label, options);
          case INTEGER -> integer(v, label, options);
          case DECIMAL -> decimal(v, label, options);
          case DATE_TIME -> dateTime(v, label);
          case BINARY -> binary(v, label);
          case COMPLEX -> throw new IllegalStateException("complex values are walked, not checked");
        };
    if (def.type() == io.scimworks.core.schema.AttributeType.STRING
        && !def.canonicalValues().isEmpty()
        && (def.enforceCanonicalValues() || options.enforceAllCanonicalValues())) {
      return canonical(def, out, label);
    }
    return out;
  }

  private static JsonNode string(JsonNode v, Object label, ValidationOptions options) {
    if (v instanceof StringNode) {
      return v;
    }
    if (options.coerceNumberStrings() && (v.isNumber() || v.isBoolean())) {
      return ScimJson.nodes().stringNode(v.asString());
    }
    throw invalid(label + " must be a string, got " + describe(v));
  }

  private static JsonNode bool(JsonNode v, Object label, ValidationOptions options) {
    if (v instanceof BooleanNode) {
      return v;
    }
    if (options.coerceBooleanStrings() && v.isString()) {
      String s = v.stringValue().trim();
      if (s.equalsIgnoreCase("true")) {
        return ScimJson.nodes().booleanNode(true);
      }
      if (s.equalsIgnoreCase("false")) {
        return ScimJson.nodes().booleanNode(false);
      }
    }
    throw invalid(label + " must be a boolean, got " + describe(v));
  }

  private static JsonNode integer(JsonNode v, Object label, ValidationOptions options) {
    if (v.isIntegralNumber()) {
      return v;
    }
    if (options.coerceNumberStrings() && v.isString()) {
      try {
        BigInteger i = new BigInteger(v.stringValue().trim());
        return i.bitLength() < 64
            ? ScimJson.nodes().numberNode(i.longValue())
            : ScimJson.nodes().numberNode(i);
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    throw invalid(label + " must be an integer, got " + describe(v));
  }

  private static JsonNode decimal(JsonNode v, Object label, ValidationOptions options) {
    if (v.isNumber()) {
      return v;
    }
    if (options.coerceNumberStrings() && v.isString()) {
      try {
        return ScimJson.nodes().numberNode(new BigDecimal(v.stringValue().trim()));
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    throw invalid(label + " must be a decimal number, got " + describe(v));
  }

  private static JsonNode dateTime(JsonNode v, Object label) {
    if (v.isString()) {
      try {
        DateTimeFormatter.ISO_DATE_TIME.parse(v.stringValue());
        return v;
      } catch (DateTimeParseException e) {
        // reported below
      }
    }
    throw invalid(label + " must be an RFC 3339 date-time, got " + describe(v));
  }

  private static JsonNode binary(JsonNode v, Object label) {
    if (v instanceof StringNode) {
      if (isBase64(v.stringValue())) {
        return v;
      }
    }
    throw invalid(label + " must be base64-encoded binary");
  }

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

  private static JsonNode canonical(AttributeDefinition def, JsonNode v, Object label) {
    String s = v.stringValue();
    List<String> allowed = def.canonicalValues();
    for (String c : allowed) {
      if (c.equals(s)) {
        return v;
      }
    }
    if (!def.caseExact()) {
      for (String c : allowed) {
        if (c.equalsIgnoreCase(s)) {
          return ScimJson.nodes().stringNode(c); // write the canonical spelling
        }
      }
    }
    throw invalid(
        label + " value '" + s + "' is not allowed; allowed values: " + String.join(", ", allowed));
  }

  static String describe(JsonNode v) {
    String text = v.toString();
    return text.length() > 40 ? text.substring(0, 40) + "..." : text;
  }

  static ScimException invalid(String detail) {
    return ScimException.of(ScimType.INVALID_VALUE, detail);
  }
}
