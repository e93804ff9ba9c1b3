package io.scimworks.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever headers arrive ({@code Host}, {@code Authorization}, {@code If-Match}, forwarded
 * headers, with control characters and CR/LF among them), no response header carries CR or LF,
 * nothing succeeds without the exact token, and nothing is a 500.
 */
class HostileHeadersProperties {
  private final ScimServer server =
      Servers.builder()
          .options(ServerOptions.builder().trustForwardedHeaders(true).build())
          .build();

  @Provide
  Arbitrary<String> junk() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars("ab.:[]@/ \t\r\n\u0000\u007f,\"W*%-").ofMaxLength(16),
        Arbitraries.of(
            "evil.com\r\nSet-Cookie: x=1",
            "scim.example.com:8443",
            "[::1]:80",
            ",",
            "W/\"1\", ,",
            "*",
            "https",
            ""));
  }

  @Provide
  Arbitrary<String> authorizations() {
    return Arbitraries.oneOf(
        junk().map(j -> "Bearer " + Scim.TOKEN + j),
        junk().map(j -> j + "Bearer " + Scim.TOKEN),
        junk().map(j -> "Bearer " + j),
        Arbitraries.of("Bearer " + Scim.TOKEN));
  }

  @Provide
  Arbitrary<String> requests() {
    return Arbitraries.of(
        "GET /Users",
        "POST /Users",
        "POST /Groups",
        "PUT /Users/1",
        "PATCH /Users/1",
        "DELETE /Users/1",
        "POST /Bulk",
        "GET /ServiceProviderConfig");
  }

  @Property(tries = 400)
  void noHeaderCarriesCrLfAndNothingSucceedsWithoutTheExactToken(
      @ForAll("requests") String request,
      @ForAll("authorizations") String authorization,
      @ForAll("junk") String host,
      @ForAll("junk") String ifMatch,
      @ForAll("junk") String forwarded) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    headers.put("Authorization", List.of(authorization));
    headers.put("Host", List.of(host));
    headers.put("If-Match", List.of(ifMatch));
    headers.put("X-Forwarded-Host", List.of(forwarded));
    headers.put("X-Forwarded-Proto", List.of(forwarded));
    String[] methodAndPath = request.split(" ");
    String body =
        methodAndPath[0].equals("POST") && methodAndPath[1].equals("/Users")
            ? Scim.user("u" + Integer.toHexString(host.hashCode()))
            : "{}";

    ScimResponse r =
        server.handle(
            new ScimRequest(
                methodAndPath[0],
                methodAndPath[1],
                null,
                headers,
                body.getBytes(StandardCharsets.UTF_8),
                null));

    assertThat(r.status()).isLessThan(500);
    assertThat(r.headers())
        .allSatisfy((name, value) -> assertThat(value).doesNotContain("\r").doesNotContain("\n"));
    if (r.status() < 300) {
      // only the optional whitespace (SP, HTAB) around the value may differ from the token
      assertThat(authorization.replaceAll("^[ \\t]+|[ \\t]+$", ""))
          .isEqualTo("Bearer " + Scim.TOKEN);
    }
  }
}
