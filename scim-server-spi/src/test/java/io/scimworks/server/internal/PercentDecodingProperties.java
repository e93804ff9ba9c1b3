package io.scimworks.server.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Percent-decoding of paths and query strings undoes percent-encoding, and ids are encoded in
 * {@code Location} as {@link URLEncoder} encodes them (the fast path for plain ids included).
 */
class PercentDecodingProperties {

  @Property(tries = 500)
  void decodingUndoesEncoding(@ForAll String text) {
    String wellFormed = new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    String encoded = URLEncoder.encode(wellFormed, StandardCharsets.UTF_8).replace("+", "%20");
    assertThat(RequestPath.decode(encoded, "path")).isEqualTo(wellFormed);
  }

  @Property(tries = 500)
  void queryParametersAreFormDecoded(@ForAll String name, @ForAll String value) {
    String n = "q" + wellFormed(name);
    String v = wellFormed(value);
    // URLEncoder writes a space as +, as Entra ID does
    String query =
        "x=1&"
            + URLEncoder.encode(n, StandardCharsets.UTF_8)
            + "="
            + URLEncoder.encode(v, StandardCharsets.UTF_8)
            + "&y";
    QueryParams params = QueryParams.parse(query);
    assertThat(params.get(n)).isEqualTo(v);
    assertThat(params.get("x")).isEqualTo("1");
    assertThat(params.get("y")).isEmpty();
  }

  private static String wellFormed(String text) {
    return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
  }

  @Property(tries = 1000)
  void idsAreEncodedAsUrlEncoderEncodesThem(@ForAll String id) {
    assertThat(TypeEndpoint.encode(id))
        .isEqualTo(URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20"));
  }

  @Property(tries = 100)
  void uuidsAreTheirOwnEncoding(@ForAll long high, @ForAll long low) {
    String id = new UUID(high, low).toString();
    assertThat(TypeEndpoint.encode(id)).isSameAs(id);
  }
}
