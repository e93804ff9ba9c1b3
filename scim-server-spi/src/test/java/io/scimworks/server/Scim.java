package io.scimworks.server;

import io.scimworks.core.json.ScimJson;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** A tiny in-process client for tests: sends requests to a handler with a bearer token. */
final class Scim {
  static final String TOKEN = "test-token-0123456789";

  final ScimHandler server;
  private final String token;

  Scim(ScimHandler server) {
    this(server, TOKEN);
  }

  Scim(ScimHandler server, String token) {
    this.server = server;
    this.token = token;
  }

  Scim withToken(String other) {
    return new Scim(server, other);
  }

  ScimResponse send(String method, String pathAndQuery, String body, Map<String, String> headers) {
    Map<String, List<String>> h = new LinkedHashMap<>();
    h.put("Host", List.of("scim.example.com"));
    if (token != null) {
      h.put("Authorization", List.of("Bearer " + token));
    }
    if (body != null) {
      h.put("Content-Type", List.of("application/scim+json; charset=utf-8"));
    }
    headers.forEach((k, v) -> h.put(k, List.of(v)));
    return server.handle(ScimRequest.of(method, pathAndQuery, h, body));
  }

  ScimResponse get(String path) {
    return send("GET", path, null, Map.of());
  }

  ScimResponse post(String path, String body) {
    return send("POST", path, body, Map.of());
  }

  ScimResponse put(String path, String body) {
    return send("PUT", path, body, Map.of());
  }

  ScimResponse patch(String path, String body) {
    return send("PATCH", path, body, Map.of());
  }

  ScimResponse delete(String path) {
    return send("DELETE", path, null, Map.of());
  }

  static JsonNode json(ScimResponse r) {
    return ScimJson.read(r.body());
  }

  /** Creates a user and returns its id. */
  String createUser(String userName) {
    ScimResponse r = post("/Users", user(userName));
    if (r.status() != 201) {
      throw new AssertionError("create failed: " + r.status() + " " + r.bodyText());
    }
    return json(r).get("id").stringValue();
  }

  /** Creates a group and returns its id. */
  String createGroup(String displayName) {
    ScimResponse r =
        post(
            "/Groups",
            "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],\"displayName\":\""
                + displayName
                + "\"}");
    if (r.status() != 201) {
      throw new AssertionError("create failed: " + r.status() + " " + r.bodyText());
    }
    return json(r).get("id").stringValue();
  }

  static String user(String userName) {
    return "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\""
        + userName
        + "\",\"displayName\":\""
        + userName
        + "\",\"active\":true}";
  }

  static String patchOp(String operations) {
    return "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":["
        + operations
        + "]}";
  }
}
