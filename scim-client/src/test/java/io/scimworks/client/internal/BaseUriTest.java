package io.scimworks.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class BaseUriTest {

  @Test
  void trailingSlashesOfTheBasePathAreIgnored() {
    BaseUri base = BaseUri.of(URI.create("https://app.example.com/scim/v2//"));

    assertThat(base.resolve("/Users", List.of()))
        .isEqualTo(URI.create("https://app.example.com/scim/v2/Users"));
  }

  @Test
  void theBaseQueryComesFirstAndParametersFollow() {
    BaseUri base = BaseUri.of(URI.create("https://app.example.com/scim?aadOptscim062020&x=1"));

    assertThat(base.resolve("/Users", List.of(Map.entry("count", "5"))))
        .hasToString("https://app.example.com/scim/Users?aadOptscim062020&x=1&count=5");
  }

  @Test
  void aSpaceIsEncodedAsPercent20NotPlus() {
    assertThat(BaseUri.encode("userName eq \"a+b@c\""))
        .isEqualTo("userName%20eq%20%22a%2Bb%40c%22");
  }

  @Property
  void encodingRoundTripsThroughAFormDecoder(@ForAll String value) {
    String encoded = BaseUri.encode(value);

    assertThat(encoded).matches("[A-Za-z0-9._~%-]*");
    if (value.codePoints().noneMatch(c -> Character.getType(c) == Character.SURROGATE)) {
      assertThat(URLDecoder.decode(encoded, StandardCharsets.UTF_8)).isEqualTo(value);
    }
  }
}
