package io.scimworks.compliance;

import io.scimworks.core.json.ScimJson;
import io.scimworks.filter.Filter;
import io.scimworks.filter.FilterPrinter;
import io.scimworks.server.ScimHandler;
import io.scimworks.server.ScimRequest;
import io.scimworks.server.ScimResponse;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Building blocks for broken servers: decorators that rewrite requests or responses. */
final class Faults {
  private Faults() {}

  /** Rewrites each request before the server sees it. */
  static UnaryOperator<ScimHandler> request(UnaryOperator<ScimRequest> rewrite) {
    return inner -> request -> inner.handle(rewrite.apply(request));
  }

  /** Rewrites each response after the server answered. */
  static UnaryOperator<ScimHandler> response(
      BiFunction<ScimRequest, ScimResponse, ScimResponse> rewrite) {
    return inner -> request -> rewrite.apply(request, inner.handle(request));
  }

  /** Answers {@code answer} instead of asking the server when {@code when} holds. */
  static UnaryOperator<ScimHandler> shortCircuit(Predicate<ScimRequest> when, ScimResponse answer) {
    return inner -> request -> when.test(request) ? answer : inner.handle(request);
  }

  /** A SCIM error response. */
  static ScimResponse error(int status, String scimType) {
    ObjectNode e = ScimJson.object();
    e.putArray("schemas").add("urn:ietf:params:scim:api:messages:2.0:Error");
    e.put("status", String.valueOf(status));
    if (!scimType.isEmpty()) {
      e.put("scimType", scimType);
    }
    e.put("detail", "injected fault");
    return new ScimResponse(
        status, Map.of("Content-Type", ScimResponse.SCIM_JSON), ScimJson.writeBytes(e));
  }

  /**
   * The response with its JSON body changed by {@code edit} (unchanged when it has no JSON object).
   */
  static ScimResponse editBody(ScimResponse r, Consumer<ObjectNode> edit) {
    if (r.body().length == 0) {
      return r;
    }
    ObjectNode body;
    try {
      body = ScimJson.readObject(r.body());
    } catch (RuntimeException e) {
      return r;
    }
    edit.accept(body);
    Map<String, String> headers = new HashMap<>(r.headers());
    headers.remove("Content-Length");
    return new ScimResponse(r.status(), headers, ScimJson.writeBytes(body));
  }

  /** The response with a header removed or replaced ({@code null} removes). */
  static ScimResponse header(ScimResponse r, String name, String value) {
    Map<String, String> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.putAll(r.headers());
    if (value == null) {
      headers.remove(name);
    } else {
      headers.put(name, value);
    }
    return new ScimResponse(r.status(), headers, r.body());
  }

  /** The request with a query parameter removed. */
  static ScimRequest dropParam(ScimRequest r, String name) {
    if (r.rawQuery() == null) {
      return r;
    }
    List<String> kept = new ArrayList<>();
    for (String p : r.rawQuery().split("&")) {
      String key = p.contains("=") ? p.substring(0, p.indexOf('=')) : p;
      if (!key.equalsIgnoreCase(name)) {
        kept.add(p);
      }
    }
    return withQuery(r, String.join("&", kept));
  }

  /** The request with its filter parameter rewritten (decoded text in, text out). */
  static ScimRequest editFilter(ScimRequest r, UnaryOperator<String> edit) {
    if (r.rawQuery() == null) {
      return r;
    }
    List<String> parts = new ArrayList<>();
    for (String p : r.rawQuery().split("&")) {
      if (p.startsWith("filter=")) {
        String f = URLDecoder.decode(p.substring(7), StandardCharsets.UTF_8);
        p =
            "filter="
                + URLEncoder.encode(edit.apply(f), StandardCharsets.UTF_8).replace("+", "%20");
      }
      parts.add(p);
    }
    return withQuery(r, String.join("&", parts));
  }

  /** The decoded filter parameter, or "". */
  static String filterOf(ScimRequest r) {
    if (r.rawQuery() == null) {
      return "";
    }
    for (String p : r.rawQuery().split("&")) {
      if (p.startsWith("filter=")) {
        return URLDecoder.decode(p.substring(7), StandardCharsets.UTF_8);
      }
    }
    return "";
  }

  static ScimRequest withQuery(ScimRequest r, String query) {
    return new ScimRequest(r.method(), r.path(), query, r.headers(), r.body(), r.remoteAddress());
  }

  static ScimRequest withBody(ScimRequest r, String body) {
    return new ScimRequest(
        r.method(),
        r.path(),
        r.rawQuery(),
        r.headers(),
        body.getBytes(StandardCharsets.UTF_8),
        r.remoteAddress());
  }

  static ScimRequest withHeader(ScimRequest r, String name, String value) {
    Map<String, List<String>> h = new HashMap<>(r.headers());
    h.keySet().removeIf(k -> k.equalsIgnoreCase(name));
    if (value != null) {
      h.put(name, List.of(value));
    }
    return new ScimRequest(r.method(), r.path(), r.rawQuery(), h, r.body(), r.remoteAddress());
  }

  static String bodyText(ScimRequest r) {
    return new String(r.body(), StandardCharsets.UTF_8);
  }

  /** {@code a or (b and c)} becomes {@code (a or b) and c} everywhere: or binds tighter. */
  static Filter orBeforeAnd(Filter f) {
    if (f instanceof Filter.Or o && o.right() instanceof Filter.And a) {
      return new Filter.And(
          new Filter.Or(orBeforeAnd(o.left()), orBeforeAnd(a.left())), orBeforeAnd(a.right()));
    }
    if (f instanceof Filter.Or o) {
      return new Filter.Or(orBeforeAnd(o.left()), orBeforeAnd(o.right()));
    }
    if (f instanceof Filter.And a) {
      return new Filter.And(orBeforeAnd(a.left()), orBeforeAnd(a.right()));
    }
    if (f instanceof Filter.Not n) {
      return new Filter.Not(orBeforeAnd(n.filter()));
    }
    return f;
  }

  /** The longest prefix of {@code text} (cut at spaces) that parses: trailing input ignored. */
  static String parsablePrefix(String text) {
    String t = text;
    while (true) {
      try {
        return FilterPrinter.print(Filter.parse(t));
      } catch (RuntimeException e) {
        int cut = t.lastIndexOf(' ');
        if (cut <= 0) {
          return text;
        }
        t = t.substring(0, cut);
      }
    }
  }

  /** The resources of a list body. */
  static List<JsonNode> resources(ObjectNode list) {
    List<JsonNode> all = new ArrayList<>();
    list.path("Resources").forEach(all::add);
    return all;
  }
}
