package io.scimworks.benchmarks.server;

import io.scimworks.core.json.ScimJson;
import io.scimworks.server.BearerTokens;
import io.scimworks.server.ScimRequest;
import io.scimworks.server.ScimResponse;
import io.scimworks.server.ScimServer;
import io.scimworks.server.memory.InMemoryRepository;
import io.scimworks.server.spi.AuditListener;
import io.scimworks.server.spi.RequestContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/** Typical Entra ID users and a server holding them, for the server benchmarks. */
public final class EntraUsers {
  /** The bearer token the benchmark servers accept. */
  public static final String TOKEN = "benchmark-token";

  /** Headers of an authenticated request. */
  public static final Map<String, List<String>> HEADERS =
      Map.of(
          "Authorization", List.of("Bearer " + TOKEN),
          "Host", List.of("localhost:8080"),
          "Content-Type", List.of("application/scim+json"));

  private EntraUsers() {}

  static ScimServer server() {
    return server(InMemoryRepository.forUsers());
  }

  static ScimServer server(InMemoryRepository users) {
    return ScimServer.builder()
        .users(users)
        .groups(InMemoryRepository.forGroups())
        .authenticator(BearerTokens.of(TOKEN))
        .auditListener(AuditListener.none())
        .build();
  }

  /** The {@code userName} of user {@code n}. */
  public static String userName(int n) {
    return "user" + n + "@contoso.com";
  }

  /** The {@code externalId} of user {@code n} (an Entra object id). */
  public static String externalId(int n) {
    return String.format("%08x-0000-4000-8000-%012d", n, n);
  }

  /** A user as Entra ID creates it: core + enterprise, email, name, roles. */
  public static String json(int n) {
    String u = userName(n);
    return "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\","
        + "\"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\"],"
        + "\"externalId\":\""
        + externalId(n)
        + "\","
        + "\"userName\":\""
        + u
        + "\",\"active\":true,"
        + "\"emails\":[{\"primary\":true,\"type\":\"work\",\"value\":\""
        + u
        + "\"}],"
        + "\"meta\":{\"resourceType\":\"User\"},"
        + "\"name\":{\"formatted\":\"Given"
        + n
        + " Family"
        + n
        + "\",\"familyName\":\"Family"
        + n
        + "\",\"givenName\":\"Given"
        + n
        + "\"},"
        + "\"displayName\":\"Given"
        + n
        + " Family"
        + n
        + "\",\"title\":\"Engineer\","
        + "\"roles\":[],"
        + "\"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\":{\"employeeNumber\":\""
        + n
        + "\",\"department\":\"Research\"}}";
  }

  /**
   * Stores users {@code first..first+count-1} straight into the repository, as the server would
   * after validation (same attributes, {@code meta.created} and {@code lastModified} set): loading
   * a million users this way takes seconds instead of minutes. Returns their ids.
   */
  static String[] loadDirect(InMemoryRepository users, int first, int count) {
    RequestContext ctx = RequestContext.of("User");
    String now = Instant.now().toString();
    String[] ids = new String[count];
    for (int i = 0; i < count; i++) {
      ObjectNode user = ScimJson.readObject(json(first + i));
      ObjectNode meta = user.putObject("meta");
      meta.put("created", now);
      meta.put("lastModified", now);
      ids[i] = users.create(ctx, user).id();
    }
    return ids;
  }

  /** Creates users {@code first..first+count-1} through {@code handle()}; returns their ids. */
  static String[] load(ScimServer server, int first, int count) {
    String[] ids = new String[count];
    for (int i = 0; i < count; i++) {
      ScimResponse r = server.handle(ScimRequest.of("POST", "/Users", HEADERS, json(first + i)));
      if (r.status() != 201) {
        throw new IllegalStateException("create failed: " + r.bodyText());
      }
      String body = r.bodyText();
      int at = body.indexOf("\"id\":\"") + 6;
      ids[i] = body.substring(at, body.indexOf('"', at));
    }
    return ids;
  }
}
