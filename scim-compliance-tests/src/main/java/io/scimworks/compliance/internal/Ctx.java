package io.scimworks.compliance.internal;

import io.scimworks.compliance.Exchange;
import io.scimworks.core.json.ScimJson;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a check works with: the wire (every exchange recorded for the report), what the target
 * advertises, test data, and assertions that fail with "expected ..., got ...".
 */
public final class Ctx {
  private static final String HEX = "0123456789ABCDEF";

  private final Wire wire;
  private final Target target;
  private final TestData data;
  private final Cleanup cleanup;
  private final List<Exchange> exchanges = new ArrayList<>();

  Ctx(Wire wire, Target target, TestData data, Cleanup cleanup) {
    this.wire = wire;
    this.target = target;
    this.data = data;
    this.cleanup = cleanup;
  }

  /** What the target advertises. */
  public Target target() {
    return target;
  }

  /** The bearer token, for checks that send it in another shape. */
  public String token() {
    return wire.token();
  }

  /** The test data generator. */
  public TestData data() {
    return data;
  }

  /** The exchanges so far. */
  public List<Exchange> exchanges() {
    return List.copyOf(exchanges);
  }

  /** The Users endpoint path ({@code /Users}). */
  public String users() {
    String e = target.endpoint(Target.USER);
    if (e == null) {
      throw new CheckSkipped("the target serves no User resource type");
    }
    return e;
  }

  /** The Groups endpoint path ({@code /Groups}). */
  public String groups() {
    String e = target.endpoint(Target.GROUP);
    if (e == null) {
      throw new CheckSkipped("the target serves no Group resource type");
    }
    return e;
  }

  // ---- HTTP ----

  /** Sends a request with the bearer token; {@code headers} may override or drop ("" value) any. */
  public Response send(
      String method, String pathAndQuery, Map<String, String> headers, @Nullable String body) {
    Response r = wire.send(method, pathAndQuery, headers, body, exchanges::add);
    track(method, pathAndQuery, r);
    return r;
  }

  /** {@code GET pathAndQuery}. */
  public Response get(String pathAndQuery) {
    return send("GET", pathAndQuery, Map.of(), null);
  }

  /** {@code POST} a JSON body. */
  public Response post(String path, String body) {
    return send("POST", path, Map.of(), body);
  }

  /** {@code POST} a JSON body. */
  public Response post(String path, JsonNode body) {
    return post(path, ScimJson.write(body));
  }

  /** {@code PUT} a JSON body. */
  public Response put(String path, JsonNode body) {
    return send("PUT", path, Map.of(), ScimJson.write(body));
  }

  /** {@code PATCH} with a raw JSON body. */
  public Response patch(String path, String body) {
    return send("PATCH", path, Map.of(), body);
  }

  /** {@code DELETE path}. */
  public Response delete(String path) {
    return send("DELETE", path, Map.of(), null);
  }

  /** Form-encodes a query value the way Entra does ({@code +} for space). */
  public static String form(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** Percent-encodes a query value the way Okta does ({@code %20} for space). */
  public static String pct(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** {@code GET endpoint?filter=...} with the filter percent-encoded. */
  public Response filter(String endpoint, String filter) {
    return get(endpoint + "?filter=" + pct(filter));
  }

  /** A JSON string literal for {@code s}, for building filters and bodies. */
  public static String quote(String s) {
    return ScimJson.write(ScimJson.nodes().stringNode(s));
  }

  private void track(String method, String pathAndQuery, Response r) {
    String path =
        pathAndQuery.startsWith(wire.base())
            ? pathAndQuery.substring(wire.base().length())
            : pathAndQuery;
    int q = path.indexOf('?');
    if (q >= 0) {
      path = path.substring(0, q);
    }
    if (method.equals("POST") && r.status() == 201) {
      ObjectNode body = r.jsonOrNull();
      if (body != null && body.path("id").isString() && !path.equalsIgnoreCase("/Bulk")) {
        cleanup.created(path + "/" + seg(body.path("id").stringValue()));
      }
    }
    if (method.equals("POST") && path.equalsIgnoreCase("/Bulk")) {
      ObjectNode body = r.jsonOrNull();
      if (body != null) {
        for (JsonNode op : body.path("Operations")) {
          String loc = op.path("location").asString("");
          int at = loc.indexOf(wire.base());
          if (op.path("method").asString("").equalsIgnoreCase("POST") && at >= 0) {
            cleanup.created(loc.substring(at + wire.base().length()));
          }
        }
      }
    }
    if (method.equals("DELETE") && (r.status() == 204 || r.status() == 200 || r.status() == 404)) {
      cleanup.deleted(path);
    }
  }

  // ---- data ----

  /** Creates {@code body} at {@code endpoint}; fails unless 201 with an id. */
  public ObjectNode create(String endpoint, ObjectNode body) {
    Response r = post(endpoint, body);
    status(r, 201);
    ObjectNode created = r.json();
    if (!created.path("id").isString() || created.path("id").stringValue().isEmpty()) {
      throw new CheckFailure("the created resource with an \"id\"", r.brief());
    }
    return created;
  }

  /** Creates a generated user; fails unless 201. */
  public ObjectNode createUser() {
    return create(users(), data.user());
  }

  /** Creates a user from {@code body}; fails unless 201. */
  public ObjectNode createUser(ObjectNode body) {
    return create(users(), body);
  }

  /** Creates a generated group holding these user ids; fails unless 201. */
  public ObjectNode createGroup(String... memberIds) {
    return create(groups(), memberIds.length == 0 ? data.group() : data.group(List.of(memberIds)));
  }

  /** {@code GET endpoint/id}; fails unless 200 and JSON. */
  public ObjectNode read(String endpoint, String id) {
    Response r = get(endpoint + "/" + seg(id));
    status(r, 200);
    return r.json();
  }

  /**
   * {@code id} as one path segment: percent-encoded as UTF-8 except for RFC 3986's unreserved
   * characters, so that an id holding {@code /}, {@code ?}, {@code #}, {@code %} or a space still
   * names the resource it came from.
   */
  public static String seg(String id) {
    StringBuilder out = new StringBuilder(id.length());
    for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      boolean unreserved =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '-'
              || c == '.'
              || c == '_'
              || c == '~';
      if (unreserved) {
        out.append((char) c);
      } else {
        out.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xf));
      }
    }
    return out.toString();
  }

  /** The id of a created resource. */
  public static String id(ObjectNode resource) {
    return resource.path("id").asString();
  }

  // ---- assertions ----

  /** Fails unless {@code condition}. */
  public static void expect(boolean condition, String expected, String actual) {
    if (!condition) {
      throw new CheckFailure(expected, actual);
    }
  }

  /** Fails unless the status is one of {@code statuses}. */
  public static void status(Response r, int... statuses) {
    for (int s : statuses) {
      if (r.status() == s) {
        return;
      }
    }
    StringBuilder want = new StringBuilder("HTTP ");
    for (int i = 0; i < statuses.length; i++) {
      want.append(i == 0 ? "" : i == statuses.length - 1 ? " or " : ", ").append(statuses[i]);
    }
    throw new CheckFailure(want.toString(), r.brief());
  }

  /**
   * Fails unless {@code r} is a SCIM error with this status and one of these {@code scimType}s
   * (any, or none, when none is given).
   */
  public static ObjectNode error(Response r, int status, String... scimTypes) {
    status(r, status);
    ObjectNode body = r.json();
    expect(
        hasSchema(body, "urn:ietf:params:scim:api:messages:2.0:Error"),
        "an Error body (schemas holding urn:ietf:params:scim:api:messages:2.0:Error)",
        r.brief());
    JsonNode s = body.path("status");
    expect(
        s.isString() && s.stringValue().equals(String.valueOf(status)),
        "\"status\": \"" + status + "\" (a JSON string, RFC 7644 §3.12)",
        r.brief());
    if (scimTypes.length > 0) {
      expect(
          List.of(scimTypes).contains(body.path("scimType").asString("")),
          "\"scimType\": \"" + String.join("\" or \"", scimTypes) + "\"",
          r.brief());
    }
    return body;
  }

  /** Fails unless {@code r} is a 200 ListResponse of RFC 7644 §3.4.2 shape; returns it. */
  public static ObjectNode list(Response r) {
    status(r, 200);
    ObjectNode body = r.json();
    expect(
        hasSchema(body, "urn:ietf:params:scim:api:messages:2.0:ListResponse"),
        "a ListResponse (schemas holding urn:ietf:params:scim:api:messages:2.0:ListResponse)",
        r.brief());
    expect(body.path("totalResults").isIntegralNumber(), "an integer \"totalResults\"", r.brief());
    long total = body.path("totalResults").asLong();
    JsonNode resources = body.path("Resources");
    expect(
        resources.isArray() || total == 0 && resources.isMissingNode(),
        "\"Resources\" as an array",
        r.brief());
    return body;
  }

  /** The ids in a ListResponse, in order. */
  public static List<String> ids(ObjectNode list) {
    List<String> ids = new ArrayList<>();
    for (JsonNode r : list.path("Resources")) {
      ids.add(r.path("id").asString(""));
    }
    return ids;
  }

  /** Whether {@code body.schemas} holds {@code urn} (ignoring case). */
  public static boolean hasSchema(JsonNode body, String urn) {
    for (JsonNode s : body.path("schemas")) {
      if (s.asString("").equalsIgnoreCase(urn)) {
        return true;
      }
    }
    return false;
  }

  /** Fails unless the media type of the response is {@code application/scim+json}. */
  public static void scimJson(Response r) {
    String type = r.header("Content-Type");
    expect(
        type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("application/scim+json"),
        "Content-Type: application/scim+json (RFC 7644 §3.1)",
        "Content-Type: " + type);
  }

  /** Skips the check with {@code reason}. */
  public static CheckSkipped skip(String reason) {
    return new CheckSkipped(reason);
  }

  /** Headers from name/value pairs. */
  public static Map<String, String> headers(String... pairs) {
    Map<String, String> h = new LinkedHashMap<>();
    for (int i = 0; i + 1 < pairs.length; i += 2) {
      h.put(pairs[i], pairs[i + 1]);
    }
    return h;
  }
}
