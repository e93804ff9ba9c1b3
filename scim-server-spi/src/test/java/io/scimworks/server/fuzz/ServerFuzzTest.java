package io.scimworks.server.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.scimworks.core.json.ScimJson;
import io.scimworks.server.BearerTokens;
import io.scimworks.server.ScimRequest;
import io.scimworks.server.ScimResponse;
import io.scimworks.server.ScimServer;
import io.scimworks.server.ServerOptions;
import io.scimworks.server.memory.InMemoryRepository;
import io.scimworks.server.spi.AuditListener;
import io.scimworks.server.spi.Repository;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Fuzz target for {@link ScimServer#handle}: one to three requests with fuzzed methods, paths,
 * query strings, headers ({@code Authorization}, {@code Host}, {@code If-Match}, {@code
 * Content-Type}, {@code X-Forwarded-*}, one of the fuzzer's own) and bodies, against a fresh
 * in-memory server holding a few users and groups.
 *
 * <p>In {@code ./mvnw verify} it replays its committed corpus ({@code
 * ServerFuzzTestInputs/handle/}); {@code JAZZER_FUZZ=1} fuzzes it (docs/FUZZING.md).
 *
 * <p>Invariants: {@code handle} throws nothing and answers no 5xx (but 501 for {@code /Me}, which
 * this server does not map); without the exact token nothing succeeds and no answer holds a stored
 * resource's id or name the request did not itself carry; no response header name or value holds a
 * control character (CR, LF, NUL...) or a character HTTP/1.1 cannot carry; with a public base URL
 * every {@code Location} starts with it; every body is one JSON object, labelled as JSON; and a
 * filter answers the same through the store's indexes as through a scan of the same data by the
 * server, resources rendered from their stored text equal to the same rendered from trees; once a
 * user is deleted, no group lists it (in any case).
 */
class ServerFuzzTest {
  private static final String TOKEN = "fuzz-token-6c1f0e2a9b";
  private static final String PUBLIC_BASE = "https://scim.example.com/scim/v2";
  private static final Pattern AUTHORIZED =
      Pattern.compile("[ \\t]*(?i:bearer) +" + Pattern.quote(TOKEN) + "[ \\t]*");
  private static final List<ServerOptions> OPTIONS =
      List.of(
          ServerOptions.defaults(),
          ServerOptions.builder().trustForwardedHeaders(true).build(),
          ServerOptions.builder().publicBaseUrl(PUBLIC_BASE).build());

  @FuzzTest(maxDuration = "10m")
  void handle(FuzzedDataProvider data) {
    ServerOptions options = data.pickValue(OPTIONS);
    Repository users = InMemoryRepository.forUsers();
    Repository groups = InMemoryRepository.forGroups();
    ScimServer indexed = server(options, users, groups);
    ScimServer scanning = server(options, new ScanOnly(users), new ScanOnly(groups));
    Seeded seeded = Seeded.into(indexed);

    int requests = data.consumeInt(1, 3);
    for (int i = 0; i < requests; i++) {
      ScimRequest request = request(data, seeded.ids());
      ScimResponse response = indexed.handle(request);
      check(request, response, seeded, options);
      checkNoGroupListsADeletedUser(indexed, request, response, seeded);
    }
    String filter = FuzzFilters.filter(data, seeded.ids());
    String projection = FuzzRequests.projection(data);
    compareIndexAndScan(indexed, scanning, "/Users", filter, projection);
    compareIndexAndScan(indexed, scanning, "/Groups", filter, projection);
  }

  private static ScimServer server(ServerOptions options, Repository users, Repository groups) {
    return ScimServer.builder()
        .users(users)
        .groups(groups)
        .authenticator(BearerTokens.of(TOKEN))
        .auditListener(AuditListener.none())
        .options(options)
        .build();
  }

  private static ScimRequest request(FuzzedDataProvider data, List<String> ids) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    String authorization = authorization(data);
    if (authorization != null) {
      headers.put("Authorization", List.of(authorization));
    }
    if (data.consumeBoolean()) {
      headers.put("Host", List.of(data.consumeBoolean() ? "scim.example.com" : junk(data)));
    }
    if (data.consumeBoolean()) {
      headers.put("Content-Type", values(data));
    }
    if (data.consumeInt(0, 3) == 0) {
      headers.put("Accept", values(data));
    }
    if (data.consumeInt(0, 3) == 0) {
      headers.put("If-Match", List.of(junk(data)));
    }
    if (data.consumeInt(0, 3) == 0) {
      headers.put("X-Forwarded-Host", List.of(junk(data)));
      headers.put("X-Forwarded-Proto", List.of(junk(data)));
      headers.put("X-Forwarded-For", List.of(junk(data)));
    }
    if (data.consumeInt(0, 7) == 0) {
      headers.put(data.consumeString(12), List.of(junk(data)));
    }
    String method = FuzzRequests.method(data);
    String path = FuzzRequests.path(data, ids);
    String query = FuzzRequests.query(data, ids);
    byte[] body = FuzzRequests.body(data, ids).getBytes(StandardCharsets.UTF_8);
    return new ScimRequest(method, path, query, headers, body, null);
  }

  private static String authorization(FuzzedDataProvider data) {
    return switch (data.consumeInt(0, 11)) {
      case 0 -> null;
      case 1 -> "Bearer " + TOKEN + junk(data);
      case 2 -> junk(data) + "Bearer " + TOKEN;
      case 3 -> "Bearer " + junk(data);
      case 4 -> "bearer " + TOKEN;
      case 5 -> "Bearer " + TOKEN.substring(0, data.consumeInt(0, TOKEN.length()));
      case 6 -> " \tBearer " + TOKEN + "\t ";
      case 7 -> "Basic " + TOKEN;
      default -> "Bearer " + TOKEN;
    };
  }

  /** One value, or now and then the same header repeated. */
  private static List<String> values(FuzzedDataProvider data) {
    return data.consumeInt(0, 5) == 0 ? List.of(junk(data), junk(data)) : List.of(junk(data));
  }

  private static String junk(FuzzedDataProvider data) {
    return FuzzRequests.junk(data);
  }

  private static void check(
      ScimRequest request, ScimResponse response, Seeded seeded, ServerOptions options) {
    int status = response.status();
    boolean unmappedMe = status == 501 && request.path().regionMatches(true, 0, "/Me", 0, 3);
    if (status < 200 || status >= 600 || (status >= 500 && !unmappedMe)) {
      fail("answered " + status + ": " + response.bodyText(), request);
    }
    response.headers().forEach((name, value) -> checkHeader(name, value, request));
    checkBody(response, request);
    String authorization = request.header("Authorization");
    boolean authorized = authorization != null && AUTHORIZED.matcher(authorization).matches();
    if (!authorized) {
      if (status < 400) {
        fail("answered " + status + " without the token", request);
      }
      String body = response.bodyText();
      String sent = describe(request);
      for (String secret : seeded.secrets()) {
        if (body.contains(secret) && !sent.contains(secret)) {
          fail("answered " + status + " without the token, revealing " + secret, request);
        }
      }
    }
    String location = response.headers().get("Location");
    if (location != null && options.publicBaseUrl() != null && !location.startsWith(PUBLIC_BASE)) {
      fail("Location " + location + " is not below the public base URL", request);
    }
  }

  private static void checkHeader(String name, String value, ScimRequest request) {
    if (name.isEmpty() || name.chars().anyMatch(c -> c <= 0x20 || c >= 0x7f || c == ':')) {
      fail("response header name " + printable(name), request);
    }
    if (value.chars().anyMatch(c -> (c < 0x20 && c != '\t') || c == 0x7f || c > 0xff)) {
      fail("response header " + name + ": " + printable(value), request);
    }
  }

  /** A body is one JSON object, without duplicate members, labelled as one of the JSON types. */
  private static void checkBody(ScimResponse response, ScimRequest request) {
    if (response.body().length == 0) {
      return;
    }
    String type = response.headers().get("Content-Type");
    if (!ScimResponse.SCIM_JSON.equals(type) && !"application/json".equals(type)) {
      fail("answered a body of type " + type, request);
    }
    try {
      ScimJson.readRequestObject(response.body());
    } catch (RuntimeException e) {
      fail("answered a body that is no JSON object (" + e.getMessage() + ")", request);
    }
  }

  /**
   * Once a user is deleted, no group lists it, in any case it was written in (members.value is not
   * caseExact): the search for its groups and the clean-up compare alike.
   */
  private static void checkNoGroupListsADeletedUser(
      ScimServer server, ScimRequest request, ScimResponse response, Seeded seeded) {
    if (!request.method().equals("DELETE") || response.status() != 204) {
      return;
    }
    for (String id : seeded.ids()) {
      if (request.path().equals("/Users/" + id)) {
        String filter = "members.value eq \"" + id + "\"";
        ScimRequest groups =
            new ScimRequest(
                "GET",
                "/Groups",
                "filter=" + FuzzRequests.encode(filter),
                Map.of("Authorization", List.of("Bearer " + TOKEN)),
                new byte[0],
                null);
        JsonNode list = ScimJson.read(server.handle(groups).body());
        if (list.path("totalResults").asInt() != 0) {
          fail("a group still lists the deleted user " + id + ": " + list, request);
        }
      }
    }
  }

  /**
   * The same filter asked of the store's indexes and of a server-side scan gives the same ids, and
   * the same resources: the scan's repository hands them over as trees, the store as JSON text, so
   * that rendering from text and from trees must agree (with {@code projection}, an {@code
   * attributes} or {@code excludedAttributes} parameter, applied).
   */
  private static void compareIndexAndScan(
      ScimServer indexed, ScimServer scanning, String endpoint, String filter, String projection) {
    String query = "filter=" + FuzzRequests.encode(filter) + "&count=1000" + projection;
    Map<String, List<String>> headers = Map.of("Authorization", List.of("Bearer " + TOKEN));
    ScimRequest request = new ScimRequest("GET", endpoint, query, headers, new byte[0], null);
    ScimResponse viaIndex = indexed.handle(request);
    ScimResponse viaScan = scanning.handle(request);
    if (viaIndex.status() != viaScan.status()) {
      fail(
          "index answered "
              + viaIndex.status()
              + " and scan "
              + viaScan.status()
              + ": "
              + viaIndex.bodyText()
              + " / "
              + viaScan.bodyText(),
          request);
    }
    if (viaIndex.status() != 200) {
      return;
    }
    if (!ids(viaIndex).equals(ids(viaScan))) {
      fail("index found " + ids(viaIndex) + " and scan " + ids(viaScan), request);
    }
    Map<String, JsonNode> fromText = byId(viaIndex);
    Map<String, JsonNode> fromTrees = byId(viaScan);
    if (!fromText.equals(fromTrees)) {
      fail("rendered from text " + fromText + " but from trees " + fromTrees, request);
    }
  }

  /** The resources of a list response by id (the two servers may list them in another order). */
  private static Map<String, JsonNode> byId(ScimResponse response) {
    Map<String, JsonNode> resources = new TreeMap<>();
    int i = 0;
    for (JsonNode r : ScimJson.read(response.body()).path("Resources")) {
      resources.put(r.path("id").asString("#" + i++), r);
    }
    return resources;
  }

  private static TreeSet<String> ids(ScimResponse response) {
    TreeSet<String> ids = new TreeSet<>();
    JsonNode list = ScimJson.read(response.body());
    ids.add("total " + list.path("totalResults").asString());
    for (JsonNode r : list.path("Resources")) {
      ids.add(r.path("id").asString());
    }
    return ids;
  }

  private static String describe(ScimRequest r) {
    return r.method()
        + " "
        + r.path()
        + (r.rawQuery() == null ? "" : "?" + r.rawQuery())
        + " "
        + r.headers()
        + " "
        + new String(r.body(), StandardCharsets.UTF_8);
  }

  private static String printable(String s) {
    StringBuilder out = new StringBuilder();
    s.chars()
        .forEach(c -> out.append(c < 0x20 || c >= 0x7f ? String.format("\\u%04x", c) : (char) c));
    return out.toString();
  }

  private static void fail(String what, ScimRequest request) {
    throw new AssertionError(what + " for " + printable(describe(request)));
  }

  /**
   * The users and groups every input starts with (among them values whose case folds in surprising
   * ways: dotted capital I, long s, final sigma, the Kelvin sign, a member id in upper case), and
   * what must not leak without the token.
   */
  private record Seeded(List<String> ids, List<String> secrets) {

    static Seeded into(ScimServer server) {
      List<String> ids = new ArrayList<>();
      String babs =
          create(
              server,
              "/Users",
              "{\"userName\":\"bjensen-sec\",\"externalId\":\"x1\",\"active\":true,"
                  + "\"name\":{\"givenName\":\"Barbara\"},"
                  + "\"emails\":[{\"value\":\"bjensen@example.com\",\"type\":\"work\"}]}",
              ids);
      create(server, "/Users", "{\"userName\":\"\u0130\"}", ids);
      create(server, "/Users", "{\"userName\":\"\u017fam\"}", ids);
      create(server, "/Users", "{\"userName\":\"jsmith-sec\",\"active\":false}", ids);
      String sigma =
          create(
              server,
              "/Users",
              "{\"userName\":\"\u03c3\u03bf\u03c6\u03bf\u03c2\",\"externalId\":\"X1\"}",
              ids);
      create(
          server,
          "/Groups",
          "{\"displayName\":\"Admins\",\"members\":[{\"value\":\"" + babs + "\"}]}",
          ids);
      create(server, "/Groups", "{\"displayName\":\"Tour Guides-sec\"}", ids);
      create(
          server,
          "/Groups",
          "{\"displayName\":\"\u212aelvins\",\"externalId\":\"x1\",\"members\":[{\"value\":\""
              + sigma.toUpperCase(Locale.ROOT)
              + "\"}]}",
          ids);
      List<String> secrets = new ArrayList<>(ids);
      secrets.addAll(List.of("bjensen-sec", "jsmith-sec", "Tour Guides-sec", "bjensen@example"));
      ids.add("missing-id");
      ids.add("bulkId:b1");
      return new Seeded(List.copyOf(ids), List.copyOf(secrets));
    }

    private static String create(ScimServer server, String path, String json, List<String> ids) {
      String schema =
          path.equals("/Users")
              ? "urn:ietf:params:scim:schemas:core:2.0:User"
              : "urn:ietf:params:scim:schemas:core:2.0:Group";
      String body = "{\"schemas\":[\"" + schema + "\"]," + json.substring(1);
      ScimResponse r =
          server.handle(
              new ScimRequest(
                  "POST",
                  path,
                  null,
                  Map.of("Authorization", List.of("Bearer " + TOKEN)),
                  body.getBytes(StandardCharsets.UTF_8),
                  null));
      if (r.status() != 201) {
        throw new IllegalStateException("seeding failed: " + r.status() + " " + r.bodyText());
      }
      String id = ScimJson.read(r.body()).path("id").asString();
      ids.add(id);
      return id;
    }
  }
}
