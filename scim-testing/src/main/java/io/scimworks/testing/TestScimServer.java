package io.scimworks.testing;

import io.scimworks.core.json.ScimJson;
import io.scimworks.server.ScimRequest;
import io.scimworks.server.ScimResponse;
import io.scimworks.server.ScimServer;
import io.scimworks.server.http.jdk.JdkHttpBinding;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A running in-process SCIMworks server for tests: where it listens, the token it accepts, and
 * direct access to its data (seeding and inspecting go straight to the server, not over HTTP, so
 * they never show up in what the code under test sees on the wire).
 */
public final class TestScimServer implements AutoCloseable {
  private final ScimServer server;
  private final JdkHttpBinding binding;
  private final RequestLog log;
  private final String token;
  private final URI baseUri;

  TestScimServer(
      ScimServer server, JdkHttpBinding binding, RequestLog log, String token, String basePath) {
    this.server = server;
    this.binding = binding;
    this.log = log;
    this.token = token;
    this.baseUri = URI.create("http://127.0.0.1:" + binding.port() + basePath);
  }

  /**
   * The base URL clients use.
   *
   * @return {@code http://127.0.0.1:PORT/scim/v2}, the port chosen at start
   */
  public URI baseUri() {
    return baseUri;
  }

  /**
   * The bearer token the server accepts; any other is refused with 401.
   *
   * @return a random token, new for each test class
   */
  public String token() {
    return token;
  }

  /**
   * The server itself, to send requests without HTTP (they bypass the decorator and the request
   * log).
   *
   * @return the running server
   */
  public ScimServer server() {
    return server;
  }

  /**
   * Every request that came over HTTP since the start or the last {@link #clearRequests()}, in
   * order, as {@code METHOD path} or {@code METHOD path?query} with the path below the base URL
   * ({@code GET /Users?filter=...}), the query as sent. Seeding and inspecting through this object
   * do not appear.
   *
   * @return an immutable copy
   */
  public List<String> requests() {
    return log.requests();
  }

  /** Forgets the requests logged so far (for a {@code @BeforeEach}). */
  public void clearRequests() {
    log.clear();
  }

  /**
   * Stores a user, as a POST would.
   *
   * @param json the user as SCIM JSON, {@code schemas} included
   * @return the user as stored, with {@code id} and {@code meta}
   * @throws IllegalStateException when the server refuses it (the message holds its error)
   */
  public ObjectNode createUser(String json) {
    return create("/Users", json);
  }

  /**
   * Stores a group, as a POST would.
   *
   * @param json the group as SCIM JSON, {@code schemas} included
   * @return the group as stored, with {@code id} and {@code meta}
   * @throws IllegalStateException when the server refuses it (the message holds its error)
   */
  public ObjectNode createGroup(String json) {
    return create("/Groups", json);
  }

  /**
   * Every user stored now.
   *
   * @return the users as the server returns them, in its order
   */
  public List<ObjectNode> users() {
    return list("/Users");
  }

  /**
   * Every group stored now.
   *
   * @return the groups as the server returns them, members included, in its order
   */
  public List<ObjectNode> groups() {
    return list("/Groups");
  }

  /**
   * One user.
   *
   * @param id its {@code id}
   * @return the user as a GET returns it
   * @throws IllegalStateException when there is no such user
   */
  public ObjectNode user(String id) {
    return ScimJson.readObject(call("GET", "/Users/" + id, null, 200).body());
  }

  /**
   * One group.
   *
   * @param id its {@code id}
   * @return the group as a GET returns it
   * @throws IllegalStateException when there is no such group
   */
  public ObjectNode group(String id) {
    return ScimJson.readObject(call("GET", "/Groups/" + id, null, 200).body());
  }

  /** Deletes every user and group, so that the next test starts empty. */
  public void clear() {
    for (ObjectNode g : groups()) {
      call("DELETE", "/Groups/" + g.path("id").asString(), null, 204);
    }
    for (ObjectNode u : users()) {
      call("DELETE", "/Users/" + u.path("id").asString(), null, 204);
    }
  }

  private ObjectNode create(String endpoint, String json) {
    return ScimJson.readObject(call("POST", endpoint, json, 201).body());
  }

  private List<ObjectNode> list(String endpoint) {
    List<ObjectNode> all = new ArrayList<>();
    int start = 1;
    while (true) {
      ObjectNode page =
          ScimJson.readObject(
              call("GET", endpoint + "?startIndex=" + start + "&count=1000", null, 200).body());
      JsonNode resources = page.path("Resources");
      resources.forEach(r -> all.add((ObjectNode) r));
      if (resources.isEmpty() || all.size() >= page.path("totalResults").asLong()) {
        return all;
      }
      start += resources.size();
    }
  }

  private ScimResponse call(String method, String path, String body, int expected) {
    ScimResponse r =
        server.handle(
            ScimRequest.of(
                method,
                path,
                Map.of(
                    "Authorization", List.of("Bearer " + token),
                    "Content-Type", List.of(ScimResponse.SCIM_JSON)),
                body));
    if (r.status() != expected) {
      throw new IllegalStateException(
          method + " " + path + " answered " + r.status() + ": " + r.bodyText());
    }
    return r;
  }

  /** Stops the server. */
  @Override
  public void close() {
    binding.close();
  }

  @Override
  public String toString() {
    return "TestScimServer[" + baseUri + "]";
  }
}
