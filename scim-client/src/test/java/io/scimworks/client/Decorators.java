package io.scimworks.client;

import io.scimworks.core.json.ScimJson;
import io.scimworks.server.ScimHandler;
import io.scimworks.server.ScimRequest;
import io.scimworks.server.ScimResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import tools.jackson.databind.node.ObjectNode;

/** Decorators that make the real server behave like a less capable service. */
final class Decorators {
  private Decorators() {}

  /** Rewrites the {@code /ServiceProviderConfig} document. */
  static UnaryOperator<ScimHandler> serviceProviderConfig(Consumer<ObjectNode> edit) {
    return next ->
        request -> {
          ScimResponse r = next.handle(request);
          if (!request.path().equalsIgnoreCase("/ServiceProviderConfig") || r.status() != 200) {
            return r;
          }
          ObjectNode spc = ScimJson.readObject(r.body());
          edit.accept(spc);
          return new ScimResponse(r.status(), r.headers(), ScimJson.writeBytes(spc));
        };
  }

  /** No PATCH: advertised as unsupported and answered 501. */
  static UnaryOperator<ScimHandler> withoutPatch() {
    UnaryOperator<ScimHandler> spc =
        serviceProviderConfig(c -> c.putObject("patch").put("supported", false));
    return next -> {
      ScimHandler advertised = spc.apply(next);
      return request ->
          request.method().equals("PATCH")
              ? error(501, "PATCH is not supported")
              : advertised.handle(request);
    };
  }

  /** No bulk: advertised as unsupported and answered 501. */
  static UnaryOperator<ScimHandler> withoutBulk() {
    UnaryOperator<ScimHandler> spc =
        serviceProviderConfig(c -> c.putObject("bulk").put("supported", false));
    return next -> {
      ScimHandler advertised = spc.apply(next);
      return request ->
          request.path().equalsIgnoreCase("/Bulk")
              ? error(501, "bulk is not supported")
              : advertised.handle(request);
    };
  }

  /** Cursors advertised, but the {@code cursor} query parameter silently ignored. */
  static UnaryOperator<ScimHandler> ignoringCursors() {
    return next ->
        request -> {
          String q = request.rawQuery();
          if (q == null || !q.contains("cursor")) {
            return next.handle(request);
          }
          String stripped =
              String.join(
                  "&",
                  java.util.Arrays.stream(q.split("&"))
                      .filter(p -> !p.startsWith("cursor"))
                      .toList());
          return next.handle(
              new ScimRequest(
                  request.method(),
                  request.path(),
                  stripped.isEmpty() ? null : stripped,
                  request.headers(),
                  request.body(),
                  request.remoteAddress()));
        };
  }

  private static ScimResponse error(int status, String detail) {
    String body =
        "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:Error\"],\"status\":\""
            + status
            + "\",\"detail\":\""
            + detail
            + "\"}";
    return new ScimResponse(
        status,
        Map.of("Content-Type", ScimResponse.SCIM_JSON),
        body.getBytes(StandardCharsets.UTF_8));
  }
}
