package io.scimworks.core.fuzz;

import static io.scimworks.core.fuzz.FuzzValues.quoted;
import static io.scimworks.core.fuzz.FuzzValues.text;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.util.StringJoiner;

/**
 * Users and groups as JSON text built from fuzzer data: the attributes identity providers send
 * (name, emails, phone numbers, roles, certificates, addresses, the enterprise extension, members),
 * each present or not, with awkward values, and now and then an attribute the schema does not
 * define.
 */
final class FuzzResources {
  private static final String USER_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User";
  private static final String GROUP_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:Group";
  private static final String[] REFERENCES = {
    "https://example.com/photos/1.jpg",
    "urn:example:x",
    "../Users/2819c223",
    "h t t p",
    "::x y",
    "^^",
    "%zz",
    "http://[::1",
    "",
    "a\u0000b"
  };

  private FuzzResources() {}

  static String user(FuzzedDataProvider data) {
    StringJoiner members = new StringJoiner(",", "{", "}");
    boolean enterprise = data.consumeBoolean();
    members.add("\"schemas\":" + schemas(data, USER_SCHEMA, enterprise));
    members.add("\"userName\":" + quoted(text(data)));
    if (data.consumeBoolean()) {
      members.add(
          "\"name\":{\"givenName\":"
              + quoted(text(data))
              + ",\"familyName\":"
              + quoted(text(data))
              + "}");
    }
    if (data.consumeBoolean()) {
      members.add("\"displayName\":" + quoted(text(data)));
    }
    if (data.consumeBoolean()) {
      members.add("\"active\":" + data.consumeBoolean());
    }
    if (data.consumeBoolean()) {
      members.add("\"emails\":" + multi(data, true));
    }
    if (data.consumeBoolean()) {
      members.add("\"phoneNumbers\":" + multi(data, false));
    }
    if (data.consumeBoolean()) {
      members.add("\"roles\":" + multi(data, false));
    }
    if (data.consumeInt(0, 3) == 0) {
      members.add("\"profileUrl\":" + quoted(reference(data)));
    }
    if (data.consumeInt(0, 3) == 0) {
      members.add("\"photos\":[{\"value\":" + quoted(reference(data)) + ",\"type\":\"photo\"}]");
    }
    if (data.consumeBoolean()) {
      members.add("\"x509Certificates\":[{\"value\":\"QUJD\"}]");
    }
    if (data.consumeBoolean()) {
      members.add("\"addresses\":[{\"type\":\"work\",\"locality\":" + quoted(text(data)) + "}]");
    }
    if (data.consumeInt(0, 3) == 0) {
      members.add(
          "\"meta\":{\"created\":"
              + quoted(data.pickValue(FuzzValues.DATES))
              + ",\"lastModified\":"
              + quoted(data.pickValue(FuzzValues.DATES))
              + "}");
    }
    if (enterprise) {
      members.add(
          "\""
              + FuzzValues.ENTERPRISE
              + "\":{\"employeeNumber\":"
              + quoted(text(data))
              + ",\"manager\":{\"value\":"
              + quoted(text(data))
              + "}}");
    }
    if (data.consumeInt(0, 7) == 0) {
      members.add(quoted(FuzzValues.name(data)) + ":" + FuzzValues.value(data, 2));
    }
    if (data.consumeInt(0, 15) == 0) {
      members.add("\"userName\":" + quoted(text(data))); // the same member twice
    }
    return members.toString();
  }

  static String group(FuzzedDataProvider data) {
    StringJoiner members = new StringJoiner(",", "{", "}");
    members.add("\"schemas\":" + schemas(data, GROUP_SCHEMA, false));
    members.add("\"displayName\":" + quoted(text(data)));
    if (data.consumeBoolean()) {
      StringJoiner list = new StringJoiner(",", "[", "]");
      int n = data.consumeInt(0, 3);
      for (int i = 0; i < n; i++) {
        list.add(
            "{\"value\":"
                + quoted(text(data))
                + (data.consumeBoolean() ? ",\"type\":\"User\"" : "")
                + (data.consumeInt(0, 3) == 0 ? ",\"$ref\":" + quoted(reference(data)) : "")
                + (data.consumeBoolean() ? ",\"display\":" + quoted(text(data)) : "")
                + "}");
      }
      members.add("\"members\":" + list);
    }
    if (data.consumeInt(0, 7) == 0) {
      members.add(quoted(FuzzValues.name(data)) + ":" + FuzzValues.value(data, 2));
    }
    return members.toString();
  }

  /**
   * {@code schemas}: most of the time the resource's own (and the enterprise extension's), now and
   * then empty, missing the core schema, naming the other type's, an unknown URN or no URI at all.
   */
  private static String schemas(FuzzedDataProvider data, String core, boolean enterprise) {
    String extension = enterprise ? ",\"" + FuzzValues.ENTERPRISE + "\"" : "";
    String other = core.equals(USER_SCHEMA) ? GROUP_SCHEMA : USER_SCHEMA;
    return switch (data.consumeInt(0, 15)) {
      case 0 -> "[]";
      case 1 -> "[" + (enterprise ? quoted(FuzzValues.ENTERPRISE) : "") + "]";
      case 2 -> "[\"" + other + "\"" + extension + "]";
      case 3 -> "[\"" + core + "\"" + extension + ",\"urn:example:unknown:1.0\"]";
      case 4 -> "[\"" + core + "\"" + extension + "," + quoted(reference(data)) + "]";
      case 5 -> "[\"" + core + "\",\"" + core + "\"" + extension + "]";
      default -> "[\"" + core + "\"" + extension + "]";
    };
  }

  /** A reference: a URL, a URN, a relative reference, or something that is no URI reference. */
  private static String reference(FuzzedDataProvider data) {
    return data.consumeBoolean() ? data.pickValue(REFERENCES) : text(data);
  }

  /** Up to three {@code value}/{@code type}/{@code primary} elements. */
  private static String multi(FuzzedDataProvider data, boolean display) {
    StringJoiner elements = new StringJoiner(",", "[", "]");
    int n = data.consumeInt(1, 3);
    for (int i = 0; i < n; i++) {
      StringJoiner e = new StringJoiner(",", "{", "}");
      e.add("\"value\":" + quoted(text(data)));
      if (data.consumeBoolean()) {
        e.add("\"type\":" + quoted(data.pickValue(new String[] {"work", "home", "other"})));
      }
      if (data.consumeBoolean()) {
        e.add("\"primary\":" + data.consumeBoolean());
      }
      if (display && data.consumeBoolean()) {
        e.add("\"display\":" + quoted(text(data)));
      }
      elements.add(e.toString());
    }
    return elements.toString();
  }
}
