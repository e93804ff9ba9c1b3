package io.scimworks.store.jdbc;

import io.scimworks.core.json.ScimJson;
import io.scimworks.server.BearerTokens;
import io.scimworks.server.ScimHandler;
import io.scimworks.server.ScimRequest;
import io.scimworks.server.ScimResponse;
import io.scimworks.server.ScimServer;
import io.scimworks.server.spi.AuditListener;
import io.scimworks.server.spi.Repository;
import io.scimworks.server.spi.TenantResolver;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** A server over given repositories in a tenant of its own, and an in-process client for it. */
final class Client {
  static final String TOKEN = "jdbc-test-token-0123456789";

  final ScimHandler server;

  Client(ScimHandler server) {
    this.server = server;
  }

  /** A server on these repositories, confined to a fresh tenant. */
  static Client of(Repository users, Repository groups) {
    return of(users, groups, "t-" + UUID.randomUUID(), null);
  }

  /** A server on these repositories in {@code tenant}, signing cursors with {@code secret}. */
  static Client of(Repository users, Repository groups, String tenant, byte[] secret) {
    return of(users, groups, tenant, secret, false);
  }

  /** A server whose bulk requests with {@code failOnErrors} are all-or-nothing. */
  static Client atomicBulk(Repository users, Repository groups) {
    return of(users, groups, "t-" + UUID.randomUUID(), null, true);
  }

  private static Client of(
      Repository users, Repository groups, String tenant, byte[] secret, boolean atomicBulk) {
    ScimServer.Builder b =
        ScimServer.builder()
            .atomicBulk(atomicBulk)
            .users(users)
            .groups(groups)
            .authenticator(BearerTokens.of(TOKEN))
            .auditListener(AuditListener.none())
            .tenantResolver(path -> new TenantResolver.Resolution(tenant, "", path));
    if (secret != null) {
      b.cursorSecret(secret);
    }
    return new Client(b.build());
  }

  ScimResponse send(String method, String pathAndQuery, String body) {
    Map<String, List<String>> h = new LinkedHashMap<>();
    h.put("Host", List.of("scim.example.com"));
    h.put("Authorization", List.of("Bearer " + TOKEN));
    if (body != null) {
      h.put("Content-Type", List.of("application/scim+json"));
    }
    return server.handle(ScimRequest.of(method, pathAndQuery, h, body));
  }

  ScimResponse get(String path) {
    return send("GET", path, null);
  }

  ScimResponse post(String path, String body) {
    return send("POST", path, body);
  }

  ScimResponse put(String path, String body) {
    return send("PUT", path, body);
  }

  ScimResponse patch(String path, String body) {
    return send("PATCH", path, body);
  }

  ScimResponse delete(String path) {
    return send("DELETE", path, null);
  }

  static JsonNode json(ScimResponse r) {
    return ScimJson.read(r.body());
  }

  String createUser(String userName) {
    ScimResponse r = post("/Users", user(userName, null));
    if (r.status() != 201) {
      throw new AssertionError("create failed: " + r.status() + " " + r.bodyText());
    }
    return json(r).get("id").stringValue();
  }

  String createGroup(String displayName) {
    ScimResponse r =
        post(
            "/Groups",
            "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],\"displayName\":"
                + quote(displayName)
                + "}");
    if (r.status() != 201) {
      throw new AssertionError("create failed: " + r.status() + " " + r.bodyText());
    }
    return json(r).get("id").stringValue();
  }

  static String user(String userName, String externalId) {
    return "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":"
        + quote(userName)
        + (externalId == null ? "" : ",\"externalId\":" + quote(externalId))
        + ",\"active\":true}";
  }

  static String quote(String s) {
    return ScimJson.write(tools.jackson.databind.node.JsonNodeFactory.instance.stringNode(s));
  }

  static String addMember(String userId) {
    return "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":["
        + "{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\""
        + userId
        + "\"}]}]}";
  }

  static String encode(String s) {
    return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
  }
}
