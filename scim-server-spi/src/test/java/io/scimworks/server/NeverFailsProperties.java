package io.scimworks.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever arrives, handle() answers with a success, a 4xx or a 501 (an unmapped /Me), never a 500
 * or an exception.
 */
class NeverFailsProperties {
  private final ScimServer server = Servers.builder().build();

  @Provide
  Arbitrary<String> paths() {
    Arbitrary<String> segment =
        Arbitraries.oneOf(
            Arbitraries.of(
                "Users",
                "Groups",
                "Me",
                "Bulk",
                ".search",
                "Schemas",
                "ResourceTypes",
                "..",
                ".",
                "%2F",
                "%2e%2e",
                "%",
                "%zz",
                "%00",
                "",
                "ServiceProviderConfig"),
            Arbitraries.strings().ofMaxLength(8));
    return segment.list().ofMaxSize(4).map(s -> "/" + String.join("/", s));
  }

  @Provide
  Arbitrary<String> queries() {
    Arbitrary<String> value =
        Arbitraries.oneOf(
            Arbitraries.strings().ofMaxLength(20),
            Arbitraries.of(
                "userName+eq+%22a%22", "-1", "99999999999999999999", "%", "((((", "%22", "+"));
    Arbitrary<String> name =
        Arbitraries.of(
            "filter",
            "count",
            "startIndex",
            "sortBy",
            "sortOrder",
            "attributes",
            "excludedAttributes",
            "cursor");
    return net.jqwik.api.Combinators.combine(name, value)
        .as((n, v) -> n + "=" + v)
        .list()
        .ofMaxSize(3)
        .map(l -> String.join("&", l));
  }

  @Provide
  Arbitrary<String> bodies() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(40),
        Arbitraries.of(
            "{}",
            "[]",
            "null",
            "{\"schemas\":1}",
            "{\"Operations\":[{}]}",
            "{\"userName\":[1,{}]}",
            "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],"
                + "\"Operations\":[{\"op\":\"x\",\"path\":\"[[\"}]}",
            "{\"displayName\":\"g\",\"members\":[{\"value\":null}]}"));
  }

  @Property(tries = 300)
  void anyRequestGetsAnAnswerBelow500(
      @ForAll("paths") String path,
      @ForAll("queries") String query,
      @ForAll("bodies") String body,
      @ForAll("methods") String method) {
    ScimResponse r =
        server.handle(
            new ScimRequest(
                method,
                path,
                query,
                Map.of(
                    "Authorization", List.of("Bearer " + Scim.TOKEN),
                    "Content-Type", List.of("application/scim+json")),
                body.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                null));
    assertThat(r.status() < 500 || r.status() == 501).as("status %s", r.status()).isTrue();
    assertThat(
            r.header("Content-Type") == null
                || r.header("Content-Type").equals("application/scim+json"))
        .isTrue();
  }

  @Provide
  Arbitrary<String> methods() {
    return Arbitraries.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "TRACE");
  }
}
